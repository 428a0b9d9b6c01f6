// The ledger (台账) as Excel: every measure with its units, indicators and latest figures,
// colour and reasons, as of a date. 完成时限 is the due date in force then (an approved extension
// moves it); the notice's own comes last, as 原定完成时限 (added after the other columns, so that
// readers of the earlier layout find every column where it was).
import ExcelJS from "exceljs";
import type { PlanStatus } from "../domain/status/plan-status.ts";
import { formatTarget } from "../format.ts";
import { statusMessages as s } from "../messages/status.ts";
import { addSheet } from "./xlsx-sheet.ts";

export async function ledgerXlsx(status: PlanStatus, title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "督办";
  wb.title = title;
  addSheet(
    wb,
    `台账（截至${status.asOf}）`,
    [
      { header: "序号", width: 6 }, { header: "行动", width: 8 }, { header: "任务", width: 8 }, { header: "措施", width: 8 },
      { header: "任务名称", width: 24 }, { header: "牵头单位", width: 18 }, { header: "配合单位", width: 24 }, { header: "完成时限", width: 12 },
      { header: "量化指标（目标）", width: 36 }, { header: "最新数值", width: 28 }, { header: "实际进度(%)", width: 12 }, { header: "序时进度(%)", width: 12 },
      { header: "状态", width: 10 }, { header: "原因", width: 48 }, { header: "原定完成时限", width: 12 },
    ],
    status.measures.map((m, i) => [
      i + 1,
      m.task.action.number,
      m.task.number,
      m.number,
      m.task.title,
      m.units.find((u) => u.role === "LEAD")?.unit.name ?? "",
      m.units.filter((u) => u.role === "CO").map((u) => u.unit.name).join("、"),
      m.dueDate,
      m.indicators.map((x) => `${x.label} ${formatTarget({ ...x, low: null, high: null })}`).join("；"),
      m.indicators.map((x) => `${x.label} ${m.actuals.get(x.id) ?? "—"}`).join("；"),
      m.status.actual,
      m.status.expected,
      s.colours[m.status.colour],
      m.status.reasons.join("；"),
      m.originalDueDate,
    ]),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
