import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ForbiddenNotice } from "@/components/reports/forbidden-notice.tsx";
import { BulkApproveForm } from "@/components/reports/review-actions.tsx";
import { ReviewFeedback } from "@/components/reports/review-feedback.tsx";
import { ReviewFilters } from "@/components/reports/review-filters.tsx";
import { ReviewTable } from "@/components/reports/review-table.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { listReviewQueue, reviewFiltersSchema } from "@/lib/data/reports/list-review-queue.ts";
import { reportMessages as m } from "@/lib/messages/reports.ts";
import { deskMessages } from "@/lib/messages/review-desk.ts";
import { ChaseOverdueForm } from "@/components/chases/chase-overdue-form.tsx";
import { getOverdueSummary } from "@/lib/data/chases/chase-overdue-units.ts";
import { planRef } from "@/lib/data/plans/resolve-plan.ts";
import { planLabel } from "@/lib/format.ts";
import { deskHref, reviewPageHref } from "@/lib/review-links.ts";
import { ButtonLink } from "@/components/ui/button.tsx";

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
  // The desk starts at the oldest waiting report of the queue as filtered.
  const firstWaiting = filters.state === "SUBMITTED" && filters.page === 1 ? queue.rows[0] : undefined;
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
      <ReviewFeedback>
        <p className="mb-2 text-sm text-slate-700" data-testid="review-count">
          {m.review.count(queue.total)}
        </p>
        {queue.rows.length === 0 ? (
          <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">{m.review.empty}</p>
        ) : (
          <>
            {firstWaiting ? (
              <p className="mb-3">
                <ButtonLink href={deskHref(firstWaiting.id, filters)} size="sm" data-testid="start-desk">
                  {deskMessages.start(queue.total)}
                </ButtonLink>
              </p>
            ) : null}
            {queue.rows.some((row) => row.state === "SUBMITTED" && row.opened) ? <BulkApproveForm /> : null}
            <ReviewTable rows={queue.rows} showPlan={queue.plan === null} filters={filters} />
          </>
        )}
      </ReviewFeedback>
      {queue.pageCount > 1 ? (
        <nav aria-label={m.review.page(filters.page, queue.pageCount)} className="mt-4 flex items-center justify-between text-sm">
          {filters.page > 1 ? <Link href={reviewPageHref(filters, filters.page - 1)}>← {m.review.previousPage}</Link> : <span />}
          <span>{m.review.page(filters.page, queue.pageCount)}</span>
          {filters.page < queue.pageCount ? <Link href={reviewPageHref(filters, filters.page + 1)}>{m.review.nextPage} →</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
