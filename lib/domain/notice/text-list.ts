// A list written as numbered text, read level by level (list-levels.ts): actions, tasks with
// their titles, and each task's text cut into measures (measure-split.ts). Text that belongs to
// no task is refused with its line.
import { importErrors } from "../../messages/import-errors.ts";
import type { ListLevels, ListLine } from "./list-levels.ts";
import { splitMeasures } from "./measure-split.ts";
import type { NoticeIssue } from "./notice-issues.ts";
import type { NoticeLine } from "./notice-lines.ts";
import { stripEnd, WHOLE_LIST_ACTION, type DraftAction, type DraftTask } from "./notice-draft.ts";
import { STYLE_LABELS } from "./numbering.ts";
import { findUnitClause } from "./unit-clause.ts";

const MEASURES_INSIDE = /(?:主要|具体|工作)?措施\s*[：:]/;

/**
 * "加强党的领导。措施：……" → title 加强党的领导, rest 措施：……; "加强党的领导。修订……（责任单位：A）"
 * → title 加强党的领导, rest 修订……; a heading that is one sentence with its clause
 * ("修订完善工作制度（责任单位：A）") is a task of one measure, both titled and worded so.
 */
export function splitTaskHeading(rest: string): { title: string; rest: string } {
  const measuresAt = rest.search(MEASURES_INSIDE);
  const clause = findUnitClause(rest);
  const headEnd = Math.min(measuresAt >= 0 ? measuresAt : rest.length, clause ? clause.index : rest.length);
  const head = rest.slice(0, headEnd);
  const stop = head.indexOf("。");
  if (stop >= 0 && head.slice(stop + 1).trim()) return { title: stripEnd(head.slice(0, stop)), rest: rest.slice(stop + 1).trim() };
  if (measuresAt >= 0 && measuresAt === headEnd) return { title: stripEnd(head), rest: rest.slice(measuresAt) };
  if (clause) return { title: stripEnd(head), rest };
  return { title: stripEnd(head), rest: "" };
}

type OpenTask = DraftTask & { body: NoticeLine[] };

export function readTextList(lines: ListLine[], levels: ListLevels, issues: NoticeIssue[]): DraftAction[] {
  const actions: DraftAction[] = [];
  const tasks: OpenTask[] = [];
  let task: OpenTask | null = null;
  const known = new Set([levels.action, levels.task, levels.measure, ...levels.content]);

  for (const line of lines) {
    const style = line.heading?.style;
    if (style && !known.has(style)) continue; // a level above the actions: refused in list-levels.ts
    if (style && style === levels.action) {
      actions.push({ title: stripEnd(line.heading!.rest), line: line.number, tasks: [] });
      task = null;
      continue;
    }
    if (style && style === levels.task) {
      const { title, rest } = splitTaskHeading(line.heading!.rest);
      task = { title, line: line.number, measures: [], refused: false, body: [] };
      if (rest) task.body.push({ number: line.number, text: rest });
      if (!title) issues.push({ line: line.number, message: importErrors.taskWithoutTitle(line.text) });
      if (levels.action === null) {
        if (actions.length === 0) actions.push({ title: WHOLE_LIST_ACTION, line: line.number, tasks: [] });
      } else if (actions.length === 0) {
        issues.push({ line: line.number, message: outsideAction(line, levels) });
      }
      actions.at(-1)?.tasks.push(task);
      tasks.push(task);
      continue;
    }
    if (!task) {
      issues.push({ line: line.number, message: importErrors.textOutsideTask(line.text) });
      continue;
    }
    task.body.push(line);
  }

  tasks.forEach((t, i) => {
    const before = issues.length;
    t.measures = splitMeasures(t.body, { measureStyle: levels.measure, isLastTask: i === tasks.length - 1 }, issues);
    t.refused = issues.length > before;
  });
  return actions;
}

function outsideAction(line: ListLine, levels: ListLevels): string {
  if (line.heading!.style === "TASK_LABEL") return importErrors.taskOutsideAction(String(line.heading!.numeral));
  return importErrors.headingOutsideParent(line.text, STYLE_LABELS[levels.action!]);
}
