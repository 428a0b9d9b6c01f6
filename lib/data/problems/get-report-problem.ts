// The ledger entry raised from a report's 存在问题, if there is one the viewer may see.
import "server-only";
import type { Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { visibleProblemsWhere } from "../scope/visible-problems.ts";

export async function getReportProblem(viewer: Viewer, reportId: number): Promise<{ id: number } | null> {
  const db = await prisma();
  return db.problem.findFirst({ where: { AND: [{ sourceReportId: reportId }, visibleProblemsWhere(viewer)] }, select: { id: true } });
}
