// Every responsible unit for the admin page: its measures in the current plan and its active reporters.
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { getCurrentPlan } from "../plans/get-current-plan.ts";

export type ManagedUnit = { id: number; name: string; leads: number; coOwns: number; reporters: number };

export async function listManagedUnits(viewer: Viewer): Promise<ManagedUnit[]> {
  assertCan(viewer, { action: "unit:manage" });
  const plan = await getCurrentPlan();
  const db = await prisma();
  const [units, measureCounts, reporterCounts] = await Promise.all([
    db.unit.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } }),
    plan
      ? db.measureUnit.groupBy({ by: ["unitId", "role"], where: { measure: { planId: plan.id } }, _count: { _all: true } })
      : Promise.resolve([]),
    db.user.groupBy({ by: ["unitId"], where: { role: "REPORTER", active: true }, _count: { _all: true } }),
  ]);
  const measures = (unitId: number, role: "LEAD" | "CO") => measureCounts.find((c) => c.unitId === unitId && c.role === role)?._count._all ?? 0;
  return units.map((u) => ({
    ...u,
    leads: measures(u.id, "LEAD"),
    coOwns: measures(u.id, "CO"),
    reporters: reporterCounts.find((c) => c.unitId === u.id)?._count._all ?? 0,
  }));
}
