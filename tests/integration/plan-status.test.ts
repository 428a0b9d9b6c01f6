// Colours from the database: approvals move a measure from red to blue, and an as-of date shows
// what was known then.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { reportInputSchema } from "@/lib/data/reports/report-input.ts";
import { approveReports } from "@/lib/data/reports/review-reports.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import { getPlanStatus } from "@/lib/data/status/get-plan-status.ts";
import { liftStatusOverride, setStatusOverride } from "@/lib/data/status/status-override.ts";
import { createTestDb, useAsAppDb, type TestDb } from "../helpers/test-db.ts";
import { createViewer, measureByNumbers, seedPlan, planOf } from "../helpers/factories.ts";

let db: TestDb;
let planId: number;
let measure: { id: number; unitIds: number[]; indicatorIds: number[] }; // task 9 measure 1, 发展规划科 alone
let reporter: Viewer;
let coordinator: Viewer;
let leader: Viewer;
let periods: { id: number; label: string }[];

async function fileAndApprove(periodIndex: number, percent: number, on: string, actual?: number) {
  process.env.DUBAN_TODAY = on;
  const input = reportInputSchema.parse({
    measureId: measure.id,
    periodId: periods[periodIndex].id,
    percent,
    progress: `${periods[periodIndex].label}进展`,
    nextSteps: "加快施工",
    actuals: actual === undefined ? [] : [{ indicatorId: measure.indicatorIds[0], value: actual }],
    submit: true,
  });
  const saved = await saveReport(reporter, input);
  await approveReports(coordinator, [saved.id]);
}

beforeAll(async () => {
  db = await createTestDb();
  useAsAppDb(db);
  planId = await seedPlan(db.prisma);
  measure = await measureByNumbers(db.prisma, planId, 9, 1);
  reporter = await createViewer(db.prisma, "REPORTER", measure.unitIds[0]);
  coordinator = await createViewer(db.prisma, "COORDINATOR");
  leader = await createViewer(db.prisma, "LEADER");
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

const find = (s: Awaited<ReturnType<typeof getPlanStatus>>) => s.measures.find((m) => m.id === measure.id)!;

describe("plan status", () => {
  it("before any report is due, everything is 未报送 and the plan too", async () => {
    const s = await getPlanStatus(leader, await planOf(leader, planId), "2023-04-01");
    expect(s.measures).toHaveLength(38);
    expect(s.measures.every((m) => m.status.colour === "NOT_REPORTED")).toBe(true);
    expect(s.plan).toMatchObject({ colour: "NOT_REPORTED", progress: null, notReported: 7 });
  });

  it("two missed monthly reports make a measure red, with the reasons in words", async () => {
    const s = await getPlanStatus(leader, await planOf(leader, planId), "2023-06-03");
    const m = find(s);
    expect(m.status.colour).toBe("RED");
    expect(m.status.reasons).toContain("发展规划科3月进展逾期未报 59 天");
    expect(m.status.reasons).toContain("已有 2 期未报送");
  });

  it("approved reports move it from red to blue; as of earlier dates only what was approved by then counts", async () => {
    await fileAndApprove(0, 10, "2023-04-03", 4);
    await fileAndApprove(1, 25, "2023-05-04", 8);
    const june = find(await getPlanStatus(leader, await planOf(leader, planId), "2023-06-03"));
    // Expected progress on 3 June of a measure running 30 Mar – 31 Dec is 23.6 %; the 28-school
    // indicator at 8 (28.6 %) does not cap the reported 25 %.
    expect(june.status).toMatchObject({ colour: "BLUE", actual: 25, expected: 23.6 });
    const april = find(await getPlanStatus(leader, await planOf(leader, planId), "2023-04-02"));
    expect(april.status.colour).toBe("NOT_REPORTED");
    // On 2 May only March's 10 % (approved 3 April) was known.
    const mid = find(await getPlanStatus(leader, await planOf(leader, planId), "2023-05-02"));
    expect(mid.status.actual).toBe(10);
  });

  it("the task, action and unit roll up from the measure", async () => {
    const s = await getPlanStatus(leader, await planOf(leader, planId), "2023-06-03");
    const task9 = s.tasks.find((t) => t.number === 9)!;
    // Measure 2 of task 9 (人事科) has never reported and is red: the task takes the worst colour.
    expect(task9.rollUp.colour).toBe("RED");
    expect(task9.rollUp.progress).toBe(25); // only the reported measure counts towards progress
    const unit = s.units.find((u) => u.measureIds.includes(measure.id) && u.name === "发展规划科")!;
    expect(unit.rollUp.counts.BLUE).toBe(1);
  });

  it("readers of one data version share one computation; any audited write makes the next read fresh", async () => {
    const first = await getPlanStatus(leader, await planOf(leader, planId), "2023-06-03");
    expect(await getPlanStatus(leader, await planOf(leader, planId), "2023-06-03")).toBe(first);
    await fileAndApprove(2, 30, "2023-06-02"); // May's report, approved before the as-of date
    const after = await getPlanStatus(leader, await planOf(leader, planId), "2023-06-03");
    expect(after).not.toBe(first);
    expect(find(after).status.actual).toBe(30);
    expect(find(first).status.actual).toBe(25); // what the earlier readers got is left as it was
  });

  it("an override counts from the portal's day it was made on (DUBAN_TODAY in demos), not the server's real date", async () => {
    process.env.DUBAN_TODAY = "2023-06-10";
    await setStatusOverride(coordinator, { measureId: measure.id, colour: "YELLOW", reason: "现场核查进度偏慢" });
    const on = find(await getPlanStatus(leader, await planOf(leader, planId), "2023-06-10"));
    expect(on.status).toMatchObject({ colour: "YELLOW", overridden: true });
    expect(on.status.reasons[0]).toBe("人工调整：现场核查进度偏慢");
    // The day before, it had not been made yet.
    expect(find(await getPlanStatus(leader, await planOf(leader, planId), "2023-06-09")).status.overridden).toBe(false);
    await liftStatusOverride(coordinator, measure.id);
    expect(find(await getPlanStatus(leader, await planOf(leader, planId), "2023-06-10")).status.overridden).toBe(false);
  });

  it("signed-out callers are refused", async () => {
    await expect(getPlanStatus(null, await planOf(null, planId), "2023-06-03")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
