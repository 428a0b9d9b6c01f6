// 季巡查 (quarterly inspection) rules: a quarter's dates, when an inspection of it may be dated,
// and the due date of the ledger entry a 不符合 finding creates. Pure.
import { addDays, isoDate, lastDayOfMonth, type IsoDate } from "../dates.ts";

export const FINDING_LEVELS = ["CONFORMS", "MOSTLY_CONFORMS", "NONCONFORMING"] as const;
export type FindingLevel = (typeof FINDING_LEVELS)[number];

/** Days after the inspection a 不符合 finding is due when the coordinator names no date. */
export const DEFAULT_REMEDY_DAYS = 30;

export function quarterRange(year: number, quarter: number): { start: IsoDate; end: IsoDate } {
  const firstMonth = (quarter - 1) * 3 + 1;
  return { start: isoDate(year, firstMonth, 1), end: isoDate(year, firstMonth + 2, lastDayOfMonth(year, firstMonth + 2)) };
}

/** The quarter a date falls in (1–4). */
export function quarterOf(date: IsoDate): number {
  return Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
}

/** Why an inspection of (year, quarter) cannot be dated `inspectedOn` on `today`, or null when it can:
 *  a quarter is inspected during or after it, and never in the future. */
export function inspectionDateProblem(
  year: number,
  quarter: number,
  inspectedOn: IsoDate,
  today: IsoDate,
): "beforeQuarter" | "future" | null {
  if (inspectedOn > today) return "future";
  if (inspectedOn < quarterRange(year, quarter).start) return "beforeQuarter";
  return null;
}

/** The due date of the entry a 不符合 finding creates: its own date, else the form's, else 30 days on. */
export function findingDueOn(inspectedOn: IsoDate, defaultDueOn?: IsoDate, ownDueOn?: IsoDate): IsoDate {
  return ownDueOn ?? defaultDueOn ?? addDays(inspectedOn, DEFAULT_REMEDY_DAYS);
}
