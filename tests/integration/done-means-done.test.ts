// Done means done, on the real database (issue 15; DESIGN.md "Done"): a measure whose lead unit's
// report at 100 % was approved owes no further periodic reports — it stays 已完成, leaves the
// inboxes, gets no reminders, is never escalated, and later gaps never count against it — while a
// report that fell due before it was done still counts (and its reason comes first on the
// summary). A coordinator reopens it with a reason (audited) and reporting resumes.
// The tests in this file share one database and run in order.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { createReminders } from "@/lib/data/notifications/create-reminders.ts";
import { listInbox, type Inbox } from "@/lib/data/reports/list-inbox.ts";
import { reportInputSchema } from "@/lib/data/reports/report-input.ts";
import { approveReports } from "@/lib/data/reports/review-reports.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import { syncEscalations } from "@/lib/data/status/escalations.ts";
import { computePlanStatus, getPlanStatusWithHistory } from "@/lib/data/status/get-plan-status.ts";
import { getSummary } from "@/lib/data/status/get-summary.ts";
import { reopenMeasure, reopenMeasureSchema } from "@/lib/data/status/reopen-measure.ts";
import { owedSlots } from "@/lib/data/status/period-applies.ts";
import { endOfChinaDay, toDbDate } from "@/lib/domain/dates.ts";
import { createTestDb, useAsAppDb, type TestDb } from "../helpers/test-db.ts";
import { createViewer, measureByNumbers, seedPlan, planOf } from "../helpers/factories.ts";

let db: TestDb;
let planId: number;
let measure: { id: number; unitIds: number[] }; // 任务1措施3, due 2023-12-31: 人事科 leads, 机关党委 co-owns
let hr: Viewer;
let party: Viewer;
let coordinator: Viewer;
let leader: Viewer;
const period = new Map<string, number>();
const PDF = new TextEncoder().encode("%PDF-1.4\n%%EOF");

const today = (date: string) => {
  process.env.DUBAN_TODAY = date;
};
const file = (viewer: Viewer, month: string, percent: number, over: Record<string, unknown> = {}) =>
  saveReport(
    viewer,
    reportInputSchema.parse({
      measureId: measure.id,
      periodId: period.get(`2023年${month}`),
      percent,
      progress: "推进",
      submit: true,
      ...over,
    }),
    [{ name: "总结.pdf", bytes: PDF }],
  );
const statusOn = async (asOf: string) => (await computePlanStatus(db.prisma, planId, asOf)).measures.find((m) => m.id === measure.id)!;
/** The months (or weeks) in which the inbox asks for 任务1措施3 (filed reports are shown, not asked for). */
const inboxPeriods = (inbox: Inbox) =>
  (inbox.plans[0]?.groups ?? []).filter((g) => g.rows.some((r) => r.measure.id === measure.id && r.open)).map((g) => g.period.label);

beforeAll(async () => {
  db = await createTestDb();
  useAsAppDb(db);
  today("2023-05-03");
  planId = await seedPlan(db.prisma);
  measure = await measureByNumbers(db.prisma, planId, 1, 3);
  hr = await createViewer(db.prisma, "REPORTER", measure.unitIds[0]);
  party = await createViewer(db.prisma, "REPORTER", measure.unitIds[1]);
  coordinator = await createViewer(db.prisma, "COORDINATOR");
  leader = await createViewer(db.prisma, "LEADER");
  for (const p of await db.prisma.reportingPeriod.findMany({ where: { planId } })) period.set(p.label, p.id);
  // March and April: both units file on time; the lead's April report (60 %) is approved.
  for (const month of ["3月", "4月"]) {
    const lead = await file(hr, month, month === "3月" ? 20 : 60);
    await file(party, month, 50);
    await approveReports(coordinator, [lead.id]);
  }
  // May: the lead reports 100 % on 3 June, approved on 10 June. The co-owner never files May (due 5 June).
  today("2023-06-03");
  const may = await file(hr, "5月", 100);
  today("2023-06-10");
  await approveReports(coordinator, [may.id]);
  // An automatic weekly escalation from an earlier red spell is still in force.
  await db.prisma.escalation.create({
    data: { measureId: measure.id, cadence: "WEEKLY", startsOn: toDbDate("2023-05-22"), automatic: true, reason: "测试" },
  });
  today("2023-08-20");
});
afterAll(async () => {
  delete process.env.DUBAN_TODAY;
  await db?.drop();
});

