// A measure's ledger entries the viewer may see, open ones first, for the measure page.
import type { Viewer } from "../../auth/permissions.ts";
import { today } from "../../clock.ts";
import { prisma } from "../../db.ts";
import { problemListSelect, toListRow, type ProblemListRow } from "./list-problems.ts";
import { visibleProblemsWhere } from "./visible-problems.ts";

export async function listMeasureProblems(viewer: Viewer, measureId: number): Promise<ProblemListRow[]> {
  const db = await prisma();
  const rows = await db.problem.findMany({
    where: { AND: [visibleProblemsWhere(viewer), { measureId }] },
    orderBy: [{ state: "asc" }, { dueOn: "asc" }, { id: "asc" }],
    select: problemListSelect,
  });
  const asOf = today();
  return rows.map((p) => toListRow(p, asOf));
}
