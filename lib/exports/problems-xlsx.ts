// The problem ledger (问题台账) as Excel, in the layout the bureaus use:
// 序号、问题描述、责任单位、责任人、完成时限、整改措施、状态.
import ExcelJS from "exceljs";
import type { ProblemListRow } from "../data/problems/list-problems.ts";
import { formatDate } from "../format.ts";
import { problemMessages as m } from "../messages/problems.ts";
import { addSheet } from "./xlsx-sheet.ts";

const WIDTHS = [6, 48, 18, 10, 22, 40, 16];

export function problemStateText(row: Pick<ProblemListRow, "state" | "published" | "overdueDays">): string {
  if (!row.published) return m.states.DRAFT;
  const state = m.states[row.state];
  return row.overdueDays > 0 ? `${state}（${m.overdue(row.overdueDays)}）` : state;
}

export async function problemsXlsx(rows: ProblemListRow[], title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "督办";
  wb.title = title;
  addSheet(
    wb,
    m.export.sheet,
    m.export.columns.map((header, i) => ({ header, width: WIDTHS[i] })),
    rows.map((p, i) => [
      i + 1,
      p.description,
      p.unit.name,
      p.responsiblePerson,
      p.dueOn === p.originalDueOn ? formatDate(p.dueOn) : `${formatDate(p.dueOn)}${m.export.extended(formatDate(p.originalDueOn))}`,
      p.remedy,
      problemStateText(p),
    ]),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
