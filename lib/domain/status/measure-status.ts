// The colour of one measure (DESIGN.md "Red / yellow / blue"): computed, never typed in, from its
// dates, its lead unit's latest approved progress, today's date and its overdue reports. Blue means
// on track. Every colour comes with its reasons in words.
import type { IsoDate } from "../dates.ts";
import { milestoneState } from "../milestones/milestone-state.ts";
import { shortDescription } from "../problems/problem-workflow.ts";
import { daysBetween, expectedProgress, expectedProgressThrough } from "./expected-progress.ts";
import { gapWords } from "./gap-words.ts";
import { DEFAULT_THRESHOLDS, type Thresholds } from "./thresholds.ts";

export const COLOURS = ["RED", "YELLOW", "BLUE", "DONE", "NOT_REPORTED"] as const;
export type Colour = (typeof COLOURS)[number];

export type IndicatorProgress = {
  label: string;
  target: number;
  actual: number | null;
  comparator: "AT_LEAST" | "AT_MOST" | "ABOUT" | "EXACT" | "RANGE";
  unit: string;
};

/** A milestone (工作节点) of the measure as the engine sees it. */
export type MilestoneFact = {
  title: string;
  dueOn: IsoDate;
  /** Planned percent of the measure by `dueOn`; null: the milestone does not shape 序时进度. */
  plannedPercent: number | null;
  /** The date an approved report confirmed it (null: not yet); it counts from that date on. */
  confirmedOn: IsoDate | null;
};

export type MeasureStatusInput = {
  startDate: IsoDate;
  /** The due date in force on `today`: an approved extension's (延期), else the notice's. */
  dueDate: IsoDate;
  /** The notice's due date, when an approved extension moved it (the reasons name both). */
  originalDueDate?: IsoDate;
  /** The lead unit's latest approved report as of `today` (null: none yet). */
  approved: { percent: number; approvedOn: IsoDate } | null;
  /** The measure's indicators with the actuals of that report. */
  indicators?: IndicatorProgress[];
  /** Reports due before `today` that an owning unit has not submitted. */
  overdue: { periodLabel: string; dueOn: IsoDate; unitName: string }[];
  /** The measure's ledger entries (问题台账) still open on `today`: published by then and not closed
   *  out (销号) by then, with the due date in force then. One due before `today` is a 黄 reason. */
  openProblems?: { description: string; dueOn: IsoDate }[];
  today: IsoDate;
  thresholds?: Thresholds;
  override?: { colour: Colour; reason: string } | null;
  /** Its milestones: planned percents shape 序时进度; one past due and not done is a reason. */
  milestones?: MilestoneFact[];
  /** A coordinator reopened the measure after the approval of `approved` (and by `today`): not done. */
  reopened?: { on: IsoDate; reason: string } | null;
};

export type MeasureStatus = {
  colour: Colour;
  /** Done (已完成): approved at 100 % and not reopened since. It owes no further reports and is never
   *  escalated (lib/domain/status/owed-reports.ts), even while an old missing report colours it. */
  done: boolean;
  /** The colour the rules give, shown beside an override. */
  computedColour: Colour;
  expected: number;
  actual: number | null;
  gap: number | null;
  reasons: string[];
  overridden: boolean;
};

const SEVERITY: Record<Colour, number> = { RED: 4, YELLOW: 3, BLUE: 2, DONE: 1, NOT_REPORTED: 0 };
export const worse = (a: Colour, b: Colour): Colour => (SEVERITY[b] > SEVERITY[a] ? b : a);

const fmt = (n: number) => String(Math.round(n * 10) / 10);
const monthDay = (d: IsoDate) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
/** A date in the words of a reason: 8月31日, with the year when it is not `year` (2024年3月31日). */
const dayIn = (d: IsoDate, year: string) => (d.slice(0, 4) === year ? monthDay(d) : `${Number(d.slice(0, 4))}年${monthDay(d)}`);
/** "2023年5月" → "5月"; other labels as they are. */
const shortPeriod = (label: string) => label.replace(/^\d{4}年/, "");
/** A milestone's clause as a reason quotes it: long clauses are cut. */
const MAX_TITLE = 40;
const quoteTitle = (title: string) => `“${title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title}”`;

/** How much of its indicators' targets the actuals reach (0–100), or null without actuals. */
export function indicatorProgress(indicators: IndicatorProgress[] = []): number | null {
  const measurable = indicators.filter((i) => i.actual !== null && i.comparator !== "AT_MOST" && i.target > 0);
  if (measurable.length === 0) return null;
  const shares = measurable.map((i) => Math.min(100, ((i.actual as number) / i.target) * 100));
  return Math.round((shares.reduce((a, b) => a + b, 0) / shares.length) * 10) / 10;
}

