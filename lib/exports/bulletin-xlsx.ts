// The bulletin as an Excel workbook, one sheet per view, from the frozen snapshot only.
import ExcelJS from "exceljs";
import type { BulletinSnapshot } from "../domain/bulletin/bulletin-snapshot.ts";
import { gapWords } from "../domain/status/gap-words.ts";
import { COLOURS } from "../domain/status/measure-status.ts";
import { bulletinMessages as m } from "../messages/bulletins.ts";
import { extensionMessages as e } from "../messages/extensions.ts";
import { qualityMessages } from "../messages/quality.ts";
import { statusMessages as s } from "../messages/status.ts";

const q = qualityMessages.bulletin;
import { addSheet } from "./xlsx-sheet.ts";

export async function bulletinXlsx(snapshot: BulletinSnapshot): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "督办";
  addSheet(
    wb,
    m.sections.summary,
    [
      { header: "项目", width: 18 },
      { header: "数值", width: 16 },
    ],
    [
      ["通报", m.heading(snapshot.periodLabel)],
      [m.asOf, snapshot.asOf],
      ["加权进度", snapshot.progress],
      ...COLOURS.map((c) => [s.colours[c], snapshot.counts[c]]),
    ],
  );
  addSheet(
    wb,
    "各行动",
    [
      { header: "行动", width: 8 },
      { header: "名称", width: 36 },
      { header: "状态", width: 10 },
      { header: "进度", width: 10 },
    ],
    snapshot.actions.map((a) => [a.number, a.title, s.colours[a.colour], a.progress]),
  );
  // Bulletins issued since the figures say what they cover (`coverage`) give the gap in words
  // (滞后/超前 N 个百分点, never a negative 差距); older ones export exactly as issued.
  const inWords = snapshot.coverage !== undefined;
  const measureColumns = [
    { header: "任务", width: 8 },
    { header: "措施", width: 8 },
    { header: "任务名称", width: 24 },
    { header: "牵头单位", width: 18 },
    { header: "责任单位", width: 28 },
    { header: "状态", width: 10 },
    { header: "序时进度", width: 10 },
    { header: "实际进度", width: 10 },
    inWords ? { header: "与序时进度相比", width: 24 } : { header: "差距", width: 8 },
    { header: "原因", width: 48 },
    { header: "存在问题", width: 36 },
    { header: "下步计划", width: 36 },
  ];
  const measureRow = (x: BulletinSnapshot["measures"][number]) => [
    x.task,
    x.number,
    x.taskTitle,
    x.leadUnit,
    x.units.join("、"),
    s.colours[x.colour],
    x.expected,
    x.actual,
    inWords ? (x.gap === null ? "" : gapWords(x.gap)) : x.gap,
    x.reasons.join("；"),
    x.problems,
    x.nextSteps,
  ];
  addSheet(
    wb,
    m.sections.items,
    measureColumns,
    snapshot.measures.filter((x) => x.colour === "RED" || x.colour === "YELLOW").map(measureRow),
  );
  addSheet(wb, m.sections.measures, measureColumns, snapshot.measures.map(measureRow));
  addSheet(
    wb,
    m.sections.units,
    [
      { header: "责任单位", width: 24 },
      { header: "应报", width: 8 },
      { header: "按时报送", width: 10 },
      { header: "按时报送率(%)", width: 14 },
      { header: "红色事项", width: 10 },
      { header: "逾期未报", width: 10 },
    ],
    snapshot.units.map((u) => [u.name, u.due, u.onTime, u.onTimeRate, u.red, u.overdue]),
  );
  // Bulletins issued before extensions existed have no such list, and no such sheet.
  if (snapshot.extensions !== undefined) {
    addSheet(
      wb,
      e.bulletin.sheet,
      [
        { header: e.bulletin.headers[0], width: 48 },
        { header: e.bulletin.headers[1], width: 20 },
        { header: e.bulletin.headers[2], width: 14 },
        { header: e.bulletin.headers[3], width: 14 },
        { header: e.bulletin.headers[4], width: 14 },
      ],
      snapshot.extensions.map((x) => [e.bulletin.item(x), x.unit, x.originalDueOn, x.dueOn, x.approvedOn]),
    );
  }
  // Only when the coordinator included the month's data-quality warnings.
  if (snapshot.quality !== undefined) {
    addSheet(
      wb,
      q.sheet,
      [
        { header: q.headers[0], width: 20 },
        { header: q.headers[1], width: 28 },
        { header: q.headers[2], width: 12 },
        { header: q.headers[3], width: 60 },
        { header: q.headers[4], width: 40 },
      ],
      snapshot.quality.map((x) => [
        x.unit,
        q.item(x.task, x.number, x.periodLabel),
        q.states[x.state],
        x.warnings.join("；"),
        x.explanation ?? "",
      ]),
    );
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
