// 我的填报 on a real database: which periods and measures a unit sees, their states and overdue
// marks, and that only the unit's own reports count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { listInbox, type Inbox } from "@/lib/data/reports/list-inbox.ts";
import { returnReport } from "@/lib/data/reports/review-reports.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import { reportInputSchema } from "@/lib/data/reports/report-input.ts";
import { toDbDate } from "@/lib/domain/dates.ts";
import { installTestDb } from "../helpers/app-db.ts";
import { createViewer, measureByNumbers, seedPlan } from "../helpers/factories.ts";

/** The one plan this test's unit owes reports in. */
const onlyPlan = (inbox: Inbox) => {
  expect(inbox.plans).toHaveLength(1);
  return inbox.plans[0];
};
import { testBackendName, type TestDb } from "../helpers/test-db.ts";

const TODAY = "2023-06-03"; // the plan was issued 2023-03-30: periods March–June have started

describe(`listInbox (${testBackendName()})`, () => {
  let db: TestDb;
  let planId: number;
  let hr: Viewer; // 人事科: leads 任务1措施3, 任务9措施2, 任务11措施1, 任务16措施1
  let party: Viewer; // 机关党委: co-owns 任务1措施3
  let coordinator: Viewer;
  let periodId: (label: string) => number;
  let measureId: (task: number, measure: number) => Promise<number>;

  beforeAll(async () => {
    db = await installTestDb();
    planId = await seedPlan(db.prisma);
    const unit = async (name: string) => (await db.prisma.unit.findFirstOrThrow({ where: { name } })).id;
    hr = await createViewer(db.prisma, "REPORTER", await unit("人事科"));
    party = await createViewer(db.prisma, "REPORTER", await unit("机关党委"));
    coordinator = await createViewer(db.prisma, "COORDINATOR");
    const periods = await db.prisma.reportingPeriod.findMany({ where: { planId } });
    periodId = (label) => periods.find((p) => p.label === label)!.id;
    measureId = async (task, measure) => (await measureByNumbers(db.prisma, planId, task, measure)).id;
  });
  afterAll(async () => {
    await db?.drop();
  });

  const save = async (viewer: Viewer, task: number, measure: number, period: string, submit: boolean) => {
    const mId = await measureId(task, measure);
    const existing = await db.prisma.progressReport.findFirst({
      where: { measureId: mId, unitId: viewer.unitId!, periodId: periodId(period) },
    });
    const input = reportInputSchema.parse({
      measureId: mId,
      periodId: periodId(period),
      version: existing?.version ?? null,
      percent: 40,
      progress: "按计划推进。",
      submit,
    });
    return saveReport(viewer, input);
  };
  const rowsOf = (inbox: Inbox, label: string) => {
    const group = onlyPlan(inbox).groups.find((g) => g.period.label === label);
    return group?.rows.map((r) => ({
      measure: `${r.measure.task.number}.${r.measure.number}`,
      role: r.measure.role,
      state: r.state,
      overdue: r.daysOverdue,
    }));
  };

  it("lists the current period and every earlier open one, newest first, with overdue days", async () => {
    const inbox = await listInbox(hr, TODAY);
    expect(inbox.unit.name).toBe("人事科");
    expect(onlyPlan(inbox).groups.map((g) => [g.period.label, g.current])).toEqual([
      ["2023年6月", true],
      ["2023年5月", false],
      ["2023年4月", false],
      ["2023年3月", false],
    ]);
    const none = (overdue: number) => ["1.3", "9.2", "11.1", "16.1"].map((measure) => ({ measure, role: "LEAD", state: "NONE", overdue }));
    expect(rowsOf(inbox, "2023年6月")).toEqual(none(0));
    expect(rowsOf(inbox, "2023年5月")).toEqual(none(0)); // due 6月5日: not yet late
    expect(rowsOf(inbox, "2023年4月")).toEqual(none(29)); // due 5月5日
    expect(rowsOf(inbox, "2023年3月")).toEqual(none(59)); // due 4月5日
  });

  it("marks the measures a unit co-owns as 配合", async () => {
    const inbox = await listInbox(party, TODAY);
    const row = onlyPlan(inbox).groups[0].rows.find((r) => r.measure.task.number === 1 && r.measure.number === 3);
    expect(row?.measure.role).toBe("CO");
    expect(onlyPlan(inbox).groups[0].rows.filter((r) => r.measure.role === "LEAD").length).toBeGreaterThan(0);
  });

  it("drops an earlier period once every report on it is submitted; drafts and returned reports stay open", async () => {
    for (const [task, measure] of [
      [1, 3],
      [9, 2],
      [11, 1],
      [16, 1],
    ])
      await save(hr, task, measure, "2023年3月", true);
    await save(hr, 9, 2, "2023年4月", true);
    await save(hr, 11, 1, "2023年4月", false);
    const submittedMay = await save(hr, 16, 1, "2023年5月", true);
    await returnReport(coordinator, submittedMay.id, "佐证材料不全，请补充。");

    const inbox = await listInbox(hr, TODAY);
    expect(onlyPlan(inbox).groups.map((g) => g.period.label)).toEqual(["2023年6月", "2023年5月", "2023年4月"]);
    expect(rowsOf(inbox, "2023年4月")).toEqual([
      { measure: "1.3", role: "LEAD", state: "NONE", overdue: 29 },
      { measure: "9.2", role: "LEAD", state: "SUBMITTED", overdue: 0 },
      { measure: "11.1", role: "LEAD", state: "DRAFT", overdue: 29 },
      { measure: "16.1", role: "LEAD", state: "NONE", overdue: 29 },
    ]);
    const may = onlyPlan(inbox).groups.find((g) => g.period.label === "2023年5月")!;
    const returned = may.rows.find((r) => r.measure.task.number === 16)!;
    expect(returned.state).toBe("RETURNED");
    expect(returned.open).toBe(true);
    expect(returned.report?.returnReason).toBe("佐证材料不全，请补充。");
    // After May's due date the returned report is late too: it has to be submitted again.
    expect(rowsOf(await listInbox(hr, "2023-06-06"), "2023年5月")?.find((r) => r.measure === "16.1")).toEqual({
      measure: "16.1",
      role: "LEAD",
      state: "RETURNED",
      overdue: 1,
    });
  });

  it("shows only the unit's own reports: another unit's report on a shared measure does not count", async () => {
    await save(party, 1, 3, "2023年6月", true);
    const june = rowsOf(await listInbox(hr, TODAY), "2023年6月");
    expect(june?.find((r) => r.measure === "1.3")?.state).toBe("NONE");
    const partyJune = rowsOf(await listInbox(party, TODAY), "2023年6月");
    expect(partyJune?.find((r) => r.measure === "1.3")?.state).toBe("SUBMITTED");
  });

  it("lists no period before the plan starts, and a measure only from the period it starts in", async () => {
    expect((await listInbox(hr, "2023-02-15")).plans).toEqual([]);
    const later = await measureId(11, 1);
    await db.prisma.measure.update({ where: { id: later }, data: { startDate: toDbDate("2023-07-01") } });
    try {
      const inbox = await listInbox(hr, "2023-07-02");
      expect(onlyPlan(inbox).groups[0].period.label).toBe("2023年7月");
      expect(onlyPlan(inbox).groups[0].rows.map((r) => r.measure.id)).toContain(later);
      const june = onlyPlan(inbox).groups.find((g) => g.period.label === "2023年6月")!;
      expect(june.rows.map((r) => r.measure.id)).not.toContain(later);
    } finally {
      await db.prisma.measure.update({ where: { id: later }, data: { startDate: toDbDate("2023-03-30") } });
    }
  });

  it("is for unit reporters only", async () => {
    await expect(listInbox(coordinator, TODAY)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const leader = await createViewer(db.prisma, "LEADER");
    await expect(listInbox(leader, TODAY)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
