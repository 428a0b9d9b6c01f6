// 数据质量: the checks a report's figures go through when it is submitted (issue 15). Pure: the data
// layer hands over the report, the same unit's previous figures on the measure, the measure's
// indicators and due date in force, today and the plan's settings. Each check that fires is a
// warning the reporter must explain before the report can be submitted; the reviewer sees both.
//  - PROGRESS_FELL: percent complete is cumulative, it never falls below the unit's previous report.
//  - PROGRESS_JUMP: it rises by more than the plan's jump (default 40 points) from the unit's
//    previous report (a first report has nothing to jump from: work may have begun before the plan).
//  - INDICATOR_FELL: an indicator marked 只增不减 (must not fall) is below the unit's previous actual.
//  - INDICATOR_ABOVE_TARGET: an actual above the plan's multiple (default 2×) of its target (a
//    range's upper end): a slipped digit or a wrong unit (4万个 reported as 40000万).
//  - COMPLETE_EARLY: 100 % claimed more than a month before the due date, without an evidence file.
// A report for a period that has not started is no warning: it is refused (`periodNotStarted`).
import { daysBetween, type IsoDate } from "../dates.ts";
import { qualityMessages } from "../../messages/quality.ts";
import type { QualitySettings } from "./quality-settings.ts";

const w = qualityMessages.warnings;

export const QUALITY_WARNING_CODES = [
  "PROGRESS_FELL",
  "PROGRESS_JUMP",
  "INDICATOR_FELL",
  "INDICATOR_ABOVE_TARGET",
  "COMPLETE_EARLY",
] as const;
export type QualityWarningCode = (typeof QUALITY_WARNING_CODES)[number];
/** A warning as stored with the report and shown to the reporter and the reviewer. */
export type QualityWarning = { code: QualityWarningCode; text: string; indicatorId?: number };

/** The longest explanation of a report's warnings. */
export const EXPLANATION_LIMIT = 1000;

/** 100 % claimed earlier than this many days before the due date needs evidence. */
export const EARLY_COMPLETION_DAYS = 30;

export type CheckedIndicator = {
  id: number;
  label: string;
  target: number;
  high: number | null;
  unit: string;
  comparator: string;
  mustNotFall: boolean;
};

export type ReportCheckInput = {
  percent: number | null;
  actuals: readonly { indicatorId: number; value: number }[];
  /** The report has at least one evidence file (kept or added). */
  hasEvidence: boolean;
  /** The unit's latest percent on the measure in an earlier period (submitted or approved); null: none. */
  previousPercent: number | null;
  /** The unit's latest actual of each indicator in an earlier period (submitted or approved). */
  previousActuals: ReadonlyMap<number, number>;
  indicators: readonly CheckedIndicator[];
  /** The measure's due date in force (an approved extension's, else the notice's). */
  dueDate: IsoDate;
  today: IsoDate;
  settings: QualitySettings;
};

export function checkReport(input: ReportCheckInput): QualityWarning[] {
  const warnings: QualityWarning[] = [];
  const { percent, previousPercent: before, settings } = input;
  if (percent !== null) {
    if (before !== null && percent < before) warnings.push({ code: "PROGRESS_FELL", text: w.progressFell(before, percent) });
    if (before !== null && percent - before > settings.jumpPoints)
      warnings.push({ code: "PROGRESS_JUMP", text: w.progressJump(before, percent, settings.jumpPoints) });
  }
  const indicatorOf = new Map(input.indicators.map((i) => [i.id, i]));
  for (const { indicatorId, value } of input.actuals) {
    const indicator = indicatorOf.get(indicatorId);
    if (!indicator) continue;
    const previous = input.previousActuals.get(indicatorId);
    if (indicator.mustNotFall && previous !== undefined && value < previous) {
      warnings.push({ code: "INDICATOR_FELL", indicatorId, text: w.indicatorFell(indicator.label, previous, value, indicator.unit) });
    }
    const reference = indicator.comparator === "RANGE" && indicator.high !== null ? indicator.high : indicator.target;
    if (reference > 0 && value > reference * settings.targetMultiple) {
      warnings.push({
        code: "INDICATOR_ABOVE_TARGET",
        indicatorId,
        text: w.indicatorAboveTarget(indicator.label, value, reference, indicator.unit, settings.targetMultiple),
      });
    }
  }
  const daysLeft = daysBetween(input.today, input.dueDate);
  if (percent === 100 && !input.hasEvidence && daysLeft > EARLY_COMPLETION_DAYS)
    warnings.push({ code: "COMPLETE_EARLY", text: w.completeEarly(daysLeft) });
  return warnings;
}

/** A report for a period that has not started yet (a December report filed in August) is refused. */
export function periodNotStarted(period: { startsOn: IsoDate }, today: IsoDate): boolean {
  return period.startsOn > today;
}

/** Whether a stored explanation answers the warnings: any warning needs one. */
export function needsExplanation(warnings: readonly QualityWarning[], explanation: string | null | undefined): boolean {
  return warnings.length > 0 && !explanation?.trim();
}

/** Everything a check needs besides the report's own figures, as plain data (the form gets it too). */
export type QualityContext = {
  settings: QualitySettings;
  indicators: CheckedIndicator[];
  previousPercent: number | null;
  previousActuals: { indicatorId: number; value: number }[];
  dueDate: IsoDate;
};

/** The warnings of a report's figures against its context: what the server stores and the form shows. */
export function warningsOf(
  context: QualityContext,
  report: { percent: number | null; actuals: readonly { indicatorId: number; value: number }[]; hasEvidence: boolean; today: IsoDate },
): QualityWarning[] {
  return checkReport({ ...context, ...report, previousActuals: new Map(context.previousActuals.map((a) => [a.indicatorId, a.value])) });
}
