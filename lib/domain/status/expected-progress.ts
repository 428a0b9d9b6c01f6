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

/** Whole days between two dates: one definition, in lib/domain/dates.ts. */
export { daysBetween } from "../dates.ts";

/** A planned share of the measure (percent) to be reached by a date: a milestone's plan. */
export type Checkpoint = { on: IsoDate; percent: number };

/**
 * 序时进度 through planned checkpoints (DESIGN.md: piecewise through milestones): 0 at the start,
 * each checkpoint's percent on its date, 100 at the due date, linear between neighbours.
 * Checkpoints outside (start, due) are left out, and a later checkpoint never plans less than an
 * earlier one (the plan only rises). Without checkpoints this is `expectedProgress`.
 */
export function expectedProgressThrough(startDate: IsoDate, dueDate: IsoDate, on: IsoDate, checkpoints: readonly Checkpoint[]): number {
  const inside = checkpoints
    .filter((c) => c.on > startDate && c.on < dueDate)
    .sort((a, b) => a.on.localeCompare(b.on) || a.percent - b.percent);
  if (inside.length === 0) return expectedProgress(startDate, dueDate, on);
  if (on <= startDate) return 0;
  if (on >= dueDate) return 100;
  let floor = 0;
  const points = [{ on: startDate, percent: 0 }];
  for (const c of inside) {
    floor = Math.max(floor, Math.min(100, Math.max(0, c.percent)));
    points.push({ on: c.on, percent: floor });
  }
  points.push({ on: dueDate, percent: 100 });
  const i = points.findIndex((p) => on <= p.on);
  const [a, b] = [points[i - 1], points[i]];
  const span = dayNumber(b.on) - dayNumber(a.on);
  const value = span <= 0 ? b.percent : a.percent + ((b.percent - a.percent) * (dayNumber(on) - dayNumber(a.on))) / span;
  return Math.round(value * 10) / 10;
}
