// A list written as a table: one row per measure, a task spanning several rows by merged cells
// (read as the same 序号 / 重点任务 repeated, or left empty), the unit columns giving the units
// (牵头 before 配合; the first leads) and the 完成时限 column feeding the deadline rules.
// Actions are numbered headings between the tables, rows with a single cell across the table
// (一、实施……行动), or a column of their own (重点领域); a table without them is one action.
import { importErrors } from "../../messages/import-errors.ts";
import { isFrontMatterMark } from "./notice-header.ts";
import type { NoticeIssue } from "./notice-issues.ts";
import type { NoticeLine } from "./notice-lines.ts";
import { stripEnd, WHOLE_LIST_ACTION, type DraftAction, type DraftMeasure, type DraftTask } from "./notice-draft.ts";
import { readNumbering, STYLE_LABELS, type NumberingStyle } from "./numbering.ts";
import { columnOf, isRow, readHeader, rowCells, type ColumnKind, type TableColumns } from "./table-columns.ts";
import { splitTaskHeading } from "./text-list.ts";
import { findUnitClause, splitUnitNames, unitsInOrder } from "./unit-clause.ts";

const CONTINUED = /^[（(]?续(?:表|上表)?[）)]?$/;
const END_MATTER = /^(?:抄送|抄报|主题词|联系人|联系电话|（此件|此件|注\s*[：:]|备注\s*[：:])|印发$/;

export type TableList = { actions: DraftAction[]; layout: { action: string | null; task: string | null; measure: string | null } };

/** Index of the first line of a table list: its header row, or the headings right above it. */
export function findTableStart(lines: NoticeLine[]): number | null {
  const header = lines.findIndex((l) => readHeader(l) !== null);
  if (header < 0) return null;
  let start = header;
  while (start > 0 && !isRow(lines[start - 1]) && readNumbering(lines[start - 1].text) && !isFrontMatterMark(lines[start - 1].text)) start--;
  return start;
}

/** Strips one leading number (1. / （一） / ①) from a cell. */
const withoutNumber = (cell: string) => readNumbering(cell)?.rest.trim() ?? cell;

