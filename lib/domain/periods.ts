// Reporting periods (月调度): one per month of the plan year from the month the plan was issued,
// each due on a set day of the following month (DESIGN.md "Cadence").
import { isoDate, lastDayOfMonth, type IsoDate } from "./dates.ts";

export type PeriodSpec = { kind: "MONTHLY"; label: string; startsOn: IsoDate; endsOn: IsoDate; dueOn: IsoDate };

export function monthlyPeriods(plan: { year: number; issuedOn: IsoDate | null; reportDueDay: number }): PeriodSpec[] {
  const firstMonth = plan.issuedOn && Number(plan.issuedOn.slice(0, 4)) === plan.year ? Number(plan.issuedOn.slice(5, 7)) : 1;
  const periods: PeriodSpec[] = [];
  for (let month = firstMonth; month <= 12; month++) {
    const dueYear = month === 12 ? plan.year + 1 : plan.year;
    const dueMonth = month === 12 ? 1 : month + 1;
    const dueDay = Math.min(plan.reportDueDay, lastDayOfMonth(dueYear, dueMonth));
    periods.push({
      kind: "MONTHLY",
      label: `${plan.year}年${month}月`,
      startsOn: isoDate(plan.year, month, 1),
      endsOn: isoDate(plan.year, month, lastDayOfMonth(plan.year, month)),
      dueOn: isoDate(dueYear, dueMonth, dueDay),
    });
  }
  return periods;
}

/**
 * The period a unit is filing for on `today`: the latest period that has started. Reports on a
 * month are written at its end and in the days after it, until its due date.
 */
export function currentPeriod<P extends { startsOn: IsoDate }>(periods: P[], today: IsoDate): P | null {
  const started = periods.filter((p) => p.startsOn <= today);
  return started.length ? started.reduce((a, b) => (a.startsOn > b.startsOn ? a : b)) : null;
}

/** Whole days a report is late on `today` (0 when not yet due). */
export function daysOverdue(dueOn: IsoDate, today: IsoDate): number {
  const ms = Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`);
  return Math.max(0, Math.floor(ms / 86_400_000));
}
