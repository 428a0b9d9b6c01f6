// The number beside 审核 in the navigation: reports waiting for review in the plans the viewer may
// review. One count on ProgressReport's state index, joined to the plans in reach; 0 for everyone
// who does not review.
import "server-only";
import { cache } from "react";
import { can, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { listVisiblePlans } from "../plans/resolve-plan.ts";
import { visibleReportsWhere } from "../scope/visible-reports.ts";

export const countWaitingReports = cache(async (viewer: Viewer | null): Promise<number> => {
  if (!viewer || !can(viewer, { action: "review:list" })) return 0;
  const [{ plans }, db] = await Promise.all([listVisiblePlans(viewer), prisma()]);
  return db.progressReport.count({
    where: { AND: [visibleReportsWhere(viewer), { state: "SUBMITTED", measure: { planId: { in: plans.map((p) => p.id) } } }] },
  });
});
