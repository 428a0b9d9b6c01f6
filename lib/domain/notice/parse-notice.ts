// The notice importer's parser: official notice text → plan → actions → tasks → measures, each
// measure with its units (first leads), deadline and indicators. Pure: no I/O, no database.
// The document's shape is described in DESIGN.md ("The source document").
import { AppError } from "../../errors.ts";
import { importErrors } from "../../messages/import-errors.ts";
import type { IsoDate } from "../dates.ts";
import { scheduleMeasure } from "./deadlines.ts";
import { extractIndicators, type ParsedIndicator } from "./indicators.ts";
import { proposeMilestones, type ProposedMilestone } from "./milestones.ts";
import { parseNoticeHeader } from "./notice-header.ts";
import { noticeLines, type NoticeLine } from "./notice-lines.ts";
import { findUnitClause, type ParsedUnit } from "./unit-clause.ts";

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
export type ParsedNotice = {
  plan: { title: string; year: number; docNumber: string | null; issuer: string | null; issuedOn: IsoDate | null };
  actions: ParsedAction[];
};

export type NoticeIssue = { line: number | null; message: string };

/** The notice could not be read; `issues` lists every problem found, each with its line. */
export class NoticeParseError extends AppError {
  readonly issues: NoticeIssue[];
  constructor(issues: NoticeIssue[]) {
    const sorted = [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    super("IMPORT_INVALID", sorted.map((i) => (i.line ? importErrors.atLine(i.line, i.message) : i.message)).join("\n"));
    this.issues = sorted;
    this.name = "NoticeParseError";
  }
}

const ACTION_HEADING = /^(?<numeral>[一二三四五六七八九十]+)\s*[、．.]\s*(?<title>.+)$/;
const TASK_HEADING = /^任务\s*(?<numeral>[0-9０-９]+|[一二三四五六七八九十百]+)\s*[：:、．.]\s*(?<rest>.*)$/;
const MEASURES_LABEL = /^(?:主要)?措施\s*[：:]\s*/;
const MEASURE_NUMBER = /^(?:[（(]\s*[0-9０-９一二三四五六七八九十]+\s*[）)]|[0-9０-９]+\s*[.、．](?!\d)|[①-⑳])\s*/;
// Lines that may follow the list: 抄送, 印发 line, 附件 notes. Anything else is content.
const END_MATTER = /^(?:抄送|抄报|附件|主题词|联系人|联系电话|（此件|此件)|印发$/;

type Draft = { lines: NoticeLine[] };

/** Parses the notice, or throws NoticeParseError listing every problem with its line. */
export function parseNotice(source: string): ParsedNotice {
  const lines = noticeLines(source);
  if (lines.length === 0) throw new NoticeParseError([{ line: null, message: importErrors.empty() }]);

  const firstTask = lines.findIndex((l) => TASK_HEADING.test(l.text));
  if (firstTask < 0) {
    const hasAction = lines.some((l) => ACTION_HEADING.test(l.text));
    throw new NoticeParseError([{ line: null, message: hasAction ? importErrors.noTasks() : importErrors.noActions() }]);
  }
  // The list starts at the action heading closest above its first task: headings further up
  // belong to the notice's own text.
  let listStart = firstTask - 1;
  while (listStart >= 0 && !ACTION_HEADING.test(lines[listStart].text)) listStart--;
  if (listStart < 0) {
    const m = TASK_HEADING.exec(lines[firstTask].text)!;
    throw new NoticeParseError([{ line: lines[firstTask].number, message: importErrors.taskOutsideAction(m.groups!.numeral) }]);
  }

  const header = parseNoticeHeader(lines.slice(0, listStart));
  const issues: NoticeIssue[] = [];
  if (header.year === null) issues.push({ line: null, message: importErrors.noYear() });
  const year = header.year ?? 0;

  const actions: ParsedAction[] = [];
  let task: (ParsedTask & { body: NoticeLine[] }) | null = null;
  const tasks: (ParsedTask & { body: NoticeLine[] })[] = [];

  for (const line of lines.slice(listStart)) {
    const actionMatch = ACTION_HEADING.exec(line.text);
    const taskMatch = TASK_HEADING.exec(line.text);
    if (actionMatch && !taskMatch) {
      actions.push({ number: actions.length + 1, title: stripEnd(actionMatch.groups!.title), tasks: [], line: line.number });
      task = null;
      continue;
    }
    if (taskMatch) {
      const action = actions.at(-1)!;
      const { title, rest } = splitTaskHeading(taskMatch.groups!.rest);
      task = { number: tasks.length + 1, title, measures: [], line: line.number, body: [] };
      if (rest) task.body.push({ number: line.number, text: rest });
      tasks.push(task);
      action.tasks.push(task);
      continue;
    }
    if (!task) {
      issues.push({ line: line.number, message: importErrors.textOutsideTask(line.text) });
      continue;
    }
    task.body.push(line);
  }

  for (const action of actions) {
    if (action.tasks.length === 0) issues.push({ line: action.line, message: importErrors.actionWithoutTasks(action.title) });
  }
  tasks.forEach((t, i) => {
    const issuesBefore = issues.length;
    t.measures = splitMeasures(t.body, i === tasks.length - 1, issues).map((m, j) => {
      const schedule = scheduleMeasure(m.text, { year, issuedOn: header.issuedOn });
      return {
        number: j + 1,
        text: m.text,
        ...schedule,
        units: m.units,
        indicators: extractIndicators(m.text),
        milestones: proposeMilestones(m.text, year),
        line: m.line,
      };
    });
    // A task whose text was rejected above already has its issue; only an empty one needs another.
    if (t.measures.length === 0 && issues.length === issuesBefore) {
      issues.push({ line: t.line, message: importErrors.taskWithoutMeasures(t.number) });
    }
  });

  if (issues.length > 0) throw new NoticeParseError(issues);
  return {
    plan: { title: header.title ?? `${year}年重点任务清单`, year, docNumber: header.docNumber, issuer: header.issuer, issuedOn: header.issuedOn },
    actions: actions.map((a) => ({ ...a, tasks: a.tasks.map(({ number, title, measures, line }) => ({ number, title, measures, line })) })),
  };
}

/** "加强党的领导。措施：……" → title 加强党的领导, rest 措施：…… */
function splitTaskHeading(rest: string): { title: string; rest: string } {
  const measuresAt = rest.search(/(?:主要)?措施\s*[：:]/);
  const head = measuresAt >= 0 ? rest.slice(0, measuresAt) : rest;
  const tail = measuresAt >= 0 ? rest.slice(measuresAt) : "";
  const stop = head.indexOf("。");
  if (stop < 0) return { title: stripEnd(head), rest: tail };
  return { title: stripEnd(head.slice(0, stop)), rest: (head.slice(stop + 1) + tail).trim() };
}

function stripEnd(text: string): string {
  return text.trim().replace(/[。：:；;，,\s]+$/, "");
}

type RawMeasure = { text: string; units: ParsedUnit[]; line: number };

/**
 * A task's measures: each one ends with its own （责任单位：…）. A numbered paragraph （2） that
 * starts while the previous text has no units yet means that text lacks its 责任单位.
 */
function splitMeasures(body: NoticeLine[], isLastTask: boolean, issues: NoticeIssue[]): RawMeasure[] {
  const measures: RawMeasure[] = [];
  let draft: Draft = { lines: [] };
  const draftText = () => draft.lines.map((l) => l.text).join("").trim();
  const flushWithoutUnit = () => {
    const text = draftText();
    if (text && !/^[。；;，,\s]*$/.test(text)) issues.push({ line: draft.lines[0].number, message: importErrors.measureWithoutUnit(text) });
    draft = { lines: [] };
  };

  for (const line of body) {
    let text = line.text.replace(MEASURES_LABEL, "");
    if (MEASURE_NUMBER.test(text)) {
      flushWithoutUnit();
      text = text.replace(MEASURE_NUMBER, "");
    }
    // A line may hold the end of one measure and the start of the next: （1）…（责任单位：A）（2）…
    for (let clause = findUnitClause(text); clause; clause = findUnitClause(text)) {
      draft.lines.push({ number: line.number, text: text.slice(0, clause.index) });
      const measureText = draftText();
      if (clause.units.length === 0) issues.push({ line: line.number, message: importErrors.emptyUnitList() });
      if (!measureText) issues.push({ line: line.number, message: importErrors.measureWithoutUnit(text.slice(clause.index, clause.end)) });
      else measures.push({ text: measureText, units: clause.units, line: draft.lines[0].number });
      draft = { lines: [] };
      text = text.slice(clause.end).replace(/^[。；;\s]+/, "").replace(MEASURE_NUMBER, "");
    }
    if (!text) continue;
    // The end matter after the list (抄送…, …印发) is not a measure, and nothing after it is either.
    if (isLastTask && measures.length > 0 && draft.lines.length === 0 && END_MATTER.test(text)) break;
    draft.lines.push({ number: line.number, text });
  }
  flushWithoutUnit();
  return measures;
}
