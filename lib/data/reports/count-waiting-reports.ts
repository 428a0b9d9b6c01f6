// The number beside 审核 in the navigation: reports waiting for review in the plans the viewer may
// review. One count on ProgressReport's state index, joined to the plans in reach, per data version; 0 for everyone
// who does not review.
import "server-only";
import { cache } from "react";
import { can, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { listVisiblePlans } from "../plans/resolve-plan.ts";
import { visibleReportsWhere } from "../scope/visible-reports.ts";
import { dataVersion } from "../status/data-version.ts";
import { shared } from "../status/shared-per-version.ts";

export const countWaitingReports = cache(async (viewer: Viewer | null): Promise<number> => {
  if (!viewer || !can(viewer, { action: "review:list" })) return 0;
  const [{ plans }, db] = await Promise.all([listVisiblePlans(viewer), prisma()]);
  const where = {
    AND: [visibleReportsWhere(viewer), { state: "SUBMITTED" as const, measure: { planId: { in: plans.map((p) => p.id) } } }],
  };
  // Every page of a reviewer shows it: counted once per data version and scope, not per rendering.
  const version = await dataVersion(db);
  return shared(version && `waiting:${version}:${JSON.stringify(where)}`, () => db.progressReport.count({ where }));
});
