// One worksheet from a header and rows, with readable column widths and a frozen header row;
// text that could read as a formula is kept as text (spreadsheet-text.ts).
import type ExcelJS from "exceljs";
import { spreadsheetValue } from "./spreadsheet-text.ts";

export function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: { header: string; width: number }[],
  rows: (string | number | null)[][],
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(spreadsheetValue));
  sheet.eachRow((row) => {
    row.alignment = { vertical: "top", wrapText: true };
  });
}
