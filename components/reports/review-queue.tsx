// The review queue as filtered: how many reports, the way into the desk at the oldest waiting one,
// approving several at once (those opened on the desk), the table, and its pages.
import { BulkApproveForm } from "@/components/reports/review-actions.tsx";
import { ReviewFeedback } from "@/components/reports/review-feedback.tsx";
import { ReviewTable } from "@/components/reports/review-table.tsx";
import { ButtonLink } from "@/components/ui/button.tsx";
import { Pager } from "@/components/ui/pager.tsx";
import type { ReviewFilters, ReviewQueue as Queue } from "@/lib/data/reports/list-review-queue.ts";
import { reportMessages as m } from "@/lib/messages/reports.ts";
import { deskMessages } from "@/lib/messages/review-desk.ts";
import { deskHref, reviewPageHref } from "@/lib/review-links.ts";

export function ReviewQueue({ queue, filters }: { queue: Queue; filters: ReviewFilters }) {
  // The desk starts at the oldest waiting report of the queue as filtered.
  const firstWaiting = filters.state === "SUBMITTED" && filters.page === 1 ? queue.rows[0] : undefined;
  return (
    <>
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
      <Pager
        page={filters.page}
        pageCount={queue.pageCount}
        href={(n) => reviewPageHref(filters, n)}
        label={m.review.page(filters.page, queue.pageCount)}
        previous={m.review.previousPage}
        next={m.review.nextPage}
      />
    </>
  );
}
