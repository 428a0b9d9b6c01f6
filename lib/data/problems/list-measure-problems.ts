// A measure's ledger entries the viewer may see, open ones first, for the measure page, and whether
// the viewer may register one there (the bureau; a unit owning the measure).
import "server-only";
import { can, type Viewer } from "../../auth/permissions.ts";
import { today } from "../../clock.ts";
import { prisma } from "../../db.ts";
import { problemListSelect, toListRow, type ProblemListRow } from "./list-problems.ts";
import { visibleProblemsWhere } from "../scope/visible-problems.ts";
import { measurePlanRef } from "../plans/measure-plan.ts";

export async function listMeasureProblems(viewer: Viewer, measureId: number): Promise<{ entries: ProblemListRow[]; canCreate: boolean }> {
  const db = await prisma();
  const [rows, units, plan] = await Promise.all([
    db.problem.findMany({
      where: { AND: [visibleProblemsWhere(viewer), { measureId }] },
      orderBy: [{ state: "asc" }, { dueOn: "asc" }, { id: "asc" }],
      select: problemListSelect,
    }),
    db.measureUnit.findMany({ where: { measureId }, select: { unitId: true } }),
    measurePlanRef(db, measureId),
  ]);
  const asOf = today();
  return {
    entries: rows.map((p) => toListRow(p, asOf)),
    canCreate: plan !== null && units.some((u) => can(viewer, { action: "problem:create", unitId: u.unitId, plan })),
  };
}