describe("a measure approved at 100 %", () => {
  it("owes nothing that fell due after: only the co-owner's old May report counts against it", async () => {
    const m = await statusOn("2023-08-20");
    expect(m.status.done).toBe(true);
    expect(m.overdue.map((o) => [o.unitName, o.periodLabel])).toEqual([["机关党委", "2023年5月"]]);
    // Red for that old report, and that reason comes first; 已完成 is said beside it.
    expect(m.status.colour).toBe("RED");
    expect(m.status.reasons[0]).toBe("机关党委5月进展逾期未报 76 天");
    expect(m.status.reasons).toContain("已完成（6月10日审核通过）");
  });

  it("the summary shows it with that reason first", async () => {
    const summary = await getSummary(leader, await planOf(leader, planId), "2023-08-20");
    expect(summary!.items.find((i) => i.id === measure.id)).toMatchObject({ colour: "RED", reason: "机关党委5月进展逾期未报 76 天" });
  });

  it("without the old gap it stays 已完成 month after month, and counts no later report in anyone's punctuality", async () => {
    // Another measure of the same kind, but nothing missing: 任务2措施1 (机关党委 alone, due 30 June), done in April.
    const t2 = await measureByNumbers(db.prisma, planId, 2, 1);
    today("2023-05-03");
    const april = await saveReport(
      party,
      reportInputSchema.parse({
        measureId: t2.id,
        periodId: period.get("2023年4月"),
        percent: 100,
        progress: "已完成",
        submit: true,
        qualityExplanation: "提前完成",
      }),
      [{ name: "总结.pdf", bytes: PDF }],
    );
    const march = await saveReport(
      party,
      reportInputSchema.parse({ measureId: t2.id, periodId: period.get("2023年3月"), percent: 10, progress: "启动", submit: true }),
    );
    await approveReports(coordinator, [march.id, april.id]);
    today("2023-08-20");
    for (const asOf of ["2023-05-04", "2023-06-06", "2023-07-14", "2023-08-20", "2023-12-31"]) {
      const { status } = await getPlanStatusWithHistory(leader, await planOf(leader, planId), asOf, []);
      const m = status.measures.find((x) => x.id === t2.id)!;
      expect([asOf, m.status.colour, m.overdue]).toEqual([asOf, "DONE", []]);
    }
    // The owed (measure, unit, period) slots the punctuality counts: March only. April fell due
    // (5 May) after its own report completed the measure (approved 3 May): nothing more was owed.
    const slots = await db.prisma.$queryRaw<{ label: string }[]>`
      WITH ${owedSlots(planId, "2024-01-31", endOfChinaDay("2023-12-31"))}
      SELECT p.label FROM slots s JOIN due p ON p.id = s."periodId" WHERE s."measureId" = ${t2.id} ORDER BY p."startsOn"`;
    expect(slots.map((s) => s.label)).toEqual(["2023年3月"]);
  });

  it("leaves both units' inboxes; the co-owner's missing May stays there", async () => {
    expect(inboxPeriods(await listInbox(hr, "2023-08-20"))).toEqual([]);
    const partyInbox = await listInbox(party, "2023-08-20");
    expect(inboxPeriods(partyInbox)).toEqual(["2023年5月"]);
    expect(
      partyInbox.plans[0].groups.find((g) => g.period.label === "2023年5月")!.rows.find((r) => r.measure.id === measure.id),
    ).toMatchObject({ state: "NONE", open: true });
  });

  it("gets no reminders for later periods, and is never escalated: the automatic escalation ends", async () => {
    today("2023-07-03");
    await createReminders("2023-07-03"); // June is due on 5 July: due soon for any measure still owing it
    const keys = (
      await db.prisma.notification.findMany({ where: { dedupeKey: { startsWith: "REPORT_" } }, select: { dedupeKey: true } })
    ).map((n) => n.dedupeKey!);
    // Keys are kind:measure:period:unit:day.
    const about = (month: string) =>
      keys.filter((k) => k.split(":").slice(1, 3).join(":") === `${measure.id}:${period.get(`2023年${month}`)}`);
    expect(about("6月")).toEqual([]);
    // The co-owner's May report is still owed: reminded as overdue.
    expect(about("5月")).toEqual([`REPORT_OVERDUE:${measure.id}:${period.get("2023年5月")}:${measure.unitIds[1]}:2023-07-03`]);
    today("2023-08-20");
    // The daily job brings escalations in line (opening an inbox writes nothing); run again, it
    // changes nothing.
    await syncEscalations(planId, "2023-08-20");
    expect(await syncEscalations(planId, "2023-08-20")).toEqual({ started: 0, ended: 0 });
    expect(await db.prisma.escalation.findMany({ where: { measureId: measure.id, endsOn: null } })).toEqual([]);
    expect((await db.prisma.escalation.findFirstOrThrow({ where: { measureId: measure.id } })).endsOn).toEqual(toDbDate("2023-08-20"));
  });

  it("refuses a report on a later period from either unit, writing nothing", async () => {
    const before = await db.prisma.progressReport.count();
    for (const viewer of [hr, party]) {
      await expect(file(viewer, "7月", 100)).rejects.toMatchObject({
        code: "CONFLICT",
        message: "该措施已审核通过完成 100%，此后无需再报送。如需继续报送，请局机关重新打开该措施。",
      });
    }
    expect(await db.prisma.progressReport.count()).toBe(before);
  });

  it("once the old report is filed, late, the measure is 已完成 again", async () => {
    await file(party, "5月", 100, { qualityExplanation: "5月底前完成" });
    const m = await statusOn("2023-08-20");
    expect([m.status.colour, m.status.reasons]).toEqual(["DONE", ["已完成（6月10日审核通过）"]]);
  });
});

