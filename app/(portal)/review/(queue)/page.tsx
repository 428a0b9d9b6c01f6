import type { Metadata } from "next";
import { connection } from "next/server";
import { ForbiddenNotice } from "@/components/reports/forbidden-notice.tsx";
import { ReviewFilters } from "@/components/reports/review-filters.tsx";
import { ReviewQueue } from "@/components/reports/review-queue.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { listReviewQueue, reviewFiltersSchema } from "@/lib/data/reports/list-review-queue.ts";
import { reportMessages as m } from "@/lib/messages/reports.ts";
import { ChaseOverdueForm } from "@/components/chases/chase-overdue-form.tsx";
import { getOverdueSummary } from "@/lib/data/chases/chase-overdue-units.ts";
import { planRef } from "@/lib/data/plans/resolve-plan.ts";
import { planLabel } from "@/lib/format.ts";

export const metadata: Metadata = { title: m.review.title };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewPage({ searchParams }: Props) {
  await connection();
  const viewer = await requirePageViewer();
  if (!can(viewer, { action: "review:list" })) return <ForbiddenNotice title={m.review.title} detail={m.review.forbidden} />;
  const filters = reviewFiltersSchema.parse(await searchParams);
  const queue = await listReviewQueue(viewer, filters);
  // 一键催报 in the plan filtered on, else the first plan in reach (this year's, the city's first).
  const chasePlan = queue.plan ?? queue.plans[0];
  const overdue =
    chasePlan && can(viewer, { action: "chase:send", plan: planRef(chasePlan) }) ? await getOverdueSummary(viewer, chasePlan) : null;
  return (
    <>
      <PageTitle>{m.review.title}</PageTitle>
      <p className="mb-4 text-sm text-slate-700">{m.review.intro}</p>
      <ReviewFilters queue={queue} />
      {overdue && chasePlan ? (
        <div className="mb-4">
          <ChaseOverdueForm planId={chasePlan.id} planName={planLabel(chasePlan)} summary={overdue} />
        </div>
      ) : null}
      <ReviewQueue queue={queue} filters={filters} />
    </>
  );
}
