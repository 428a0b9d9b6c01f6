// The number beside 审核 in the navigation: reports waiting for review in the plans the viewer may
// review. Every page of a reviewer shows it, and on reporting days every submission and approval
// moves the data version, so it is not counted afresh per version: the counts per measure are kept
// across writes (status/kept-across-writes.ts) and only the measures a write touched are counted
// again. 0 for everyone who does not review.
import "server-only";
import { cache } from "react";
import { can, type Viewer } from "../../auth/permissions.ts";
import { prisma, type PrismaLike } from "../../db.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { listVisiblePlans } from "../plans/resolve-plan.ts";
import { visibleReportsWhere } from "../scope/visible-reports.ts";
import { dataVersion } from "../status/data-version.ts";
import { KeptAcrossWrites, rowsOfMeasures } from "../status/kept-across-writes.ts";

type WaitingOfMeasure = { measureId: number; waiting: number };
// One entry per scope: the city's reviewers share one, each county's staff another.
const keptCounts = new KeptAcrossWrites<WaitingOfMeasure[]>(32);

export const countWaitingReports = cache(async (viewer: Viewer | null): Promise<number> => {
  if (!viewer || !can(viewer, { action: "review:list" })) return 0;
  const [{ plans }, db] = await Promise.all([listVisiblePlans(viewer), prisma()]);
  const where = {
    AND: [visibleReportsWhere(viewer), { state: "SUBMITTED" as const, measure: { planId: { in: plans.map((p) => p.id) } } }],
  };
  const version = await dataVersion(db);
  const read = rowsOfMeasures(
    (measureIds) => waitingByMeasure(db, where, measureIds),
    (row) => row.measureId,
  );
  const rows = await keptCounts.read(db, null, `waiting:${JSON.stringify(where)}`, version, read);
  return rows.reduce((sum, row) => sum + row.waiting, 0);
});

/** The waiting reports per measure, of every measure or (measureIds) of these. */
async function waitingByMeasure(
  db: PrismaLike,
  where: Prisma.ProgressReportWhereInput,
  measureIds?: readonly number[],
): Promise<WaitingOfMeasure[]> {
  const scoped = measureIds ? { AND: [where, { measureId: { in: [...measureIds] } }] } : where;
  const groups = await db.progressReport.groupBy({ by: ["measureId"], where: scoped, _count: { _all: true } });
  return groups.map((g) => ({ measureId: g.measureId, waiting: g._count._all }));
}
