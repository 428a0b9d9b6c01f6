// A milestone's state on a date (DESIGN.md "Milestone"): derived, never stored, so a view as of an
// earlier date sees what was known then. DONE once an approved report confirmed it (by the end of
// that date); MISSED when the date is past its due date and it is not done; PENDING otherwise.
import type { IsoDate } from "../dates.ts";
import { daysBetween } from "../status/expected-progress.ts";

export const MILESTONE_STATES = ["PENDING", "DONE", "MISSED"] as const;
export type MilestoneState = (typeof MILESTONE_STATES)[number];

export type MilestoneTiming = {
  dueOn: IsoDate;
  /** The (China) date an approved report confirmed it; null while unconfirmed. */
  confirmedOn: IsoDate | null;
};

export function milestoneState(m: MilestoneTiming, asOf: IsoDate): MilestoneState {
  if (m.confirmedOn !== null && m.confirmedOn <= asOf) return "DONE";
  return asOf > m.dueOn ? "MISSED" : "PENDING";
}

/** Days past the due date on `asOf` (0 when not past it). */
export function daysPastDue(dueOn: IsoDate, asOf: IsoDate): number {
  return asOf > dueOn ? daysBetween(dueOn, asOf) : 0;
}
