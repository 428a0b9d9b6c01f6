// 序时进度: how far a measure should be on a date — 0 at its start, 100 at its due date, linear
// between (DESIGN.md). Whole days; dates as YYYY-MM-DD.
import type { IsoDate } from "../dates.ts";

// Day numbers are looked up for every measure and overdue report of a plan, over and over for the
// same few hundred dates: remember them (bounded, in case a long-lived process sees many dates).
const dayNumbers = new Map<IsoDate, number>();
const dayNumber = (d: IsoDate) => {
  let n = dayNumbers.get(d);
  if (n === undefined) {
    if (dayNumbers.size >= 10_000) dayNumbers.clear();
    n = Date.parse(`${d}T00:00:00Z`) / 86_400_000;
    dayNumbers.set(d, n);
  }
  return n;
};

export function expectedProgress(startDate: IsoDate, dueDate: IsoDate, on: IsoDate): number {
  if (on <= startDate) return 0;
  if (on >= dueDate) return 100;
  const span = dayNumber(dueDate) - dayNumber(startDate);
  return span <= 0 ? 100 : Math.round(((dayNumber(on) - dayNumber(startDate)) / span) * 1000) / 10;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}
