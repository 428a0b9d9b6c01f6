// 一键催报 on a real database: every unit with overdue reports is chased once, in one transaction,
// audited per report, never twice the same day (also when two clicks race); units that filed are left alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { chaseOverdueUnits, getOverdueSummary } from "@/lib/data/chases/chase-overdue-units.ts";
import { listOverdueReports } from "@/lib/data/chases/internal/list-overdue-reports.ts";
import type { PlanSummary } from "@/lib/data/plans/resolve-plan.ts";
import { reportInputSchema } from "@/lib/data/reports/report-input.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import { installTestDb } from "../helpers/app-db.ts";
import { createViewer, measureByNumbers, planOf, seedPlan } from "../helpers/factories.ts";
import { testBackendName, type TestDb } from "../helpers/test-db.ts";

describe(`chase every overdue unit (${testBackendName()})`, () => {
  let db: TestDb;
  let coordinator: Viewer;
  let plan: PlanSummary;
  let hrUnit: number;

  beforeAll(async () => {
    process.env.DUBAN_TODAY = "2023-05-10"; // April's reports (due 5-05) are overdue
    db = await installTestDb();
    const planId = await seedPlan(db.prisma);
    coordinator = await createViewer(db.prisma, "COORDINATOR");
    plan = await planOf(coordinator, planId);
    const m13 = await measureByNumbers(db.prisma, planId, 1, 3);
    hrUnit = m13.unitIds[0];
    for (const unitId of new Set((await db.prisma.measureUnit.findMany({ select: { unitId: true } })).map((u) => u.unitId)))
      await createViewer(db.prisma, "REPORTER", unitId);
    // 人事科 files April on 任务1 措施3: that report is not overdue any more.
    const hr = await createViewer(db.prisma, "REPORTER", hrUnit);
    const april = (await db.prisma.reportingPeriod.findFirstOrThrow({ where: { planId, label: "2023年4月" } })).id;
    await saveReport(
      hr,
      reportInputSchema.parse({
        measureId: m13.id,
        periodId: april,
        percent: 20,
        progress: "推进中。",
        qualityExplanation: "按实际。",
        submit: true,
      }),
    );
  });
  afterAll(async () => {
    delete process.env.DUBAN_TODAY;
    await db?.drop();
  });

  it("chases each unit with overdue reports once, audited per report, one notification per user", async () => {
    const overdue = await listOverdueReports(db.prisma, plan.id, "2023-05-10");
    const units = new Set(overdue.map((r) => r.unitId));
    expect(units.size).toBe(13);
    expect(overdue.some((r) => r.periodLabel === "2023年4月")).toBe(true);
    expect(overdue.some((r) => r.periodLabel === "2023年5月")).toBe(false); // not due yet
    expect(overdue.filter((r) => r.unitId === hrUnit && r.taskNumber === 1 && r.measureNumber === 3).map((r) => r.periodLabel)).toEqual([
      "2023年3月",
    ]);
    expect(await getOverdueSummary(coordinator, plan)).toEqual({ units: 13, reports: overdue.length, chasedToday: 0 });

    // Two clicks at once: one of them chases, the other finds everyone chased today.
    const results = await Promise.all([
      chaseOverdueUnits(coordinator, plan, "请尽快报送。"),
      chaseOverdueUnits(coordinator, plan, "请尽快报送。"),
    ]);
    expect(results.map((r) => r.units).sort()).toEqual([0, 13]);
    expect(await db.prisma.chase.count()).toBe(overdue.length);
    expect(await db.prisma.auditEvent.count({ where: { action: "chase.send" } })).toBe(overdue.length);
    const notes = await db.prisma.notification.findMany({ where: { kind: "CHASE" }, select: { userId: true, title: true, body: true } });
    expect(new Set(notes.map((n) => n.userId)).size).toBe(notes.length); // one per user
    expect(notes.length).toBeGreaterThanOrEqual(13);
    expect(notes[0].body).toContain("逾期未报：");
    expect(await getOverdueSummary(coordinator, plan)).toMatchObject({ units: 13, chasedToday: 13 });

    // Again the same day: nothing new.
    expect(await chaseOverdueUnits(coordinator, plan, "再催。")).toEqual({ units: 0, reports: 0, skipped: 13 });
    expect(await db.prisma.chase.count()).toBe(overdue.length);

    // The next day they may be chased again.
    process.env.DUBAN_TODAY = "2023-05-11";
    expect((await chaseOverdueUnits(coordinator, plan, "再催。")).units).toBe(13);
  });

  it("is for bureau staff who may chase in the plan", async () => {
    for (const role of ["LEADER", "REPORTER"] as const) {
      const viewer = await createViewer(db.prisma, role, role === "REPORTER" ? hrUnit : null);
      await expect(chaseOverdueUnits(viewer, plan, "x")).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getOverdueSummary(viewer, plan)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
