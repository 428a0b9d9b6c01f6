// 日调度 for 推进不力 (DESIGN.md "Escalation"): a measure that turns red reports weekly until it is
// blue again (yellow keeps it weekly); a coordinator's escalation stays until a coordinator lifts it.
import type { IsoDate } from "../dates.ts";
import type { Colour } from "./measure-status.ts";

export type ActiveEscalation = { automatic: boolean; cadence: "WEEKLY" | "DAILY" } | null;
export type EscalationStep = "start" | "end" | "keep" | "none";

/** `done`: approved at 100 % (已完成): it owes no reports, so none starts, and an automatic one ends,
 *  even while an old missing report keeps it red (DESIGN.md "Done"). */
export function escalationStep(active: ActiveEscalation, colour: Colour, done = false): EscalationStep {
  if (done) return !active ? "none" : active.automatic ? "end" : "keep";
  if (!active) return colour === "RED" ? "start" : "none";
  if (!active.automatic) return "keep";
  return colour === "BLUE" || colour === "DONE" ? "end" : "keep";
}

const DAY = 86_400_000;
const toDate = (d: IsoDate) => new Date(`${d}T00:00:00Z`);
const fromDate = (d: Date) => d.toISOString().slice(0, 10);

export type ShortPeriod = { kind: "WEEKLY" | "DAILY"; label: string; startsOn: IsoDate; endsOn: IsoDate; dueOn: IsoDate };

/** Monday-to-Sunday weeks (due the Monday after) or single days (due the next day) covering [from, to]. */
export function shortPeriods(kind: "WEEKLY" | "DAILY", from: IsoDate, to: IsoDate): ShortPeriod[] {
  const periods: ShortPeriod[] = [];
  let start = toDate(from);
  if (kind === "WEEKLY") start = new Date(start.getTime() - ((start.getUTCDay() + 6) % 7) * DAY); // back to Monday
  const length = kind === "WEEKLY" ? 7 : 1;
  for (; fromDate(start) <= to; start = new Date(start.getTime() + length * DAY)) {
    const end = new Date(start.getTime() + (length - 1) * DAY);
    const s = fromDate(start);
    const e = fromDate(end);
    periods.push({
      kind,
      label:
        kind === "WEEKLY"
          ? `${Number(s.slice(5, 7))}月${Number(s.slice(8))}日—${Number(e.slice(5, 7))}月${Number(e.slice(8))}日周报`
          : `${Number(s.slice(5, 7))}月${Number(s.slice(8))}日日报`,
      startsOn: s,
      endsOn: e,
      dueOn: fromDate(new Date(end.getTime() + DAY)),
    });
  }
  return periods;
}
