// The measures of a plan a viewer may register ledger entries on, with their units
// (lead first), for the create and edit forms: every measure for the bureau, the measures its unit
// owns for a unit (a unit registers entries only for itself).
import "server-only";
import { can, isBureau, reporterUnitId, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import type { UnitRole } from "../../generated/prisma/client.ts";
import { planRef, type PlanSummary } from "../plans/resolve-plan.ts";

export type ProblemMeasureOption = {
  id: number;
  number: number;
  task: { number: number; title: string };
  units: { id: number; name: string; role: UnitRole }[];
};

export async function listProblemMeasures(viewer: Viewer, plan: PlanSummary): Promise<ProblemMeasureOption[]> {
  const unitId = reporterUnitId(viewer);
  if (!isBureau(viewer) && unitId === null) return [];
  if (!can(viewer, { action: "problem:create", unitId: unitId ?? -1, plan: planRef(plan) })) return [];
  const own = unitId === null ? {} : { unitId };
  const db = await prisma();
  const measures = await db.measure.findMany({
    where: { planId: plan.id, units: { some: own } },
    orderBy: [{ task: { number: "asc" } }, { number: "asc" }],
    select: {
      id: true,
      number: true,
      task: { select: { number: true, title: true } },
      units: { where: own, orderBy: { position: "asc" }, select: { role: true, unit: { select: { id: true, name: true } } } },
    },
  });
  return measures.map((m) => ({ ...m, units: m.units.map((u) => ({ ...u.unit, role: u.role })) }));
}
