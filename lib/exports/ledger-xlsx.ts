// The ledger (台账) as an Excel workbook a bureau files or prints: on every sheet a title row, the
// header row frozen below it and repeated on every printed page, thin borders, the 状态 cell filled
// in its colour (红/黄/蓝/已完成), A4 landscape fitted to the page width. Rows: ledger-rows.ts.
import ExcelJS from "exceljs";
import type { Colour } from "../domain/status/measure-status.ts";
import type { PlanStatus } from "../domain/status/plan-status.ts";
import { formatDate } from "../format.ts";
import { ledgerMessages as l } from "../messages/ledger.ts";
import { ledgerSheets, type LedgerGrouping, type LedgerSheet } from "./ledger-rows.ts";
import { spreadsheetValue } from "./spreadsheet-text.ts";

/** Column widths (characters) of 序号 … 原因, for A4 landscape at fit-to-width. */
const WIDTHS = [6, 22, 44, 22, 16, 24, 36, 9, 28, 28, 8, 30];
/** Light fills that keep black text readable in print; 未报送 stays white. */
export const LEDGER_FILLS: Partial<Record<Colour, string>> = { RED: "FFFFC7CE", YELLOW: "FFFFEB9C", BLUE: "FFBDD7EE", DONE: "FFC6EFCE" };
const STATUS_COLUMN = 11;
const THIN = { style: "thin" as const, color: { argb: "FF808080" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export async function ledgerXlsx(status: PlanStatus, planTitle: string, by: LedgerGrouping = "action"): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "督办";
  wb.title = l.title(planTitle, formatDate(status.asOf));
  const used = new Set<string>();
  for (const sheet of ledgerSheets(status, by)) addLedgerSheet(wb, uniqueName(sheet.name, used), `${wb.title} ${sheet.heading}`, sheet);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function addLedgerSheet(wb: ExcelJS.Workbook, name: string, title: string, sheet: LedgerSheet): void {
  const ws = wb.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: 2 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: "1:2",
    },
    headerFooter: { oddFooter: "第 &P 页，共 &N 页" },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));

  ws.mergeCells(1, 1, 1, WIDTHS.length);
  const titleCell = ws.getCell(1, 1);
  titleCell.value = spreadsheetValue(title);
  titleCell.font = { bold: true, size: 16 };
  titleCell.alignment = { horizontal: "center", vertical: "middle" };
  ws.getRow(1).height = 30;

  const header = ws.getRow(2);
  header.values = [...l.columns];
  header.font = { bold: true };
  header.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  header.eachCell((cell) => {
    cell.border = BORDER;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
  });

  for (const row of sheet.rows) {
    const added = ws.addRow(row.cells.map(spreadsheetValue));
    added.alignment = { vertical: "top", wrapText: true };
    for (let c = 1; c <= WIDTHS.length; c++) added.getCell(c).border = BORDER;
    added.getCell(1).alignment = { vertical: "top", horizontal: "center" };
    const fill = LEDGER_FILLS[row.colour];
    const state = added.getCell(STATUS_COLUMN);
    state.alignment = { vertical: "top", horizontal: "center" };
    if (fill) state.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
  }
}

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate); n++) candidate = `${name.slice(0, 28)}(${n})`;
  used.add(candidate);
  return candidate;
}
