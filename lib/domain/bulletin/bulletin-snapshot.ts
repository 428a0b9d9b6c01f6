// What an issued bulletin (月通报) holds: everything it shows, frozen at issue, so that it can be
// shown and exported later exactly as issued, whatever arrives afterwards.
import type { IsoDate } from "../dates.ts";
import { colourCounts, scoreboard } from "../status/dashboard-tables.ts";
import type { Colour } from "../status/measure-status.ts";
import type { PlanStatus } from "../status/plan-status.ts";
import { measureCoverage } from "../status/measure-coverage.ts";
import type { UnitWarnings } from "../quality/warnings-by-unit.ts";

/** An extension (延期) the bureau granted in the bulletin's month. */
export type GrantedExtension = {
  kind: "MEASURE" | "PROBLEM";
  task: number;
  number: number;
  taskTitle: string;
  /** The ledger entry's description (null for a measure). */
  problem: string | null;
  unit: string;
  originalDueOn: IsoDate;
  dueOn: IsoDate;
  approvedOn: IsoDate;
};

export type BulletinSnapshot = {
  version: 1;
  plan: { title: string; docNumber: string | null; issuer: string | null };
  periodLabel: string;
  asOf: IsoDate;
  counts: Record<Colour, number>;
  progress: number | null;
  actions: { number: number; title: string; colour: Colour; progress: number | null }[];
  measures: {
    /** The action's number (snapshot.actions), for grouping; bulletins issued before do not have it. */
    action?: number;
    task: number;
    number: number;
    taskTitle: string;
    leadUnit: string;
    units: string[];
    colour: Colour;
    expected: number;
    actual: number | null;
    gap: number | null;
    reasons: string[];
    problems: string;
    nextSteps: string;
  }[];
  units: { name: string; due: number; onTime: number; onTimeRate: number | null; red: number; overdue: number }[];
  /** Extensions granted in the month. Bulletins issued before extensions existed do not have it:
   *  they are shown and exported exactly as before. */
  extensions?: GrantedExtension[];
  /** The weighted mean progress over the measures with an approved figure, and how many those are
   *  of how many (issue 15). Bulletins issued before it show `progress` in their old words. */
  coverage?: { progress: number | null; reported: number; total: number };
  /** The month's reports submitted with data-quality warnings, when the coordinator chose to include
   *  them (数据质量); absent otherwise and in bulletins issued before. */
  quality?: BulletinQualityRow[];
  /** The official document's parts (GB/T 9704: 发文机关, 文号, 抄送, 印发) and the narrative the
   *  coordinator wrote, frozen at issue. Bulletins issued before have neither: they are shown and
   *  exported in their earlier layout (lib/exports/bulletin-docx-legacy.ts). */
  document?: BulletinDocumentParts;
  narrative?: BulletinNarrative;
};

export type BulletinDocumentParts = { issuer: string; docNumber: string | null; cc: string | null; printedBy: string | null };
/** 总体情况, 存在问题, 下步要求: plain text, one paragraph a line. */
export type BulletinNarrative = { overview: string; problems: string; requirements: string };

/** One report of the month submitted with data-quality warnings, as a bulletin lists it. */
export type BulletinQualityRow = {
  unit: string;
  task: number;
  number: number;
  periodLabel: string;
  state: "SUBMITTED" | "APPROVED";
  warnings: string[];
  explanation: string | null;
};

/** The bulletin's rows for the reports warned about, unit by unit. */
export function bulletinQualityRows(units: readonly UnitWarnings[]): BulletinQualityRow[] {
  return units.flatMap((u) =>
    [...u.open, ...u.accepted].map((r) => ({
      unit: u.unit.name,
      task: r.measure.taskNumber,
      number: r.measure.number,
      periodLabel: r.periodLabel,
      state: u.accepted.includes(r) ? ("APPROVED" as const) : ("SUBMITTED" as const),
      warnings: r.warnings.map((w) => w.text),
      explanation: r.explanation,
    })),
  );
}

export function bulletinSnapshot(input: {
  plan: BulletinSnapshot["plan"];
  periodLabel: string;
  status: PlanStatus;
  punctuality: { unitId: number; due: number; onTime: number }[];
  extensions: GrantedExtension[];
  /** Only when the coordinator chose to include them. */
  quality?: BulletinQualityRow[];
}): BulletinSnapshot {
  const { status } = input;
  return {
    version: 1,
    plan: input.plan,
    periodLabel: input.periodLabel,
    asOf: status.asOf,
    counts: colourCounts(status),
    progress: status.plan.progress,
    actions: status.actions.map((a) => ({ number: a.number, title: a.title, colour: a.rollUp.colour, progress: a.rollUp.progress })),
    measures: status.measures.map((m) => ({
      action: m.task.action.number,
      task: m.task.number,
      number: m.number,
      taskTitle: m.task.title,
      leadUnit: m.units.find((u) => u.role === "LEAD")?.unit.name ?? "",
      units: m.units.map((u) => u.unit.name),
      colour: m.status.colour,
      expected: m.status.expected,
      actual: m.status.actual,
      gap: m.status.gap,
      reasons: m.status.reasons,
      problems: m.approved?.problems ?? "",
      nextSteps: m.approved?.nextSteps ?? "",
    })),
    units: scoreboard(status, input.punctuality, "name").map((u) => ({
      name: u.name,
      due: u.due,
      onTime: u.onTime,
      onTimeRate: u.onTimeRate,
      red: u.red,
      overdue: u.overdue,
    })),
    extensions: input.extensions,
    coverage: measureCoverage(status),
    ...(input.quality ? { quality: input.quality } : {}),
  };
}
