// The ledger (台账) export in the bureau's layout, read back with exceljs: a title row, the header
// frozen and repeated on printed pages, borders, the 状态 cell filled in its colour, A4 landscape
// fitted to the width, one sheet per action or per unit, the bureau's columns, and text that starts
// like a formula kept as text.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { GET as getLedger } from "@/app/exports/ledger/route.ts";
import { reportInputSchema } from "@/lib/data/reports/report-input.ts";
import { approveReports } from "@/lib/data/reports/review-reports.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import { ledgerFile } from "@/lib/data/status/ledger-file.ts";
import { LEDGER_FILLS } from "@/lib/exports/ledger-xlsx.ts";
import { createTestDb, useAsAppDb, type TestDb } from "../helpers/test-db.ts";
import { createViewer, measureByNumbers, planOf, seedPlan } from "../helpers/factories.ts";

const COLUMNS = [
  "序号",
  "任务",
  "措施内容",
  "责任单位（牵头/配合）",
  "完成时限",
  "目标",
  "进展情况",
  "完成进度",
  "存在问题",
  "下步计划",
  "状态",
  "原因",
];

let db: TestDb;
let planId: number;
let coordinator: Viewer;
let leader: Viewer;

async function load(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}

/** The data row of task T measure M on a sheet (column 2 starts with 任务T（措施M）). */
function rowOf(sheet: ExcelJS.Worksheet, task: number, measure: number): ExcelJS.Row {
  for (let r = 3; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (String(row.getCell(2).value).startsWith(`任务${task}（措施${measure}）`)) return row;
  }
  throw new Error(`no row for ${task}.${measure} on ${sheet.name}`);
}

/** The lead unit files March to May (or the first `months`) on their due days; the last is approved. */
async function fileAndApprove(
  task: number,
  number: number,
  percent: number,
  texts: { progress: string; problems?: string; nextSteps?: string },
  months = 3,
) {
  const measure = await measureByNumbers(db.prisma, planId, task, number);
  const reporter = await createViewer(db.prisma, "REPORTER", measure.unitIds[0]);
  const periods = await db.prisma.reportingPeriod.findMany({
    where: { planId, kind: "MONTHLY" },
    orderBy: { startsOn: "asc" },
    take: months,
  });
  let last = 0;
  for (const period of periods) {
    process.env.DUBAN_TODAY = period.dueOn.toISOString().slice(0, 10);
    const saved = await saveReport(
      reporter,
      reportInputSchema.parse({
        measureId: measure.id,
        periodId: period.id,
        percent,
        ...texts,
        qualityExplanation: "按实际填报",
        submit: true,
      }),
    );
    last = saved.id;
  }
  await approveReports(coordinator, [last]);
}

beforeAll(async () => {
  db = await createTestDb();
  useAsAppDb(db);
  planId = await seedPlan(db.prisma);
  coordinator = await createViewer(db.prisma, "COORDINATOR");
  leader = await createViewer(db.prisma, "LEADER");
  // 9.1 on track with formula-like texts; 1.1 done; the rest have reports overdue (red or yellow).
  await fileAndApprove(9, 1, 60, { progress: '=HYPERLINK("http://x","点我")', problems: "+1 用地手续慢", nextSteps: "@SUM(A1)" });
  await fileAndApprove(1, 1, 100, { progress: "已全面完成", problems: "-" });
  // A measure of one unit that filed March and April but not May: 5 days overdue on 6-10, yellow.
  const single = await db.prisma.measure.findFirstOrThrow({
    where: { planId, task: { number: { gt: 9 } }, units: { every: { role: "LEAD" } } },
    orderBy: { id: "asc" },
    select: { number: true, task: { select: { number: true } } },
  });
  await fileAndApprove(single.task.number, single.number, 60, { progress: "推进中" }, 2);
  process.env.DUBAN_TODAY = "2023-06-20";
});
afterAll(async () => {
  delete process.env.DUBAN_TODAY;
  await db?.drop();
});

