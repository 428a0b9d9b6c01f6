// A measure's colour reasons as a list of measures carries them (the dashboard's red items, the
// county comparison, a bulletin's table): the reasons the engine gives name every overdue report on
// its own ("市委教育工作办秘书科3月进展逾期未报 61 天；…4月进展逾期未报 31 天；已有 2 期未报送"), which
// reads as a page of repeats once thirty measures are listed. Here the overdue reports of a measure
// become one reason (which months, how many units, the longest delay), the count of missed periods
// that they already say is dropped, and the rest stay as they are. The measure's own page keeps
// every reason.
import { statusMessages } from "../../messages/status.ts";

const OVERDUE = /^(.+)进展逾期未报 (\d+) 天$/;
const MISSED_PERIODS = /^已有 \d+ 期未报送$/;

type Overdue = { unit: string; period: string; days: number };

/** The reasons with a measure's overdue reports said once; `unitNames` are the measure's units. */
export function condensedReasons(reasons: readonly string[], unitNames: readonly string[]): string[] {
  // Longest names first, so that a unit whose name starts another's is not mistaken for it.
  const names = [...unitNames].sort((a, b) => b.length - a.length);
  const overdue: Overdue[] = [];
  const out: (string | null)[] = [];
  for (const reason of reasons) {
    const match = OVERDUE.exec(reason);
    const unit = match ? names.find((n) => match[1].startsWith(n) && match[1].length > n.length) : undefined;
    if (!match || unit === undefined) {
      out.push(reason);
      continue;
    }
    // The overdue reports' place in the list is that of the first of them.
    if (overdue.length === 0) out.push(null);
    overdue.push({ unit, period: match[1].slice(unit.length), days: Number(match[2]) });
  }
  if (overdue.length === 0) return out as string[];
  const periods = [...new Set(overdue.map((o) => o.period))];
  const units = new Set(overdue.map((o) => o.unit)).size;
  const said = statusMessages.condensedOverdue(periods, units, Math.max(...overdue.map((o) => o.days)));
  return out.filter((x) => x === null || !MISSED_PERIODS.test(x)).map((x) => x ?? said);
}

/** The reason that decides the colour (the engine lists those first), condensed. */
export function mainReason(reasons: readonly string[], unitNames: readonly string[]): string {
  return condensedReasons(reasons, unitNames)[0] ?? "";
}
