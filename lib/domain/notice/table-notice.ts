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
import { readNumbering, STYLE_LABELS } from "./numbering.ts";
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
  while (start > 0 && !isRow(lines[start - 1]) && readNumbering(lines[start - 1].text) && !isFrontMatterMark(lines[start - 1].text))
    start--;
  return start;
}

/** Strips one leading number (1. / （一） / ①) from a cell. */
const withoutNumber = (cell: string) => readNumbering(cell)?.rest.trim() ?? cell;
const isChineseNumber = (cell: string) => /^[一二三四五六七八九十]+[、．.]?$/.test(cell);

/** The cell of `kind` in a row, "" when the table has no such column. */
function cellOf(cells: string[], columns: TableColumns, kind: ColumnKind): string {
  const i = columnOf(columns, kind);
  return i >= 0 ? (cells[i] ?? "") : "";
}

/** An action's title and how it is marked, when the row is an action's. */
function actionRow(cells: string[], columns: TableColumns, actionNumbers: boolean): { title: string; style: string } | null {
  const filled = [...new Set(cells.filter(Boolean))];
  const hasUnits = cellOf(cells, columns, "UNITS") || cellOf(cells, columns, "LEAD");
  // A row with one text across the table (一、实施……行动).
  if (filled.length === 1 && !hasUnits && /[\u4e00-\u9fff]/.test(filled[0]) && columns.kinds.length > 2) {
    const heading = readNumbering(filled[0]);
    return { title: stripEnd(withoutNumber(filled[0])), style: heading ? STYLE_LABELS[heading.style] : "表格中的通栏行" };
  }
  // When the 序号 column also numbers tasks in another style (（一）, 1): a row numbered 一 there
  // with a title and neither measure nor units.
  if (actionNumbers && isChineseNumber(cellOf(cells, columns, "NUMBER")) && !cellOf(cells, columns, "MEASURE") && !hasUnits) {
    const title = stripEnd(withoutNumber(cellOf(cells, columns, "TASK")) || cellOf(cells, columns, "ACTION"));
    return { title, style: `列“${columns.names[columnOf(columns, "NUMBER")]}”中的“一、”` };
  }
  return null;
}

/** The measure a row gives: its own column (or the task's words after its title), units, deadline. */
function rowMeasure(cells: string[], columns: TableColumns, taskWords: string) {
  const cell = columnOf(columns, "MEASURE") >= 0 ? withoutNumber(cellOf(cells, columns, "MEASURE")) : taskWords;
  const clause = findUnitClause(cell);
  const text = clause ? (cell.slice(0, clause.index) + cell.slice(clause.end)).trim() : cell;
  const listed = unitsInOrder(["LEAD", "UNITS", "CO"].flatMap((kind) => namesIn(cellOf(cells, columns, kind as ColumnKind))));
  return {
    text,
    units: listed.length > 0 ? listed : (clause?.units ?? []),
    deadline: [cellOf(cells, columns, "DEADLINE"), clause?.deadline].filter(Boolean).join("；") || null,
    target: cellOf(cells, columns, "TARGET") || null,
  };
}

