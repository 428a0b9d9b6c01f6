// Escalated reporting on the real database: a red measure gets weekly periods its units owe, an
// approval that brings it back to blue ends it, a coordinator's daily reporting stays until lifted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { reportInputSchema } from "@/lib/data/reports/report-input.ts";
import { approveReports } from "@/lib/data/reports/review-reports.ts";
import { listInbox, type Inbox } from "@/lib/data/reports/list-inbox.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import { liftEscalation, setEscalation, syncEscalations } from "@/lib/data/status/escalations.ts";
import { computePlanStatus } from "@/lib/data/status/get-plan-status.ts";
import { createTestDb, useAsAppDb, type TestDb } from "../helpers/test-db.ts";

/** The one plan this test's unit owes reports in. */
const onlyPlan = (inbox: Inbox) => {
  expect(inbox.plans).toHaveLength(1);
  return inbox.plans[0];
};
import { createViewer, measureByNumbers, seedPlan } from "../helpers/factories.ts";

let db: TestDb;
let planId: number;
let measure: { id: number; unitIds: number[] }; // task 9 measure 1 (发展规划科 alone)
let reporter: Viewer;
let coordinator: Viewer;

const measureStatus = async (on: string) => (await computePlanStatus(db.prisma, planId, on)).measures.find((m) => m.id === measure.id)!;

beforeAll(async () => {
  db = await createTestDb();
  useAsAppDb(db);
  planId = await seedPlan(db.prisma);
  measure = await measureByNumbers(db.prisma, planId, 9, 1);
  reporter = await createViewer(db.prisma, "REPORTER", measure.unitIds[0]);
  coordinator = await createViewer(db.prisma, "COORDINATOR");
});
afterAll(async () => {
  delete process.env.DUBAN_TODAY;
  await db?.drop();
});

describe("escalation", () => {
  it("starts weekly reporting when a measure turns red, once however often it runs", async () => {
    expect((await measureStatus("2023-06-07")).status.colour).toBe("RED"); // March and April unreported
    const first = await syncEscalations(planId, "2023-06-07");
    expect(first.started).toBeGreaterThanOrEqual(1);
    expect(await syncEscalations(planId, "2023-06-07")).toEqual({ started: 0, ended: 0 });
    const escalation = await db.prisma.escalation.findFirstOrThrow({ where: { measureId: measure.id } });
    expect(escalation).toMatchObject({ cadence: "WEEKLY", automatic: true, endsOn: null });
    expect(await db.prisma.auditEvent.count({ where: { action: "escalation.start", measureId: measure.id } })).toBe(1);
  });

  it("the weekly periods then fall due for the measure's unit, and not for other measures", async () => {
    await syncEscalations(planId, "2023-06-20");
    const weeks = await db.prisma.reportingPeriod.findMany({ where: { planId, kind: "WEEKLY" }, orderBy: { startsOn: "asc" } });
    expect(weeks.map((w) => w.label)).toContain("6月12日—6月18日周报");
    const status = await measureStatus("2023-06-20");
    expect(status.overdue.map((o) => o.periodLabel)).toContain("6月12日—6月18日周报");
    // The week of 5 June began before the escalation (7 June): not owed.
    expect(status.overdue.map((o) => o.periodLabel)).not.toContain("6月5日—6月11日周报");
  });

  it("the unit's inbox lists the weekly periods for its escalated measures only", async () => {
    const unitMeasures = (await db.prisma.measureUnit.findMany({ where: { unitId: reporter.unitId! } })).map((l) => l.measureId);
    const escalated = (await db.prisma.escalation.findMany({ where: { endsOn: null, measureId: { in: unitMeasures } } }))
      .map((e) => e.measureId)
      .sort();
    expect(escalated).toContain(measure.id);
    const inbox = await listInbox(reporter, "2023-06-20");
    const weekly = onlyPlan(inbox).groups.filter((g) => g.period.label.endsWith("周报"));
    expect(weekly.map((g) => g.period.label)).toEqual(["6月19日—6月25日周报", "6月12日—6月18日周报"]);
    for (const group of weekly) expect(group.rows.map((r) => r.measure.id).sort()).toEqual(escalated);
    expect(weekly[0].current).toBe(true);
    // Monthly periods still list every measure of the unit.
    expect(onlyPlan(inbox).groups.find((g) => g.period.label === "2023年6月")!.rows).toHaveLength(unitMeasures.length);
  });

  it("ends when approvals bring the measure back to blue", async () => {
    const periods = await db.prisma.reportingPeriod.findMany({
      where: { planId, dueOn: { lt: new Date("2023-06-21") } },
      orderBy: { startsOn: "asc" },
    });
    process.env.DUBAN_TODAY = "2023-06-20";
    const owed = (await measureStatus("2023-06-20")).overdue.map((o) => o.periodLabel);
    for (const period of periods.filter((p) => owed.includes(p.label))) {
      const saved = await saveReport(
        reporter,
        reportInputSchema.parse({ measureId: measure.id, periodId: period.id, percent: 40, progress: "加快推进", submit: true }),
      );
      await approveReports(coordinator, [saved.id]);
    }
    expect((await measureStatus("2023-06-20")).status.colour).toBe("BLUE");
    // The approval that turned it blue released it at once (reads never write; writes that change a
    // colour bring escalations in line): the daily job finds nothing left to end.
    expect(await syncEscalations(planId, "2023-06-20")).toMatchObject({ ended: 0 });
    const closed = await db.prisma.escalation.findFirstOrThrow({ where: { measureId: measure.id, automatic: true } });
    expect(closed.endsOn?.toISOString().slice(0, 10)).toBe("2023-06-20");
  });

  it("nothing starts after the plan year, and no weekly period is made for the next year", async () => {
    expect((await measureStatus("2024-02-01")).status.colour).toBe("RED"); // past due, not complete
    expect(await syncEscalations(planId, "2024-02-01")).toEqual({ started: 0, ended: 0 });
    expect(await db.prisma.reportingPeriod.count({ where: { planId, startsOn: { gt: new Date("2023-12-31") } } })).toBe(0);
    process.env.DUBAN_TODAY = "2024-02-01";
    await expect(setEscalation(coordinator, { measureId: measure.id, cadence: "DAILY", reason: "x" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "2023年度计划已结束，不能再设置加密调度。",
    });
  });

  it("a coordinator's daily reporting stays until lifted; others may not set it", async () => {
    process.env.DUBAN_TODAY = "2023-06-21";
    await expect(setEscalation(reporter, { measureId: measure.id, cadence: "DAILY", reason: "x" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await setEscalation(coordinator, { measureId: measure.id, cadence: "DAILY", reason: "现场推进会要求日报" });
    expect(await syncEscalations(planId, "2023-06-23")).toEqual({ started: 0, ended: 0 });
    const daily = await db.prisma.escalation.findFirstOrThrow({ where: { measureId: measure.id, endsOn: null } });
    expect(daily).toMatchObject({ cadence: "DAILY", automatic: false });
    expect((await measureStatus("2023-06-23")).overdue.map((o) => o.periodLabel)).toContain("6月21日日报");
    await liftEscalation(coordinator, measure.id);
    expect(await db.prisma.escalation.count({ where: { measureId: measure.id, endsOn: null } })).toBe(0);
  });
});
