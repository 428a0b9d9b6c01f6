// A ledger entry's life (问题台账, DESIGN.md "Problem"): a unit's own entry starts as its draft
// until published; entries of the bureau, from a report or from an inspection are published at
// once. Published: OPEN → RESOLUTION_SUBMITTED (整改情况 + evidence) → RESOLVED (销号, verified by
// the bureau), or back to OPEN when the bureau rejects the resolution with a reason. Which step is
// allowed from which state; who may take it is decided in lib/auth/permissions.ts.
import { daysBetween } from "../status/expected-progress.ts";
import type { IsoDate } from "../dates.ts";

export const PROBLEM_STATES = ["OPEN", "RESOLUTION_SUBMITTED", "RESOLVED"] as const;
export type ProblemState = (typeof PROBLEM_STATES)[number];

/** edit: every field (bureau; the unit on its draft). remedy: 整改措施 and 责任人 (the unit).
 *  publish: a draft becomes visible to all. submit / verify / reject: the resolution. */
export type ProblemStep = "edit" | "remedy" | "publish" | "submit" | "verify" | "reject";

type Entry = { state: ProblemState; published: boolean };

export function canStep(entry: Entry, step: ProblemStep): boolean {
  switch (step) {
    case "edit":
    case "remedy":
      // An entry awaiting a decision is frozen until it is decided; a closed one for good.
      return entry.state === "OPEN";
    case "publish":
      return !entry.published && entry.state === "OPEN";
    case "submit":
      return entry.published && entry.state === "OPEN";
    case "verify":
    case "reject":
      return entry.published && entry.state === "RESOLUTION_SUBMITTED";
  }
}

export const NEXT_STATE: Record<ProblemStep, (from: ProblemState) => ProblemState> = {
  edit: (from) => from,
  remedy: (from) => from,
  publish: (from) => from,
  submit: () => "RESOLUTION_SUBMITTED",
  verify: () => "RESOLVED",
  reject: () => "OPEN",
};

export type OverdueFacts = { published: boolean; dueOn: IsoDate; resolvedOn: IsoDate | null };

/** Days an entry is overdue on `asOf` (published, due before that day and not closed out by then),
 *  or 0. An entry closed out later than `asOf` was still open on it. */
export function overdueDays(entry: OverdueFacts, asOf: IsoDate): number {
  if (!entry.published || entry.dueOn >= asOf) return 0;
  if (entry.resolvedOn !== null && entry.resolvedOn <= asOf) return 0;
  return daysBetween(entry.dueOn, asOf);
}

/** The start of a description, for a colour's reason or a notification title. */
export function shortDescription(text: string, max = 20): string {
  const line = text.replace(/\s+/g, " ").trim();
  return [...line].length > max ? `${[...line].slice(0, max).join("")}…` : line;
}
