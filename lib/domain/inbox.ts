// 我的填报: which reports a unit has to file on a given day (issue 3 "Reporting periods and
// reports"). Pure: the data layer hands over the plan's periods, the unit's measures and reports.
//  - The current period (the latest monthly one that has started) is always listed (saying so
//    when nothing is owed in it), and the weekly/daily periods of escalated measures
//    (推进不力 → 周调度/日调度) that have started, like monthly ones.
//  - A period lists the measures that owe it — the one rule of lib/domain/status/owed-reports.ts:
//    started by its end, not past the due date in force (延期 included), escalated for weekly or
//    daily periods, not done (已完成) when it fell due — and any others the unit has already
//    filed on (shown, not open).
//  - An earlier period is listed while it is still open for the unit: an owed report is missing, a
//    draft, or returned.
//  - A report still open after its period's due date is overdue (a returned report counts: the
//    unit has to submit it again).
import type { ReportState } from "../auth/permissions.ts";
import { endOfChinaDay, type IsoDate } from "./dates.ts";
import { currentPeriod, daysOverdue } from "./periods.ts";
import { owedPeriods, type OwingMeasure, type OwingPeriod } from "./status/owed-reports.ts";

export type InboxState = ReportState | "NONE";

type PeriodIn = OwingPeriod & { label: string };
type MeasureIn = { id: number; owing: OwingMeasure };
type ReportIn = { id: number; measureId: number; periodId: number; state: ReportState };

export type InboxRow<M, R> = { measure: M; report: R | null; state: InboxState; open: boolean; daysOverdue: number };
export type InboxGroup<P, M, R> = { period: P; current: boolean; rows: InboxRow<M, R>[] };

/** Still to be filed (or filed again) by the unit. */
export function isOpenState(state: InboxState): boolean {
  return state === "NONE" || state === "DRAFT" || state === "RETURNED";
}

/** The periods to show, newest first, each with the unit's measures in the given order. `today`'s
 *  end is the instant of what is known (extensions, approvals, reopenings). */
export function buildInbox<P extends PeriodIn, M extends MeasureIn, R extends ReportIn>(input: {
  periods: P[];
  measures: M[];
  reports: R[];
  today: IsoDate;
}): InboxGroup<P, M, R>[] {
  const monthly = input.periods.filter((p) => p.kind === "MONTHLY");
  const current = currentPeriod(monthly, input.today);
  if (!current) return [];
  const knownBy = endOfChinaDay(input.today).getTime();
  const byKey = new Map(input.reports.map((r) => [`${r.periodId}:${r.measureId}`, r]));
  const started = [
    ...monthly.filter((p) => p.startsOn <= current.startsOn),
    ...input.periods.filter((p) => p.kind !== "MONTHLY" && p.startsOn <= input.today),
  ].sort((a, b) => (a.startsOn < b.startsOn ? 1 : a.startsOn > b.startsOn ? -1 : a.kind !== "MONTHLY" ? -1 : 1));
  const owed = new Set(input.measures.flatMap((m) => owedPeriods(m.owing, started, knownBy).map((o) => `${o.periodId}:${m.id}`)));
  const isCurrent = (p: P) => (p.kind !== "MONTHLY" ? p.startsOn <= input.today && input.today <= p.endsOn : p.id === current.id);
  return (
    started
      .map((period) => ({
        period,
        current: isCurrent(period),
        rows: input.measures.flatMap((measure) => {
          const key = `${period.id}:${measure.id}`;
          const report = byKey.get(key) ?? null;
          if (!owed.has(key) && !report) return [];
          const state: InboxState = report?.state ?? "NONE";
          const open = owed.has(key) && isOpenState(state);
          return [{ measure, report, state, open, daysOverdue: open ? daysOverdue(period.dueOn, input.today) : 0 }];
        }),
      }))
      // The current month always (saying so when nothing is owed in it); other periods while they list something open.
      .filter((group) => group.period.id === current.id || (group.rows.length > 0 && (group.current || group.rows.some((row) => row.open))))
  );
}
