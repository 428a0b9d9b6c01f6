// 延期申请 rules, pure: which due date is in force on a date, and which new dates a unit may ask
// for and the bureau may grant. Dates are YYYY-MM-DD; decision instants are epoch milliseconds.
import type { IsoDate } from "../dates.ts";

export type ApprovedExtension = { requestedDueOn: IsoDate; decidedAt: number };

/**
 * The due date in force at an instant: the date of the latest extension approved before it, else
 * the original one (and never earlier than it). An extension decided after the status date did not
 * exist then.
 */
export function effectiveDueDate(originalDueOn: IsoDate, approved: readonly ApprovedExtension[], before: number): IsoDate {
  let latest: ApprovedExtension | null = null;
  for (const e of approved) {
    // Two approvals at the same instant: the later date holds (the SQL in period-applies.ts agrees).
    if (
      e.decidedAt < before &&
      (latest === null || e.decidedAt > latest.decidedAt || (e.decidedAt === latest.decidedAt && e.requestedDueOn > latest.requestedDueOn))
    )
      latest = e;
  }
  // A corrected notice may since have moved the measure past an older extension: the later date holds.
  return latest && latest.requestedDueOn > originalDueOn ? latest.requestedDueOn : originalDueOn;
}

/**
 * A measure's milestones under an extension of the measure: the steps due on or after its original
 * due date (the importer puts one on it: the deadline phrase itself) are due on the extended date
 * instead, or the extension would still turn the measure 黄/红 for a "missed" last step; earlier
 * steps keep their dates.
 */
export function milestonesInForce<M extends { dueOn: IsoDate }>(
  milestones: readonly M[],
  originalDueOn: IsoDate,
  dueOnInForce: IsoDate,
): M[] {
  if (dueOnInForce <= originalDueOn) return [...milestones];
  return milestones.map((m) => (m.dueOn >= originalDueOn ? { ...m, dueOn: dueOnInForce } : m));
}

export type RequestedDueOnProblem = { kind: "notLater"; currentDueOn: IsoDate } | { kind: "beforeToday"; today: IsoDate };

/**
 * What is wrong with asking for `requested` (null: nothing): it must be later than the due date in
 * force, and a new due date in the past would be no extension at all.
 */
export function requestedDueOnProblem(requested: IsoDate, currentDueOn: IsoDate, today: IsoDate): RequestedDueOnProblem | null {
  if (requested <= currentDueOn) return { kind: "notLater", currentDueOn };
  if (requested < today) return { kind: "beforeToday", today };
  return null;
}

/**
 * Whether approving moves the due date later than the one now in force. The due date may have
 * moved since the request was made (another unit's extension of the same measure, a coordinator's
 * edit of a ledger entry): a request that would move it back is rejected, not granted, so due
 * dates only ever move later and the latest approval is also the latest date.
 */
export function isApprovable(requestedDueOn: IsoDate, dueOnNow: IsoDate): boolean {
  return requestedDueOn > dueOnNow;
}

/** The earliest date a unit may ask for: the day after the due date in force, and not before today. */
export function earliestRequestableDueOn(currentDueOn: IsoDate, today: IsoDate): IsoDate {
  const next = new Date(Date.parse(`${currentDueOn}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return next > today ? next : today;
}
