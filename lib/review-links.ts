// Links of the review queue and the review desk: they keep the queue's filters, so previous / next
// on the desk walk the same reports the queue showed.
import type { ReviewFilters } from "./data/reports/list-review-queue.ts";

function filterQuery(filters: Pick<ReviewFilters, "plan" | "unit" | "action">): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.plan) query.set("plan", String(filters.plan));
  if (filters.unit) query.set("unit", String(filters.unit));
  if (filters.action) query.set("action", String(filters.action));
  return query;
}

/** A page of the queue. */
export function reviewPageHref(filters: ReviewFilters, page: number): string {
  const query = filterQuery(filters);
  query.set("state", filters.state);
  query.set("page", String(page));
  return `/review?${query}`;
}

/** The queue of waiting reports, with the filters the desk was opened with. */
export function reviewQueueHref(filters: Pick<ReviewFilters, "plan" | "unit" | "action">): string {
  const query = filterQuery(filters).toString();
  return query ? `/review?${query}` : "/review";
}

/** One report on the review desk. */
export function deskHref(reportId: number, filters: Pick<ReviewFilters, "plan" | "unit" | "action">): string {
  const query = filterQuery(filters).toString();
  return `/review/${reportId}${query ? `?${query}` : ""}`;
}
