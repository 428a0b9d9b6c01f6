// The notice importer's parser: official notice text → plan → actions → tasks → measures, each
// measure with its units (first leads), deadline and indicators. Pure: no I/O, no database.
// The seed notice's shape is described in DESIGN.md ("The source document"); other bureaus'
// lists are read as numbered text (list-start.ts, list-levels.ts, text-list.ts) or as a table
// (table-notice.ts), both into the same drafts, numbered here in document order.
import { importErrors } from "../../messages/import-errors.ts";
import type { IsoDate } from "../dates.ts";
import type { ParsedIndicator } from "./indicators.ts";
import { inferLevels, listLines } from "./list-levels.ts";
import { findListStart, MEASURES_LABEL } from "./list-start.ts";
import { measureFacts } from "./measure-facts.ts";
import type { ProposedMilestone } from "./milestones.ts";
import type { DraftAction } from "./notice-draft.ts";
import { parseNoticeHeader } from "./notice-header.ts";
import { NoticeParseError, type NoticeIssue } from "./notice-issues.ts";
import { noticeLines, type NoticeLine } from "./notice-lines.ts";
import { readNumbering, STYLE_LABELS } from "./numbering.ts";
import { isRow } from "./table-columns.ts";
import { findTableStart, readTableList } from "./table-notice.ts";
import { readTextList } from "./text-list.ts";
import { findUnitClause, type ParsedUnit } from "./unit-clause.ts";

export { NoticeParseError, type NoticeIssue } from "./notice-issues.ts";

export type ParsedMeasure = {
  number: number;
  text: string;
  startDate: IsoDate;
  dueDate: IsoDate;
  deadlinePhrase: string | null;
  units: ParsedUnit[];
  indicators: ParsedIndicator[];
  /** Its dated clauses, in document order (none when it has no deadline phrase). */
  milestones: ProposedMilestone[];
  /** Line of the notice where the measure starts. */
  line: number;
};
export type ParsedTask = { number: number; title: string; measures: ParsedMeasure[]; line: number };
export type ParsedAction = { number: number; title: string; tasks: ParsedTask[]; line: number };
/**
 * How the list was written, for the import preview: numbered text or a table, and what marks
 * each level — a numbering as printed (一、, （一）, 任务1：, 1., （1）, ①), a table's column
 * (列“重点任务”), or null: no action level (the list is one action, 重点任务) / measures as paragraphs.
 */
export type NoticeLayout = { source: "TEXT" | "TABLE"; action: string | null; task: string | null; measure: string | null };
export type ParsedNotice = {
  plan: { title: string; year: number; docNumber: string | null; issuer: string | null; issuedOn: IsoDate | null };
  actions: ParsedAction[];
  /** Optional: not part of `npm run import -- --json`. */
  layout?: NoticeLayout;
};

/** Parses the notice, or throws NoticeParseError listing every problem with its line. */
export function parseNotice(source: string): ParsedNotice {
  const lines = noticeLines(source);
  if (lines.length === 0) throw new NoticeParseError([{ line: null, message: importErrors.empty() }]);

  const issues: NoticeIssue[] = [];
  const list = readList(lines, issues);
  const header = parseNoticeHeader(lines.slice(0, list.start));
  if (header.year === null) issues.push({ line: null, message: importErrors.noYear() });
  const year = header.year ?? 0;

  let taskNumber = 0;
  const actions: ParsedAction[] = list.actions.map((action, a) => {
    if (action.tasks.length === 0) issues.push({ line: action.line, message: importErrors.actionWithoutTasks(action.title) });
    const tasks = action.tasks.map((task) => {
      taskNumber += 1;
      // A task whose text was refused already has its issue; only an empty one needs another.
      if (task.measures.length === 0 && !task.refused)
        issues.push({ line: task.line, message: importErrors.taskWithoutMeasures(taskNumber) });
      const measures = task.measures.map((m, j) => measureFacts(m, j + 1, { year, issuedOn: header.issuedOn }));
      return { number: taskNumber, title: task.title, measures, line: task.line };
    });
    return { number: a + 1, title: action.title, tasks, line: action.line };
  });

  if (issues.length > 0) throw new NoticeParseError(issues);
  return {
    plan: {
      title: header.title ?? `${year}年重点任务清单`,
      year,
      docNumber: header.docNumber,
      issuer: header.issuer,
      issuedOn: header.issuedOn,
    },
    actions,
    layout: list.layout,
  };
}

type List = { start: number; actions: DraftAction[]; layout: NoticeLayout };

/** The list's drafts and where it starts, from a table when the notice holds one, else from its text. */
function readList(lines: NoticeLine[], issues: NoticeIssue[]): List {
  const opensMeasure = (l: NoticeLine) =>
    !isRow(l) && (findUnitClause(l.text) !== null || readNumbering(l.text.replace(MEASURES_LABEL, ""))?.style === "TASK_LABEL");
  const anchor = lines.findIndex(opensMeasure);
  const tableStart = findTableStart(lines);
  if (tableStart !== null && (anchor < 0 || anchor > tableStart)) {
    const table = readTableList(withoutRunningHeaders(lines.slice(tableStart), lines.slice(0, tableStart)), issues);
    return { start: tableStart, actions: table.actions, layout: { source: "TABLE", ...table.layout } };
  }
  if (anchor < 0) {
    const numbered = lines.some((l) => readNumbering(l.text) !== null);
    throw new NoticeParseError([{ line: null, message: numbered ? importErrors.noUnits() : importErrors.noActions() }]);
  }
  const start = findListStart(lines, anchor);
  const listed = listLines(withoutRunningHeaders(lines.slice(start), lines.slice(0, start)));
  const levels = inferLevels(listed, issues);
  if (!levels.task) throw new NoticeParseError([...issues, { line: null, message: importErrors.noTasks() }]);
  const label = (style: keyof typeof STYLE_LABELS | null) => (style ? STYLE_LABELS[style] : null);
  return {
    start,
    actions: readTextList(listed, levels, issues),
    layout: { source: "TEXT", action: label(levels.action), task: label(levels.task), measure: label(levels.measure) },
  };
}

/** Page headers that repeat the front matter (the list's title, the issuer) inside the list. */
function withoutRunningHeaders(list: NoticeLine[], front: NoticeLine[]): NoticeLine[] {
  const compact = (text: string) => text.replace(/\s+/g, "");
  const header = parseNoticeHeader(front);
  const repeated = new Set([...front.map((l) => compact(l.text)), compact(header.title ?? "")].filter((t) => t && t.length <= 40));
  return list.filter(
    (l) => isRow(l) || !repeated.has(compact(l.text)) || readNumbering(l.text) !== null || findUnitClause(l.text) !== null,
  );
}
