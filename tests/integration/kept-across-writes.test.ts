// What the dashboard reads besides the status, kept across writes and read again only for the
// measures a write touched (lib/data/status/kept-across-writes.ts): 一键催报's overdue summary and
// the 数据质量 panel must equal a fresh reading of the whole plan, and the waiting count beside 审核
// a fresh count, after each kind of write that changes them — a submission with a warning, its
// return (owed again, off the panel), a new submission and its approval.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { getOverdueSummary } from "@/lib/data/chases/chase-overdue-units.ts";
import { listOverdueReports } from "@/lib/data/chases/internal/list-overdue-reports.ts";
import { listQualityWarnings } from "@/lib/data/quality/list-quality-warnings.ts";
import { reportInputSchema } from "@/lib/data/reports/report-input.ts";
import { countWaitingReports } from "@/lib/data/reports/count-waiting-reports.ts";
import { approveReports, returnReport } from "@/lib/data/reports/review-reports.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import { installTestDb } from "../helpers/app-db.ts";
import { createViewer, measureByNumbers, planOf, seedPlan } from "../helpers/factories.ts";
import { testBackendName, type TestDb } from "../helpers/test-db.ts";

const TODAY = "2023-06-20";

describe(`overdue summary, data-quality panel and waiting count kept across writes (${testBackendName()})`, () => {
  let db: TestDb;
  let planId: number;
  let measure: { id: number; unitIds: number[] };
  let lead: Viewer;
  let coordinator: Viewer;

  beforeAll(async () => {
    process.env.DUBAN_TODAY = TODAY;
    db = await installTestDb();
    planId = await seedPlan(db.prisma);
    measure = await measureByNumbers(db.prisma, planId, 1, 3);
    lead = await createViewer(db.prisma, "REPORTER", measure.unitIds[0]);
    coordinator = await createViewer(db.prisma, "COORDINATOR");
  });
  afterAll(async () => {
    delete process.env.DUBAN_TODAY;
    await db?.drop();
  });

  /** The summary from the whole plan's overdue reports, read afresh. */
  const freshSummary = async () => {
    const overdue = await listOverdueReports(db.prisma, planId, TODAY);
    return { units: new Set(overdue.map((r) => r.unitId)).size, reports: overdue.length };
  };
  /** The reports with warnings the panel must list, read afresh. */
  const freshWarned = async () =>
    (
      await db.prisma.progressReport.findMany({
        where: { measure: { planId }, state: { in: ["SUBMITTED", "APPROVED"] }, qualityWarnings: { not: Prisma.DbNull } },
        select: { id: true },
      })
    )
      .map((r) => r.id)
      .sort((a, b) => a - b);
  const fresh = async () => ({
    summary: await freshSummary(),
    warned: await freshWarned(),
    waiting: await db.prisma.progressReport.count({ where: { state: "SUBMITTED" } }),
  });
  const kept = async () => {
    const plan = await planOf(coordinator, planId);
    const [summary, quality, waiting] = await Promise.all([
      getOverdueSummary(coordinator, plan),
      listQualityWarnings(coordinator, planId, TODAY),
      countWaitingReports(coordinator),
    ]);
    const warned = quality.flatMap((u) => [...u.open, ...u.accepted].map((r) => r.id)).sort((a, b) => a - b);
    return { summary: { units: summary.units, reports: summary.reports }, warned, waiting };
  };

  it("equals a fresh reading of the whole plan after each write", async () => {
    const may = (await db.prisma.reportingPeriod.findFirstOrThrow({ where: { planId, label: "2023年5月" } })).id;
    /** The lead unit's May report submitted at 100 % (a warning: done long before the due date). */
    const submit = (version: number | null, explanation: string) =>
      saveReport(
        lead,
        reportInputSchema.parse({
          measureId: measure.id,
          periodId: may,
          version,
          percent: 100,
          progress: "已完成",
          submit: true,
          qualityExplanation: explanation,
        }),
      );
    const mayReport = async () =>
      db.prisma.progressReport.findFirstOrThrow({ where: { measureId: measure.id, periodId: may, unitId: lead.unitId! } });

    const before = await kept();
    expect(before).toEqual(await fresh());
    expect(before.summary.reports).toBeGreaterThan(0);

    const steps: [string, () => Promise<unknown>][] = [
      ["submitted with a warning", () => submit(null, "已全部完成，佐证随后补交")],
      ["returned", async () => returnReport(coordinator, (await mayReport()).id, "请补充佐证")],
      ["submitted again", async () => submit((await mayReport()).version, "佐证已补交")],
      ["approved", async () => approveReports(coordinator, [(await mayReport()).id])],
    ];
    const seen: { summary: { units: number; reports: number }; warned: number[]; waiting: number }[] = [before];
    for (const [step, write] of steps) {
      await write();
      const now = await kept();
      expect(now, step).toEqual(await fresh());
      seen.push(now);
    }
    // The writes did change what is shown: the warning came, went with the return, came back.
    expect(seen.map((s) => s.warned.length)).toEqual([0, 1, 0, 1, 1]);
    expect(seen[2].summary.reports).toBe(seen[1].summary.reports + 1);
    expect(seen.map((s) => s.waiting - before.waiting)).toEqual([0, 1, 0, 1, 0]);
  });
});
