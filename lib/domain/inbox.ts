// 我的填报: which reports a unit has to file on a given day (issue 3 "Reporting periods and
// reports"). Pure: the data layer hands over the plan's periods, the unit's measures and reports.
//  - The current period (the latest that has started) is always listed.
//  - An earlier period is listed while it is still open for the unit: one of its measures has no
//    report yet, or a draft, or a returned report.
//  - A period lists the measures that had started by its end.
//  - A report still open after its period's due date is overdue (a returned report counts: the
//    unit has to submit it again).
//  - Weekly/daily periods of escalated measures (推进不力 → 周调度/日调度) name the measures that
//    owe them (`measureIds`); they are listed like monthly ones, for those measures only.
import type { ReportState } from "../auth/permissions.ts";
import type { IsoDate } from "./dates.ts";
import { currentPeriod, daysOverdue } from "./periods.ts";

export type InboxState = ReportState | "NONE";

type PeriodIn = { id: number; label: string; startsOn: IsoDate; endsOn: IsoDate; dueOn: IsoDate; measureIds?: number[] };
type MeasureIn = { id: number; startDate: IsoDate };
type ReportIn = { id: number; measureId: number; periodId: number; state: ReportState };

export type InboxRow<M, R> = { measure: M; report: R | null; state: InboxState; open: boolean; daysOverdue: number };
export type InboxGroup<P, M, R> = { period: P; current: boolean; rows: InboxRow<M, R>[] };

/** Still to be filed (or filed again) by the unit. */
export function isOpenState(state: InboxState): boolean {
  return state === "NONE" || state === "DRAFT" || state === "RETURNED";
}

/** The periods to show, newest first, each with the unit's measures in the given order. */
export function buildInbox<P extends PeriodIn, M extends MeasureIn, R extends ReportIn>(input: {
  periods: P[];
  measures: M[];
  reports: R[];
  today: IsoDate;
}): InboxGroup<P, M, R>[] {
  const monthly = input.periods.filter((p) => !p.measureIds);
  const current = currentPeriod(monthly, input.today);
  if (!current) return [];
  const byKey = new Map(input.reports.map((r) => [`${r.periodId}:${r.measureId}`, r]));
  const started = [
    ...monthly.filter((p) => p.startsOn <= current.startsOn),
    ...input.periods.filter((p) => p.measureIds && p.startsOn <= input.today),
  ].sort((a, b) => (a.startsOn < b.startsOn ? 1 : a.startsOn > b.startsOn ? -1 : a.measureIds ? -1 : 1));
  const isCurrent = (p: P) => (p.measureIds ? p.startsOn <= input.today && input.today <= p.endsOn : p.id === current.id);
  return started
    .map((period) => ({
      period,
      current: isCurrent(period),
      rows: input.measures
        .filter((m) => m.startDate <= period.endsOn && (!period.measureIds || period.measureIds.includes(m.id)))
        .map((measure) => {
          const report = byKey.get(`${period.id}:${measure.id}`) ?? null;
          const state: InboxState = report?.state ?? "NONE";
          const open = isOpenState(state);
          return { measure, report, state, open, daysOverdue: open ? daysOverdue(period.dueOn, input.today) : 0 };
        }),
    }))
    .filter((group) => group.current || group.rows.some((row) => row.open));
}
