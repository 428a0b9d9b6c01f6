// Which reminders the daily job sends (issue 5 "Reminders and chasing"). Pure: the data layer hands
// over the open items and the day; texts are made in lib/messages/notifications.ts.
//  - A report a unit still owes (none yet, a draft, or returned to it: the same "open" as 我的填报)
//    gets a DUE_SOON reminder on each of the 3 days before its due date and on the day itself, and
//    an OVERDUE one on each day after it, for 30 days. Past that the item is the bureau's to chase
//    (催办) and shows in the measure's colour: a daily automatic mail for months would be noise.
//  - A published ledger entry (问题台账) that is not yet 销号 (RESOLVED) gets the same reminders
//    against its 完成时限; an entry still in draft is its unit's own business.
//  - Each reminder names its item and the day in its dedupeKey: the job run twice on a day (or on
//    two servers at once) creates it once, since (userId, dedupeKey) is unique.
import type { ReportState } from "../../auth/permissions.ts";
import { daysBetween, type IsoDate } from "../dates.ts";
import { isOpenState } from "../inbox.ts";

export const DUE_SOON_DAYS = 3;
export const OVERDUE_REMINDER_DAYS = 30;

export type ReminderStage = "DUE_SOON" | "OVERDUE";

/** The reminder an open item due on `dueOn` gets on `today`, with the days left (≥ 0) or late (> 0). */
export function reminderStage(dueOn: IsoDate, today: IsoDate): { stage: ReminderStage; days: number } | null {
  const left = daysBetween(today, dueOn);
  if (left >= 0 && left <= DUE_SOON_DAYS) return { stage: "DUE_SOON", days: left };
  if (left < 0 && -left <= OVERDUE_REMINDER_DAYS) return { stage: "OVERDUE", days: -left };
  return null;
}

export type ReportSlot = { measureId: number; unitId: number; periodId: number; dueOn: IsoDate; state: ReportState | null };
export type ProblemItem = {
  id: number;
  unitId: number;
  dueOn: IsoDate;
  state: "OPEN" | "RESOLUTION_SUBMITTED" | "RESOLVED";
  published: boolean;
};

export type Reminder<T> = {
  kind: "REPORT_DUE_SOON" | "REPORT_OVERDUE" | "PROBLEM_DUE_SOON" | "PROBLEM_OVERDUE";
  unitId: number;
  /** Days left (due soon; 0 = due today) or days late (overdue). */
  days: number;
  dedupeKey: string;
  item: T;
};

export function reportReminder<T extends ReportSlot>(slot: T, today: IsoDate): Reminder<T> | null {
  if (!isOpenState(slot.state ?? "NONE")) return null;
  const due = reminderStage(slot.dueOn, today);
  if (!due) return null;
  const kind = due.stage === "DUE_SOON" ? "REPORT_DUE_SOON" : "REPORT_OVERDUE";
  return {
    kind,
    unitId: slot.unitId,
    days: due.days,
    dedupeKey: `${kind}:${slot.measureId}:${slot.periodId}:${slot.unitId}:${today}`,
    item: slot,
  };
}

export function problemReminder<T extends ProblemItem>(problem: T, today: IsoDate): Reminder<T> | null {
  if (!problem.published || problem.state === "RESOLVED") return null;
  const due = reminderStage(problem.dueOn, today);
  if (!due) return null;
  const kind = due.stage === "DUE_SOON" ? "PROBLEM_DUE_SOON" : "PROBLEM_OVERDUE";
  return { kind, unitId: problem.unitId, days: due.days, dedupeKey: `${kind}:${problem.id}:${today}`, item: problem };
}

/** Every reminder of the day, reports first, each item once. */
export function dailyReminders<R extends ReportSlot, P extends ProblemItem>(input: { reports: R[]; problems: P[]; today: IsoDate }) {
  return {
    reports: input.reports.map((r) => reportReminder(r, input.today)).filter((r): r is Reminder<R> => r !== null),
    problems: input.problems.map((p) => problemReminder(p, input.today)).filter((p): p is Reminder<P> => p !== null),
  };
}