export function readTableList(lines: NoticeLine[], issues: NoticeIssue[]): TableList {
  const actions: DraftAction[] = [];
  let columns: TableColumns | null = null;
  let actionNumbers = false;
  let actionStyle: string | null = null;
  let task: DraftTask | null = null;
  let taskKey = "";
  let actionCell = "";
  let last: { measure: DraftMeasure; text: string } | null = null;
  /** `style` is how the list marks its actions, null for the one action standing for a list without them. */
  const startAction = (title: string, line: number, style: string | null) => {
    actionStyle ??= style;
    actions.push({ title, line, tasks: [] });
    task = null;
    taskKey = "";
  };

  for (const [index, line] of lines.entries()) {
    const header = readHeader(line);
    if (header) {
      columns = header;
      actionNumbers = numbersActions(lines.slice(index + 1), header);
      continue;
    }
    if (!isRow(line) || !columns) {
      // Between tables: an action's heading, 续表, or the end matter.
      const heading = readNumbering(line.text);
      if (heading) startAction(stripEnd(heading.rest), line.number, STYLE_LABELS[heading.style]);
      else if (END_MATTER.test(line.text)) break;
      else if (!CONTINUED.test(line.text)) issues.push({ line: line.number, message: importErrors.textOutsideTask(line.text) });
      continue;
    }

    let cells = rowCells(line);
    while (cells.length > columns.kinds.length && cells.at(-1) === "") cells = cells.slice(0, -1);
    if (cells.length > columns.kinds.length) {
      issues.push({ line: line.number, message: importErrors.tableRowTooWide(cells.length, columns.kinds.length) });
      continue;
    }
    if (cells.join("\t") === columns.names.join("\t") || cells.every((c) => !c)) continue; // the header again on the next page
    const action = actionRow(cells, columns, actionNumbers);
    if (action) {
      startAction(action.title, line.number, action.style);
      continue;
    }
    const ownAction = cellOf(cells, columns, "ACTION");
    if (ownAction && ownAction !== actionCell) {
      actionCell = ownAction;
      startAction(stripEnd(withoutNumber(ownAction)), line.number, `列“${columns.names[columnOf(columns, "ACTION")]}”`);
    }

    // A new 序号 / 重点任务 opens a task; the same one repeated (a merged cell) or none continues it.
    const number = cellOf(cells, columns, "NUMBER");
    const taskCell = withoutNumber(cellOf(cells, columns, "TASK"));
    const heading = splitTaskHeading(taskCell || withoutNumber(cellOf(cells, columns, "MEASURE")));
    const key = `${number}\t${taskCell}`;
    if ((number || taskCell) && key !== taskKey) {
      if (actions.length === 0) startAction(WHOLE_LIST_ACTION, line.number, null);
      task = { title: heading.title, line: line.number, measures: [], refused: false };
      if (!heading.title) issues.push({ line: line.number, message: importErrors.taskWithoutTitle(cells.filter(Boolean).join(" ")) });
      actions.at(-1)!.tasks.push(task);
      taskKey = key;
      last = null;
    }
    if (!task) {
      issues.push({ line: line.number, message: importErrors.tableRowWithoutTask(cells.filter(Boolean).join(" ")) });
      continue;
    }

    const measure = rowMeasure(cells, columns, heading.rest || taskCell);
    if (!measure.text && measure.units.length === 0) continue; // a task's own row, its measures below
    // A measure cell merged over several rows: one measure, each row adding its units.
    if (last && measure.text === last.text) {
      last.measure.units = unitsInOrder([...last.measure.units, ...measure.units].map((u) => u.name));
      if (measure.deadline) last.measure.deadline = [last.measure.deadline, measure.deadline].filter(Boolean).join("；");
      continue;
    }
    const text = measure.text || task.title;
    if (measure.units.length === 0) {
      issues.push({ line: line.number, message: importErrors.measureWithoutUnit(text) });
      task.refused = true;
      continue;
    }
    const draft: DraftMeasure = { text, units: measure.units, line: line.number, deadline: measure.deadline, target: measure.target };
    task.measures.push(draft);
    last = { measure: draft, text: measure.text };
  }

  return { actions, layout: { action: actionStyle, task: columnName(columns, "TASK", "NUMBER"), measure: columnName(columns, "MEASURE") } };
}

/** 列“重点任务”: the first of `kinds` the table has, for the preview. */
function columnName(columns: TableColumns | null, ...kinds: ColumnKind[]): string | null {
  const index = kinds.map((kind) => (columns ? columnOf(columns, kind) : -1)).find((i) => i >= 0);
  return index === undefined ? null : `列“${columns!.names[index]}”`;
}

/** The 序号 column numbers both actions (一、) and tasks in another style ((一), 1) under this header. */
function numbersActions(rows: NoticeLine[], columns: TableColumns): boolean {
  const column = columnOf(columns, "NUMBER");
  if (column < 0) return false;
  const end = rows.findIndex((l) => readHeader(l) !== null);
  const numbers = (end < 0 ? rows : rows.slice(0, end))
    .filter(isRow)
    .map((l) => rowCells(l)[column] ?? "")
    .filter(Boolean);
  return numbers.some(isChineseNumber) && numbers.some((n) => !isChineseNumber(n));
}

/** Unit names in a cell: "A、B", or labelled "牵头单位：A；配合单位：B". */
function namesIn(text: string): string[] {
  if (!text) return [];
  const clause = findUnitClause(text);
  return clause && clause.index === 0 ? clause.units.map((u) => u.name) : splitUnitNames(text);
}