export function measureStatus(input: MeasureStatusInput): MeasureStatus {
  const t = input.thresholds ?? DEFAULT_THRESHOLDS;
  const milestones = input.milestones ?? [];
  const checkpoints = milestones.flatMap((m) => (m.plannedPercent === null ? [] : [{ on: m.dueOn, percent: m.plannedPercent }]));
  const expected = checkpoints.length
    ? expectedProgressThrough(input.startDate, input.dueDate, input.today, checkpoints)
    : expectedProgress(input.startDate, input.dueDate, input.today);
  const byIndicators = input.approved ? indicatorProgress(input.indicators) : null;
  // The measure is no further than its figures show: percent complete, capped by its indicators.
  const actual = input.approved ? (byIndicators === null ? input.approved.percent : Math.min(input.approved.percent, byIndicators)) : null;
  const gap = actual === null ? null : Math.round((expected - actual) * 10) / 10;

  let colour: Colour = "NOT_REPORTED";
  const found: { colour: Colour; text: string }[] = [];
  const add = (c: Colour, text: string) => {
    colour = worse(colour, c);
    found.push({ colour: c, text });
  };

  // Done is the approved percent (DESIGN.md "Done: approved at 100%"), the same rule the owed
  // reports follow; indicators short of their targets are said beside it, they do not undo it.
  const done = input.approved !== null && input.approved.percent >= 100 && !input.reopened;
  // The progress reason's words depend on the final colour: added once that is known (below).
  let onSchedule: { gap: number; actual: number } | null = null;
  if (actual !== null && gap !== null) {
    if (done) add("DONE", `已完成（${monthDay(input.approved!.approvedOn)}审核通过）`);
    else if (gap > t.redGap) add("RED", gapWords(gap));
    else if (gap > t.yellowGap) add("YELLOW", gapWords(gap));
    else {
      colour = worse(colour, "BLUE");
      onSchedule = { gap, actual };
    }
    if (byIndicators !== null && byIndicators < input.approved!.percent) {
      found.push({ colour: "NOT_REPORTED", text: `指标完成 ${fmt(byIndicators)}%，低于填报进度 ${input.approved!.percent}%` });
    }
  }
  if (input.reopened) found.push({ colour: "NOT_REPORTED", text: `已于${monthDay(input.reopened.on)}重新打开：${input.reopened.reason}` });
  const original = input.originalDueDate && input.originalDueDate !== input.dueDate ? input.originalDueDate : null;
  const pastDue = input.today > input.dueDate && !done;
  if (pastDue) {
    const days = daysBetween(input.dueDate, input.today);
    add(
      "RED",
      original
        ? `已超过延期后的完成时限（${dayIn(input.dueDate, original.slice(0, 4))}，原定${monthDay(original)}）${days} 天仍未完成`
        : `已超过完成时限（${monthDay(input.dueDate)}）${days} 天仍未完成`,
    );
  }
  // A milestone past its due date and not done: 黄 for the first days (as long as a report may be
  // late), 红 after. A measure approved complete has nothing left to miss.
  if (!done) {
    for (const m of milestones) {
      if (milestoneState(m, input.today) !== "MISSED") continue;
      const days = daysBetween(m.dueOn, input.today);
      add(days > t.redOverdueDays ? "RED" : "YELLOW", `工作节点${quoteTitle(m.title)}逾期 ${days} 天`);
    }
  }
  const late = [...input.overdue].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const periods = new Set(late.map((o) => o.periodLabel));
  for (const o of late) {
    const days = daysBetween(o.dueOn, input.today);
    add(days > t.redOverdueDays ? "RED" : "YELLOW", `${o.unitName}${shortPeriod(o.periodLabel)}进展逾期未报 ${days} 天`);
  }
  if (periods.size >= t.redMissedPeriods) add("RED", `已有 ${periods.size} 期未报送`);
  for (const p of [...(input.openProblems ?? [])].filter((p) => p.dueOn < input.today).sort((a, b) => a.dueOn.localeCompare(b.dueOn))) {
    add("YELLOW", `问题台账“${shortDescription(p.description)}”逾期 ${daysBetween(p.dueOn, input.today)} 天未销号`);
  }
  if (onSchedule) {
    // Only a blue measure is 按序时推进; on a yellow or red one the figures are said plainly.
    const figures = `进度 ${fmt(onSchedule.actual)}%，序时进度 ${fmt(expected)}%`;
    const shown: Colour = input.override?.colour ?? colour;
    const text = onSchedule.gap < 0 ? `${gapWords(onSchedule.gap)}（${figures}）` : shown === "BLUE" ? `按序时推进（${figures}）` : figures;
    found.push({ colour: "BLUE", text });
  }
  if (colour === "NOT_REPORTED") found.push({ colour, text: "尚未报送进展" });
  // Expected progress runs to the extended date: say so (the past-due reason names both dates).
  if (original && !pastDue)
    found.push({
      colour: "NOT_REPORTED",
      text: `完成时限经批准由${monthDay(original)}延期至${dayIn(input.dueDate, original.slice(0, 4))}`,
    });
  // The reasons that decide the colour come first (a stable sort keeps document order otherwise).
  const reasons = [...found].sort((a, b) => SEVERITY[b.colour] - SEVERITY[a.colour]).map((r) => r.text);

  const computedColour: Colour = colour;
  if (input.override) {
    return {
      colour: input.override.colour,
      computedColour,
      done,
      expected,
      actual,
      gap,
      reasons: [`人工调整：${input.override.reason}`, ...reasons],
      overridden: true,
    };
  }
  return { colour: computedColour, computedColour, done, expected, actual, gap, reasons, overridden: false };
}
