// 审核台 on a real database: a report beside the unit's previous one and the measure's 序时进度,
// previous / next in the waiting queue, and batch approval only of reports the reviewer opened on
// the desk since their latest submission.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { countWaitingReports } from "@/lib/data/reports/count-waiting-reports.ts";
import { getReviewDesk } from "@/lib/data/reports/get-review-desk.ts";
import { reviewFiltersSchema } from "@/lib/data/reports/list-review-queue.ts";
import { listReviewQueue } from "@/lib/data/reports/list-review-queue.ts";
import { reportInputSchema } from "@/lib/data/reports/report-input.ts";
import { approveReports, returnReport } from "@/lib/data/reports/review-reports.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import { installTestDb } from "../helpers/app-db.ts";
import { createViewer, measureByNumbers, seedPlan } from "../helpers/factories.ts";
import { testBackendName, type TestDb } from "../helpers/test-db.ts";

const noFilters = reviewFiltersSchema.parse({});

describe(`review desk (${testBackendName()})`, () => {
  let db: TestDb;
  let coordinator: Viewer;
  let other: Viewer;
  let hr: Viewer;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    process.env.DUBAN_TODAY = "2023-06-10";
    db = await installTestDb();
    const planId = await seedPlan(db.prisma);
    const period = async (label: string) => (await db.prisma.reportingPeriod.findFirstOrThrow({ where: { planId, label } })).id;
    const [april, may] = [await period("2023年4月"), await period("2023年5月")];
    const m13 = await measureByNumbers(db.prisma, planId, 1, 3); // 人事科 leads
    const m92 = await measureByNumbers(db.prisma, planId, 9, 2); // 人事科
    hr = await createViewer(db.prisma, "REPORTER", m13.unitIds[0]);
    coordinator = await createViewer(db.prisma, "COORDINATOR");
    other = await createViewer(db.prisma, "COORDINATOR");
    const file = async (measureId: number, periodId: number, percent: number) =>
      (
        await saveReport(
          hr,
          reportInputSchema.parse({
            measureId,
            periodId,
            percent,
            progress: `进度 ${percent}%`,
            qualityExplanation: "按实际填报。",
            submit: true,
          }),
        )
      ).id;
    ids.april13 = await file(m13.id, april, 20);
    await approveReports(coordinator, [ids.april13]);
    ids.may13 = await file(m13.id, may, 30);
    ids.may92 = await file(m92.id, may, 40);
  });
  afterAll(async () => {
    delete process.env.DUBAN_TODAY;
    await db?.drop();
  });

  it("shows the report beside the unit's previous one, the measure's 序时进度 and its neighbours", async () => {
    const desk = (await getReviewDesk(coordinator, ids.may13, noFilters))!;
    expect(desk.report.percent).toBe(30);
    expect(desk.previous?.id).toBe(ids.april13);
    expect(desk.previous?.period.label).toBe("2023年4月");
    expect(desk.status?.asOf).toBe("2023-05-31");
    expect(desk.status?.expected).toBeGreaterThan(0);
    expect(desk.queue).toEqual({ position: 1, total: 2, previousId: null, nextId: ids.may92 });
    const next = (await getReviewDesk(coordinator, ids.may92, noFilters))!;
    expect(next.previous).toBeNull();
    expect(next.queue).toEqual({ position: 2, total: 2, previousId: ids.may13, nextId: null });
  });

  it("counts the waiting reports for the navigation and tells the bureau once per unit and day that reports arrived", async () => {
    expect(await countWaitingReports(coordinator)).toBe(2);
    expect(await countWaitingReports(hr)).toBe(0);
    // Three submissions by 人事科 on one day: one notification for each coordinator, none for the unit.
    const arrived = await db.prisma.notification.findMany({
      where: { kind: "REPORT_SUBMITTED" },
      select: { userId: true, title: true, href: true },
    });
    expect(arrived.filter((n) => n.userId === coordinator.id)).toEqual([
      { userId: coordinator.id, title: "人事科报送了进展报告，待审核", href: expect.stringMatching(/^\/review\?plan=\d+&unit=\d+$/) },
    ]);
    expect(arrived.filter((n) => n.userId === other.id)).toHaveLength(1);
    expect(arrived.filter((n) => n.userId === hr.id)).toHaveLength(0);
  });

  it("is for bureau staff only, and a report out of reach is not found", async () => {
    await expect(getReviewDesk(hr, ids.may13, noFilters)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getReviewDesk(coordinator, 999_999, noFilters)).toBeNull();
  });

  it("approves a batch only of reports the reviewer opened since their latest submission", async () => {
    // `other` has opened neither: the batch is refused and nothing changes.
    await expect(approveReports(other, [ids.may13, ids.may92], { requireOpened: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await getReviewDesk(other, ids.may13, noFilters);
    await expect(approveReports(other, [ids.may13, ids.may92], { requireOpened: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.prisma.progressReport.count({ where: { id: { in: [ids.may13, ids.may92] }, state: "SUBMITTED" } })).toBe(2);
    // The queue offers the batch only for the opened one (the reviewer's own openings).
    const rows = (await listReviewQueue(other, noFilters)).rows;
    expect(rows.filter((r) => r.opened).map((r) => r.id)).toEqual([ids.may13]);
    expect((await listReviewQueue(coordinator, noFilters)).rows.filter((r) => r.opened).map((r) => r.id)).toEqual([ids.may13, ids.may92]); // opened both above

    // Returned and resubmitted: what was read before is not what is there now.
    await returnReport(coordinator, ids.may92, "请补充。");
    const may92 = await db.prisma.progressReport.findUniqueOrThrow({ where: { id: ids.may92 } });
    await getReviewDesk(other, ids.may92, noFilters); // opened while returned: not a waiting report
    await saveReport(
      hr,
      reportInputSchema.parse({
        measureId: may92.measureId,
        periodId: may92.periodId,
        version: may92.version,
        percent: 45,
        progress: "已补充。",
        qualityExplanation: "按实际填报。",
        submit: true,
      }),
    );
    await expect(approveReports(other, [ids.may13, ids.may92], { requireOpened: true })).rejects.toMatchObject({ code: "FORBIDDEN" });

    await getReviewDesk(other, ids.may92, noFilters);
    expect(await approveReports(other, [ids.may13, ids.may92], { requireOpened: true })).toBe(2);
  });
});