describe("the ledger export", () => {
  let byAction: ExcelJS.Workbook;

  it("has one sheet per action, each with a title row, the bureau's columns, frozen and printed header rows", async () => {
    byAction = await load((await ledgerFile(leader, await planOf(leader, planId), "2023-06-10", "action")).body);
    expect(byAction.worksheets.map((w) => w.name)).toEqual(["行动1", "行动2", "行动3", "行动4", "行动5", "行动6", "行动7"]);
    const total = byAction.worksheets.reduce((n, w) => n + w.rowCount - 2, 0);
    expect(total).toBe(38);
    for (const sheet of byAction.worksheets) {
      expect(String(sheet.getCell("A1").value)).toMatch(/重点任务台账（截至2023年6月10日）/);
      expect(sheet.getCell("A1").isMerged).toBe(true);
      expect(sheet.getCell("L1").isMerged).toBe(true);
      expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(COLUMNS);
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: "1:2",
      });
      // Every cell of the table has its four borders.
      for (let r = 2; r <= sheet.rowCount; r++) {
        for (let c = 1; c <= COLUMNS.length; c++)
          expect(Object.keys(sheet.getRow(r).getCell(c).border ?? {}).sort(), `${sheet.name} R${r}C${c}`).toEqual([
            "bottom",
            "left",
            "right",
            "top",
          ]);
      }
    }
  });

  it("fills the 状态 cell in the measure's colour and says the colour in words", async () => {
    const seen = new Set<string>();
    for (const sheet of byAction.worksheets) {
      for (let r = 3; r <= sheet.rowCount; r++) {
        const cell = sheet.getRow(r).getCell(11);
        const word = String(cell.value);
        const colour = ({ 红: "RED", 黄: "YELLOW", 蓝: "BLUE", 已完成: "DONE" } as const)[word as "红"];
        expect(colour, `${sheet.name} R${r}: ${word}`).toBeDefined();
        expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(LEDGER_FILLS[colour]);
        seen.add(word);
      }
    }
    expect([...seen].sort()).toEqual(["已完成", "红", "蓝", "黄"].sort());
    const sheet = byAction.worksheets[0];
    expect(rowOf(sheet, 1, 1).getCell(11).value).toBe("已完成");
    expect(rowOf(sheet, 1, 1).getCell(8).value).toBe("100%");
  });

  it("fills each column from the measure and its lead unit's latest approved report", async () => {
    const row = rowOf(byAction.getWorksheet("行动3")!, 9, 1);
    const [, index, task, text, units, due, target, progress, percent, problems, nextSteps, state] = row.values as unknown[];
    expect(index).toBe(1 + (await db.prisma.measure.count({ where: { planId, task: { number: { lt: 9 }, action: { number: 3 } } } })));
    expect(task).toMatch(/^任务9（措施1）\n/);
    expect(String(text).length).toBeGreaterThan(20);
    expect(units).toMatch(/^牵头：/);
    expect(due).toMatch(/^2023年\d+月\d+日$/);
    expect(target).toEqual(expect.any(String));
    // Text that begins with = + - @ stays text once saved as CSV: a leading apostrophe.
    expect([progress, problems, nextSteps]).toEqual(['\'=HYPERLINK("http://x","点我")', "'+1 用地手续慢", "'@SUM(A1)"]);
    expect(percent).toBe("60%");
    expect(state).toBe("蓝");
    expect(rowOf(byAction.worksheets[0], 1, 1).getCell(9).value).toBe("'-");
  });

  it("has one sheet per unit with the measures it leads or co-owns, by=unit on the route", async () => {
    const units = await db.prisma.unit.findMany({ select: { id: true, name: true } });
    const links = await db.prisma.measureUnit.groupBy({ by: ["unitId"], where: { measure: { planId } }, _count: { _all: true } });
    process.env.DUBAN_TODAY = "2023-06-20";
    // The route refuses any other grouping before anything else; the layout is read through the data function.
    expect((await getLedger(new Request("http://localhost/exports/ledger?by=task"))).status).toBe(400);
    const wb = await load((await ledgerFile(leader, await planOf(leader, planId), "2023-06-10", "unit")).body);
    expect(wb.worksheets.length).toBe(13);
    for (const link of links) {
      const name = units.find((u) => u.id === link.unitId)!.name;
      const sheet = wb.getWorksheet(name.slice(0, 31))!;
      expect(sheet.rowCount - 2, name).toBe(link._count._all);
      expect(String(sheet.getCell("A1").value)).toContain(name);
      for (let r = 3; r <= sheet.rowCount; r++) expect(String(sheet.getRow(r).getCell(4).value)).toContain(name);
    }
  });
});
