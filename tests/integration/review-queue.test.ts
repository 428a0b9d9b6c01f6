// 审核 queue on a real database: submitted reports by default, filters by unit / action / state,
// never drafts, bureau staff only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { listReviewQueue, reviewFiltersSchema } from "@/lib/data/reports/list-review-queue.ts";
import { reportInputSchema } from "@/lib/data/reports/report-input.ts";
import { approveReports } from "@/lib/data/reports/review-reports.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import { installTestDb } from "../helpers/app-db.ts";
import { createViewer, measureByNumbers, seedPlan } from "../helpers/factories.ts";
import { testBackendName, type TestDb } from "../helpers/test-db.ts";

describe(`listReviewQueue (${testBackendName()})`, () => {
  let db: TestDb;
  let coordinator: Viewer;
  let admin: Viewer;
  let hr: Viewer;
  let hrUnitId: number;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    db = await installTestDb();
    const planId = await seedPlan(db.prisma);
    const june = (await db.prisma.reportingPeriod.findFirstOrThrow({ where: { planId, label: "2023年6月" } })).id;
    const m13 = await measureByNumbers(db.prisma, planId, 1, 3); // 人事科 leads (行动一), 机关党委 co-owns
    const m92 = await measureByNumbers(db.prisma, planId, 9, 2); // 人事科 (行动三)
    hrUnitId = m13.unitIds[0];
    hr = await createViewer(db.prisma, "REPORTER", hrUnitId);
    const party = await createViewer(db.prisma, "REPORTER", m13.unitIds[1]);
    coordinator = await createViewer(db.prisma, "COORDINATOR");
    admin = await createViewer(db.prisma, "ADMIN");
    const file = (viewer: Viewer, measureId: number, submit: boolean) =>
      saveReport(viewer, reportInputSchema.parse({ measureId, periodId: june, percent: 50, progress: "推进中。", submit }));
    ids.hr13 = (await file(hr, m13.id, true)).id;
    ids.hr92 = (await file(hr, m92.id, true)).id;
    ids.party13 = (await file(party, m13.id, false)).id; // a draft
    await approveReports(coordinator, [ids.hr92]);
  });
  afterAll(async () => {
    await db?.drop();
  });

  const rowIds = async (viewer: Viewer, params: Record<string, string>) =>
    (await listReviewQueue(viewer, reviewFiltersSchema.parse(params))).rows.map((r) => r.id);

  it("lists submitted reports by default and never drafts, even for an administrator", async () => {
    expect(await rowIds(coordinator, {})).toEqual([ids.hr13]);
    expect((await rowIds(admin, { state: "ALL" })).sort()).toEqual([ids.hr13, ids.hr92].sort());
    expect(await rowIds(coordinator, { state: "APPROVED" })).toEqual([ids.hr92]);
  });

  it("filters by unit and by action", async () => {
    expect((await rowIds(coordinator, { state: "ALL", unit: String(hrUnitId) })).sort()).toEqual([ids.hr13, ids.hr92].sort());
    expect(await rowIds(coordinator, { state: "ALL", action: "1" })).toEqual([ids.hr13]);
    expect(await rowIds(coordinator, { state: "ALL", action: "3" })).toEqual([ids.hr92]);
    expect(await rowIds(coordinator, { state: "ALL", action: "2" })).toEqual([]);
    expect(await rowIds(coordinator, { state: "ALL", unit: "999999" })).toEqual([]);
  });

  it("ignores malformed search params instead of failing", async () => {
    expect(reviewFiltersSchema.parse({ state: "DRAFT", unit: "abc", action: ["1", "2"], page: "-3" })).toEqual({
      state: "SUBMITTED",
      unit: undefined,
      action: undefined,
      page: 1,
    });
  });

  it("is for bureau staff only", async () => {
    await expect(listReviewQueue(hr, reviewFiltersSchema.parse({}))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const leader = await createViewer(db.prisma, "LEADER");
    await expect(listReviewQueue(leader, reviewFiltersSchema.parse({}))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