export function readTableList(lines: NoticeLine[], issues: NoticeIssue[]): TableList {
  const actions: DraftAction[] = [];
  let columns: TableColumns | null = null;
  let actionNumbers = false;
  let actionStyle: string | null = null;
  let task: DraftTask | null = null;
  let taskKey = "";
  let actionCell = "";
  let last: { measure: DraftMeasure; text: string } | null = null;
  const cell = (cells: string[], kind: ColumnKind) => {
    const i = columns ? columnOf(columns, kind) : -1;
    return i >= 0 ? (cells[i] ?? "") : "";
  };
  const startAction = (title: string, line: number) => {
    actions.push({ title, line, tasks: [] });
    task = null;
    taskKey = "";
  };

  for (const line of lines) {
    const header = readHeader(line);
    if (header) {
      columns = header;
      actionNumbers = numbersActions(lines.slice(lines.indexOf(line) + 1), header);
      continue;
    }
    if (!isRow(line) || !columns) {
      const heading = readNumbering(line.text);
      if (heading) {
        actionStyle ??= STYLE_LABELS[heading.style as NumberingStyle];
        startAction(stripEnd(heading.rest), line.number);
      } else if (END_MATTER.test(line.text)) break;
      else if (!CONTINUED.test(line.text)) issues.push({ line: line.number, message: importErrors.textOutsideTask(line.text) });
      continue;
    }

    let cells = rowCells(line);
    while (cells.length > columns.kinds.length && cells.at(-1) === "") cells = cells.slice(0, -1);
    if (cells.length > columns.kinds.length) {
      issues.push({ line: line.number, message: importErrors.tableRowTooWide(cells.length, columns.kinds.length) });
      continue;
    }
    if (cells.join("\t") === columns.names.join("\t")) continue; // the header repeated on the next page
    const filled = [...new Set(cells.filter(Boolean))];
    if (filled.length === 0) continue;
    // A row with one text across the table (一、实施……行动): an action.
    if (filled.length === 1 && !cell(cells, "UNITS") && !cell(cells, "LEAD") && /[\u4e00-\u9fff]/.test(filled[0]) && columns.kinds.length > 2) {
      const heading = readNumbering(filled[0]);
      actionStyle ??= heading ? STYLE_LABELS[heading.style] : "表格中的通栏行";
      startAction(stripEnd(withoutNumber(filled[0])), line.number);
      continue;
    }
    // …or, when the 序号 column also numbers tasks in another style (（一）, 1), a row numbered 一 there
    // with a title and neither measure nor units.
    if (actionNumbers && isChineseNumber(cell(cells, "NUMBER")) && !cell(cells, "MEASURE") && !cell(cells, "UNITS") && !cell(cells, "LEAD")) {
      actionStyle ??= `列“${columns.names[columnOf(columns, "NUMBER")]}”中的“一、”`;
      startAction(stripEnd(withoutNumber(cell(cells, "TASK")) || cell(cells, "ACTION")), line.number);
      continue;
    }
    const ownAction = cell(cells, "ACTION");
    if (ownAction && ownAction !== actionCell) {
      actionCell = ownAction;
      actionStyle ??= `列“${columns.names[columnOf(columns, "ACTION")]}”`;
      startAction(stripEnd(withoutNumber(ownAction)), line.number);
    }

    const number = cell(cells, "NUMBER");
    const taskCell = withoutNumber(cell(cells, "TASK"));
    const key = `${number}\t${taskCell}`;
    const heading = splitTaskHeading(taskCell || withoutNumber(cell(cells, "MEASURE")));
    if ((number || taskCell) && key !== taskKey) {
      if (actions.length === 0) startAction(WHOLE_LIST_ACTION, line.number);
      task = { title: heading.title, line: line.number, measures: [], refused: false };
      if (!heading.title) issues.push({ line: line.number, message: importErrors.taskWithoutTitle(filled.join(" ")) });
      actions.at(-1)!.tasks.push(task);
      taskKey = key;
      last = null;
    }
    if (!task) {
      issues.push({ line: line.number, message: importErrors.tableRowWithoutTask(filled.join(" ")) });
      continue;
    }

    // The measure: its own column, or (a table of tasks only) the task's words after its title.
    const measureCell = columnOf(columns, "MEASURE") >= 0 ? withoutNumber(cell(cells, "MEASURE")) : heading.rest || taskCell;
    const clause = findUnitClause(measureCell);
    const text = clause ? (measureCell.slice(0, clause.index) + measureCell.slice(clause.end)).trim() : measureCell;
    const units = unitsInOrder([...namesIn(cell(cells, "LEAD")), ...namesIn(cell(cells, "UNITS")), ...namesIn(cell(cells, "CO"))]);
    const deadline = [cell(cells, "DEADLINE"), clause?.deadline].filter(Boolean).join("；") || null;
    if (!text && units.length === 0) continue; // a task's own row, its measures below
    const owners = units.length > 0 ? units : (clause?.units ?? []);
    // A measure cell merged over several rows: one measure, each row adding its units.
    if (last && text === last.text) {
      last.measure.units = unitsInOrder([...last.measure.units, ...owners].map((u) => u.name));
      if (deadline) last.measure.deadline = [last.measure.deadline, deadline].filter(Boolean).join("；");
      continue;
    }
    const measureText = text || task.title;
    if (owners.length === 0) {
      issues.push({ line: line.number, message: importErrors.measureWithoutUnit(measureText) });
      task.refused = true;
      continue;
    }
    const measure: DraftMeasure = { text: measureText, units: owners, line: line.number, deadline, target: cell(cells, "TARGET") || null };
    task.measures.push(measure);
    last = { measure, text };
  }

  return { actions, layout: { action: actionStyle, task: columnName(columns, "TASK", "NUMBER"), measure: columnName(columns, "MEASURE") } };
}

/** 列“重点任务”: the first of `kinds` the table has, for the preview. */
function columnName(columns: TableColumns | null, ...kinds: ColumnKind[]): string | null {
  const index = kinds.map((kind) => (columns ? columnOf(columns, kind) : -1)).find((i) => i >= 0);
  return index === undefined ? null : `列“${columns!.names[index]}”`;
}

const isChineseNumber = (cell: string) => /^[一二三四五六七八九十]+[、．.]?$/.test(cell);

/** The 序号 column numbers both actions (一、) and tasks in another style ((一), 1) under this header. */
function numbersActions(rows: NoticeLine[], columns: TableColumns): boolean {
  const column = columnOf(columns, "NUMBER");
  if (column < 0) return false;
  const end = rows.findIndex((l) => readHeader(l) !== null);
  const numbers = (end < 0 ? rows : rows.slice(0, end)).filter(isRow).map((l) => rowCells(l)[column] ?? "").filter(Boolean);
  return numbers.some(isChineseNumber) && numbers.some((n) => !isChineseNumber(n));
}

/** Unit names in a cell: "A、B", or labelled "牵头单位：A；配合单位：B". */
function namesIn(text: string): string[] {
  if (!text) return [];
  const clause = findUnitClause(text);
  return clause && clause.index === 0 ? clause.units.map((u) => u.name) : splitUnitNames(text);
}
