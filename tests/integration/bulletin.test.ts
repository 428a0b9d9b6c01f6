// Monthly bulletins: issued at the cut-off as a frozen snapshot that later approvals never change,
// once per month, by bureau staff only; their Word and Excel exports read back.
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { getBulletin } from "@/lib/data/bulletins/get-bulletin.ts";
import { bulletinFile } from "@/lib/data/bulletins/bulletin-file.ts";
import { issueBulletin } from "@/lib/data/bulletins/issue-bulletin.ts";
import { reportInputSchema } from "@/lib/data/reports/report-input.ts";
import { approveReports } from "@/lib/data/reports/review-reports.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import { getPlanStatus } from "@/lib/data/status/get-plan-status.ts";
import { createTestDb, useAsAppDb, type TestDb } from "../helpers/test-db.ts";
import { createViewer, measureByNumbers, seedPlan, planOf } from "../helpers/factories.ts";

let db: TestDb;
let planId: number;
let coordinator: Viewer;
let leader: Viewer;
let reporter: Viewer;
let measure: { id: number; unitIds: number[] };
let periods: { id: number; label: string }[];

async function fileAndApprove(periodIndex: number, percent: number, on: string) {
  process.env.DUBAN_TODAY = on;
  const saved = await saveReport(
    reporter,
    reportInputSchema.parse({
      measureId: measure.id,
      periodId: periods[periodIndex].id,
      percent,
      progress: "推进中",
      problems: "用地手续慢",
      submit: true,
    }),
  );
  await approveReports(coordinator, [saved.id]);
}

beforeAll(async () => {
  db = await createTestDb();
  useAsAppDb(db);
  planId = await seedPlan(db.prisma);
  measure = await measureByNumbers(db.prisma, planId, 9, 1);
  coordinator = await createViewer(db.prisma, "COORDINATOR");
  leader = await createViewer(db.prisma, "LEADER");
  reporter = await createViewer(db.prisma, "REPORTER", measure.unitIds[0]);
  periods = await db.prisma.reportingPeriod.findMany({
    where: { planId },
    orderBy: { startsOn: "asc" },
    select: { id: true, label: true },
  });
});
afterAll(async () => {
  delete process.env.DUBAN_TODAY;
  await db?.drop();
});

describe("monthly bulletin", () => {
  let bulletinId: number;

  it("cannot be issued before the month's cut-off", async () => {
    process.env.DUBAN_TODAY = "2023-06-05"; // May's reports are due on 5 June
    await expect(issueBulletin(coordinator, periods[2].id)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("截止后才能印发"),
    });
  });

  it("only bureau staff issue it", async () => {
    process.env.DUBAN_TODAY = "2023-06-08";
    for (const who of [leader, reporter]) await expect(issueBulletin(who, periods[2].id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.prisma.bulletin.count()).toBe(0);
  });

  it("freezes the status as of the cut-off, and later approvals do not change it", async () => {
    await fileAndApprove(0, 10, "2023-04-03");
    process.env.DUBAN_TODAY = "2023-06-08";
    bulletinId = (await issueBulletin(coordinator, periods[2].id)).id;
    const issued = await getBulletin(leader, bulletinId);
    const row = issued!.snapshot.measures.find((m) => m.task === 9 && m.number === 1)!;
    expect(issued!.snapshot).toMatchObject({ periodLabel: "2023年5月", asOf: "2023-06-05" });
    expect(row).toMatchObject({ actual: 10, problems: "用地手续慢" });
    const before = JSON.stringify(issued!.snapshot);

    await fileAndApprove(1, 40, "2023-06-09");
    await fileAndApprove(2, 45, "2023-06-10");
    process.env.DUBAN_TODAY = "2023-06-12";
    const live = (await getPlanStatus(leader, await planOf(leader, planId), "2023-06-12")).measures.find((m) => m.id === measure.id)!;
    expect(live.status.actual).toBe(45);
    expect(JSON.stringify((await getBulletin(leader, bulletinId))!.snapshot)).toBe(before);
  });

  it("is issued once per month", async () => {
    await expect(issueBulletin(coordinator, periods[2].id)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "2023年5月的通报已经印发，不能重复印发。",
    });
    expect(await db.prisma.bulletin.count()).toBe(1);
    expect(await db.prisma.auditEvent.count({ where: { action: "bulletin.issue" } })).toBe(1);
  });

  it("exports as Word and Excel that read back with the snapshot's rows", async () => {
    const snapshot = (await getBulletin(leader, bulletinId))!.snapshot;
    const docx = (await bulletinFile(leader, bulletinId, "docx"))!;
    expect(docx.name).toBe("2023年5月重点任务推进情况通报.docx");
    expect(docx.asciiName).toBe("bulletin-2023-05.docx");
    const text = (await mammoth.extractRawText({ buffer: docx.body })).value;
    expect(text).toContain("2023年5月重点任务推进情况通报");
    for (const unit of snapshot.units) expect(text).toContain(unit.name);

    const xlsx = (await bulletinFile(leader, bulletinId, "xlsx"))!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    // Bulletins issued since extensions exist also list the month's (none here) on a sheet of their own.
    expect(wb.worksheets.map((w) => w.name)).toEqual(["总体情况", "各行动", "红色、黄色事项", "全部措施", "各单位报送情况", "批准延期"]);
    expect(wb.getWorksheet("批准延期")!.rowCount).toBe(1);
    expect(wb.getWorksheet("全部措施")!.rowCount).toBe(1 + 38);
    expect(wb.getWorksheet("各单位报送情况")!.rowCount).toBe(1 + 13);
    const reds = snapshot.measures.filter((m) => m.colour === "RED" || m.colour === "YELLOW").length;
    expect(wb.getWorksheet("红色、黄色事项")!.rowCount).toBe(1 + reds);
  });
});