describe("reopening", () => {
  it("is the bureau's, with a reason, and only of a done measure", async () => {
    for (const viewer of [hr, leader])
      await expect(reopenMeasure(viewer, { measureId: measure.id, reason: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(reopenMeasureSchema.safeParse({ measureId: measure.id, reason: "  " }).error?.issues[0].message).toBe("请填写重新打开的原因。");
    const t9 = await measureByNumbers(db.prisma, planId, 9, 1);
    await expect(reopenMeasure(coordinator, { measureId: t9.id, reason: "x" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "该措施尚未完成，无需重新打开。",
    });
    await expect(reopenMeasure(coordinator, { measureId: 999_999, reason: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.prisma.measureReopening.count()).toBe(0);
  });

  it("resumes reporting: audited, not done, the current month owed again (not those that fell due while done)", async () => {
    await reopenMeasure(coordinator, { measureId: measure.id, reason: "督查发现培训尚未覆盖新入职教师" });
    expect(
      await db.prisma.auditEvent.findFirst({
        where: { action: "measure.reopen", measureId: measure.id },
        select: { actorName: true, after: true },
      }),
    ).toEqual({
      actorName: coordinator.name,
      after: { done: false, reason: "督查发现培训尚未覆盖新入职教师" },
    });
    const m = await statusOn("2023-08-20");
    expect(m.status).toMatchObject({ done: false, colour: "BLUE" });
    expect(m.status.reasons).toContain("已于8月20日重新打开：督查发现培训尚未覆盖新入职教师");
    // July fell due (5 August) while it was done; August is owed by both units again, and so is
    // this week's weekly report: the escalation was in force until today.
    expect(inboxPeriods(await listInbox(hr, "2023-08-20"))).toEqual(["8月14日—8月20日周报", "2023年8月"]);
    expect(inboxPeriods(await listInbox(party, "2023-08-20"))).toEqual(["8月14日—8月20日周报", "2023年8月"]);
    await expect(reopenMeasure(coordinator, { measureId: measure.id, reason: "再次" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a report approved at 100 % completes it again", async () => {
    const august = await file(hr, "8月", 100);
    await approveReports(coordinator, [august.id]);
    const m = await statusOn("2023-08-20");
    expect([m.status.done, m.status.colour]).toEqual([true, "DONE"]);
    expect(inboxPeriods(await listInbox(party, "2023-08-20"))).toEqual([]);
  });
});
