// A plan at the end of its year (issue 11 "Year rollover"): the rollover offers to carry over the
// measures that are not done — and a measure approved at 100 % is done even while an old missing
// report still colours it red. A frozen plan takes no new reports, and the daily job starts no
// escalations and creates no weekly periods in it (nobody reports on it any more).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { unfinishedMeasures } from "@/lib/data/plans/get-import-preview.ts";
import { setPlanFrozen } from "@/lib/data/plans/set-plan-frozen.ts";
import { listInbox } from "@/lib/data/reports/list-inbox.ts";
import { reportInputSchema } from "@/lib/data/reports/report-input.ts";
import { approveReports } from "@/lib/data/reports/review-reports.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import { syncOpenPlansEscalations } from "@/lib/data/status/escalations.ts";
import { getDashboard } from "@/lib/data/status/get-dashboard.ts";
import { createViewer, measureByNumbers, planOf, seedPlan } from "../helpers/factories.ts";
import { createTestDb, useAsAppDb, type TestDb } from "../helpers/test-db.ts";

const TODAY = "2023-07-20";
let db: TestDb;
let planId: number;
let coordinator: Viewer;
let admin: Viewer;
let party: Viewer; // 机关党委, alone on task 2 measure 1 (due 30 June)
let doneMeasure: number;

beforeAll(async () => {
  db = await createTestDb();
  useAsAppDb(db);
  process.env.DUBAN_TODAY = TODAY;
  planId = await seedPlan(db.prisma);
  coordinator = await createViewer(db.prisma, "COORDINATOR");
  admin = await createViewer(db.prisma, "ADMIN");
  const measure = await measureByNumbers(db.prisma, planId, 2, 1);
  doneMeasure = measure.id;
  party = await createViewer(db.prisma, "REPORTER", measure.unitIds[0]);
  // June's report at 100 %, approved; April's and May's were never filed: done, and red for them.
  const june = await db.prisma.reportingPeriod.findFirstOrThrow({ where: { planId, kind: "MONTHLY", label: "2023年6月" } });
  const saved = await saveReport(
    party,
    reportInputSchema.parse({
      measureId: doneMeasure,
      periodId: june.id,
      percent: 100,
      progress: "全部完成",
      qualityExplanation: "按期完成",
      submit: true,
    }),
  );
  await approveReports(coordinator, [saved.id]);
}, 60_000);
afterAll(async () => {
  delete process.env.DUBAN_TODAY;
  await db?.drop();
});

describe("the rollover's unfinished measures", () => {
  it("leave out a measure approved at 100 %, even while an old missing report colours it red", async () => {
    const plan = await planOf(coordinator, planId);
    const status = (await getDashboard(coordinator, plan, TODAY)).status.measures.find((m) => m.id === doneMeasure)!;
    expect(status.status).toMatchObject({ done: true, colour: "RED" });
    const unfinished = await unfinishedMeasures(coordinator, plan);
    expect(unfinished.map((m) => m.id)).not.toContain(doneMeasure);
    // Every other measure is unfinished on 20 July (none other was reported).
    expect(unfinished).toHaveLength(37);
  });
});

describe("a frozen plan", () => {
  const counts = async () => ({
    escalations: await db.prisma.escalation.count({ where: { measure: { planId } } }),
    periods: await db.prisma.reportingPeriod.count({ where: { planId } }),
  });

  it("neither its dashboard read today nor the daily job starts an escalation or creates a period; reopened, the daily job does", async () => {
    await db.prisma.escalation.deleteMany({});
    await setPlanFrozen(admin, { planId, frozen: true });
    const before = await counts();
    const frozen = await planOf(coordinator, planId);
    expect(frozen.frozenOn).toBe(TODAY);
    const dashboard = await getDashboard(coordinator, frozen, TODAY);
    expect(dashboard.tables.counts.RED).toBeGreaterThan(0);
    expect(await syncOpenPlansEscalations(TODAY)).toMatchObject({ plans: 0, started: 0 });
    expect(await counts()).toEqual(before);
    expect(before.escalations).toBe(0);

    await setPlanFrozen(admin, { planId, frozen: false });
    // Reads never write (issue 14): escalations come from the daily job and colour-changing writes.
    expect(await syncOpenPlansEscalations(TODAY)).toMatchObject({ plans: 1 });
    expect((await counts()).escalations).toBeGreaterThan(0);
    await setPlanFrozen(admin, { planId, frozen: true });
  });

  it("leaves the units' inboxes and refuses their reports", async () => {
    expect((await listInbox(party, TODAY)).plans).toEqual([]);
    const may = await db.prisma.reportingPeriod.findFirstOrThrow({ where: { planId, kind: "MONTHLY", label: "2023年5月" } });
    await expect(
      saveReport(party, reportInputSchema.parse({ measureId: doneMeasure, periodId: may.id, percent: 90, progress: "补报" })),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "2023年度计划已归档，不再接受进展报送。" });
  });
});
