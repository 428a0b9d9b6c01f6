// "Today" and "now" for every date rule (current period, due, overdue, approval and submission
// times). The bureau works on China time, so dates are taken in Asia/Shanghai, not the server's
// zone. DUBAN_TODAY=YYYY-MM-DD moves the clock to that day (demos of a past plan year, tests):
// "now" is then that day at the current time of day, so everything recorded lines up with it.
import { toChinaDate, type IsoDate } from "./domain/dates.ts";
import { readEnv } from "./env.ts";

export function today(): IsoDate {
  return readEnv().DUBAN_TODAY ?? toChinaDate(new Date());
}

export function now(): Date {
  const real = new Date();
  const fixed = readEnv().DUBAN_TODAY;
  if (!fixed) return real;
  const timeOfDay = (real.getTime() + 8 * 3_600_000) % 86_400_000;
  return new Date(Date.parse(`${fixed}T00:00:00+08:00`) + timeOfDay);
}
