// The header row of a list written as a table (序号 | 重点任务 | 具体措施 | 责任单位 | 完成时限):
// what each column holds, from the words bureaus head them with. A table row is a line whose
// cells are separated by tabs (how .docx tables are read, and how a table pasted from Word or
// Excel arrives in a .txt).
import type { NoticeLine } from "./notice-lines.ts";

export type ColumnKind = "NUMBER" | "ACTION" | "TASK" | "MEASURE" | "LEAD" | "UNITS" | "CO" | "DEADLINE" | "TARGET" | "OTHER";
export type TableColumns = { kinds: ColumnKind[]; names: string[] };

const OFFICE = "(?:单位|科室|处室|部门|股室)";
// First match wins: 任务内容 is a measure column, 目标任务 a target, 重点任务 a task.
const KINDS: [ColumnKind, RegExp][] = [
  ["NUMBER", /^(?:序号|编号|序)$/],
  ["LEAD", new RegExp(`^(?:牵头|主责)${OFFICE}?$`)],
  ["CO", new RegExp(`^(?:配合|协办|参与|协同|协助)${OFFICE}?$`)],
  ["UNITS", new RegExp(`^(?:牵头)?责任${OFFICE}$`)],
  ["DEADLINE", /^(?:完成时限|完成时间|完成期限|时间节点|时限|时限要求|时间安排|进度安排|推进时限|完成时间节点)$/],
  ["TARGET", /^(?:工作目标|目标|预期目标|预期成效|完成标准|目标要求|目标任务)$/],
  ["MEASURE", /措施|举措|内容|具体任务|工作要求|实施路径|推进步骤/],
  ["ACTION", /行动|领域|类别|板块|方面|分类/],
  ["TASK", /任务|事项|项目|重点工作|工作名称/],
];

/** A table row's cells: tab-separated, spaces normalised. */
export function rowCells(line: NoticeLine): string[] {
  return (line.raw ?? line.text).split("\t").map((cell) => cell.replace(/\s+/g, " ").trim());
}

export const isRow = (line: NoticeLine) => (line.raw ?? "").includes("\t");

/** A header cell as its kind: 责任单位（牵头单位列第一） → UNITS. */
function kindOf(cell: string): ColumnKind {
  const name = cell.replace(/[（(][^）)]*[）)]/g, "").replace(/\s+/g, "");
  return KINDS.find(([, re]) => re.test(name))?.[0] ?? "OTHER";
}

/** The columns, when `line` is a list table's header: it names a task or measure column and a unit column. */
export function readHeader(line: NoticeLine): TableColumns | null {
  if (!isRow(line)) return null;
  const names = rowCells(line);
  const kinds = names.map(kindOf);
  const hasWork = kinds.includes("TASK") || kinds.includes("MEASURE");
  const hasUnits = kinds.includes("UNITS") || kinds.includes("LEAD");
  if (!hasWork || !hasUnits) return null;
  return { kinds, names };
}

/** Index of the column of `kind`, or -1. */
export function columnOf(columns: TableColumns, kind: ColumnKind): number {
  return columns.kinds.indexOf(kind);
}
