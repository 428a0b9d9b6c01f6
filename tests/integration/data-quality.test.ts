// 数据质量 on the real database, through the API as units use it: warnings on every save, refused
// submissions without an explanation (nothing written), warnings and explanation stored with the
// report and shown on the review desk, 只增不减 marks, the plan's settings, reports for periods not
// started refused, the dashboard's panel by unit, and the bulletin that includes them.
// The tests in this file share one database and run in order.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postReport } from "@/app/api/v1/reports/route.ts";
import { apiErrorSchema } from "@/lib/api/contract.ts";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { issueBulletin } from "@/lib/data/bulletins/issue-bulletin.ts";
import { markIndicator } from "@/lib/data/quality/indicator-marks.ts";
import { listQualityWarnings } from "@/lib/data/quality/list-quality-warnings.ts";
import { getQualitySettings, updateQualitySettings } from "@/lib/data/quality/quality-settings.ts";
import { getReportForm } from "@/lib/data/reports/get-report-form.ts";
import { listReviewQueue, reviewFiltersSchema } from "@/lib/data/reports/list-review-queue.ts";
import { approveReports } from "@/lib/data/reports/review-reports.ts";
import { createToken } from "@/lib/data/tokens/create-token.ts";
import type { BulletinSnapshot } from "@/lib/domain/bulletin/bulletin-snapshot.ts";
import { createTestDb, useAsAppDb, type TestDb } from "../helpers/test-db.ts";
import { createViewer, measureByNumbers, seedPlan } from "../helpers/factories.ts";

let db: TestDb;
let planId: number;
let planning: Viewer; // 发展规划科: alone on 任务9措施1 (28所, 4万个) and 任务18措施1 (32所, 0.9万个)
let token: string;
let coordinator: Viewer;
let admin: Viewer;
let leader: Viewer;
let m91: { id: number; indicatorIds: number[] };
let m181: { id: number; indicatorIds: number[] };
const period = new Map<string, number>();

const today = (date: string) => {
  process.env.DUBAN_TODAY = date;
};
const post = (body: Record<string, unknown>) =>
  postReport(
    new Request("http://127.0.0.1/api/v1/reports", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    }),
    {
      params: Promise.resolve({}),
    },
  );
const report = (measureId: number, month: string, over: Record<string, unknown> = {}) => ({
  measureId,
  periodId: period.get(`2023年${month}`),
  percent: 30,
  progress: "按计划推进",
  ...over,
});
const counts = async () => [await db.prisma.progressReport.count(), await db.prisma.auditEvent.count()];
const rowOf = (id: number) =>
  db.prisma.progressReport.findUniqueOrThrow({ where: { id }, select: { state: true, qualityWarnings: true, qualityExplanation: true } });

beforeAll(async () => {
  db = await createTestDb();
  useAsAppDb(db);
  today("2023-05-03");
  planId = await seedPlan(db.prisma);
  m91 = await measureByNumbers(db.prisma, planId, 9, 1);
  m181 = await measureByNumbers(db.prisma, planId, 18, 1);
  const unitId = (await db.prisma.unit.findFirstOrThrow({ where: { name: "发展规划科" } })).id;
  planning = await createViewer(db.prisma, "REPORTER", unitId);
  token = (await createToken(planning, { name: "数据质量" })).token;
  coordinator = await createViewer(db.prisma, "COORDINATOR");
  admin = await createViewer(db.prisma, "ADMIN");
  leader = await createViewer(db.prisma, "LEADER");
  for (const p of await db.prisma.reportingPeriod.findMany({ where: { planId } })) period.set(p.label, p.id);
  // April: 15 % and 3000 new school places, submitted and approved.
  for (const [measureId, percent, actuals] of [
    [m91.id, 15, []],
    [m181.id, 20, [{ indicatorId: 0, value: 3000 }]],
  ] as const) {
    const body = report(measureId, "4月", {
      percent,
      submit: true,
      actuals: actuals.map((a) => ({ ...a, indicatorId: m181.indicatorIds[1] })),
    });
    const res = await post(body);
    expect(res.status).toBe(201);
    expect((await res.json()).warnings).toEqual([]);
    await approveReports(coordinator, [
      (await db.prisma.progressReport.findFirstOrThrow({ where: { measureId, periodId: body.periodId } })).id,
    ]);
  }
  today("2023-06-03");
});
afterAll(async () => {
  delete process.env.DUBAN_TODAY;
  await db?.drop();
});

describe("a falling percent (15 → 5)", () => {
  let mayId: number;

  it("is a warning on a draft, which saves without an explanation and stores none", async () => {
    const res = await post(report(m91.id, "5月", { percent: 5 }));
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.warnings).toEqual([{ code: "PROGRESS_FELL", text: "累计完成进度由上次报送的 15% 降至 5%" }]);
    mayId = body.id;
    expect(await rowOf(mayId)).toEqual({ state: "DRAFT", qualityWarnings: null, qualityExplanation: null });
  });

  it("cannot be submitted without an explanation: 400 naming each warning, nothing written", async () => {
    const before = await counts();
    for (const qualityExplanation of [undefined, "", "   "]) {
      const res = await post(report(m91.id, "5月", { percent: 5, version: 1, submit: true, qualityExplanation }));
      expect(res.status).toBe(400);
      expect(apiErrorSchema.parse(await res.json()).error).toEqual({
        code: "INVALID_INPUT",
        message: "本次报送有 1 条数据质量提示，请填写情况说明后再提交。",
        fields: { qualityExplanation: ["累计完成进度由上次报送的 15% 降至 5%"] },
      });
    }
    expect(await counts()).toEqual(before);
    expect((await rowOf(mayId)).state).toBe("DRAFT");
  });

  it("is submitted with an explanation, both stored with the report", async () => {
    const res = await post(
      report(m91.id, "5月", { percent: 5, version: 1, submit: true, qualityExplanation: "4月误将全年计划数填为完成数，5月更正。" }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ state: "SUBMITTED", warnings: [{ code: "PROGRESS_FELL" }] });
    expect(await rowOf(mayId)).toEqual({
      state: "SUBMITTED",
      qualityWarnings: [{ code: "PROGRESS_FELL", text: "累计完成进度由上次报送的 15% 降至 5%" }],
      qualityExplanation: "4月误将全年计划数填为完成数，5月更正。",
    });
  });

  it("the review desk shows the warning and the explanation", async () => {
    const queue = await listReviewQueue(coordinator, reviewFiltersSchema.parse({}));
    const row = queue.rows.find((r) => r.id === mayId)!;
    expect(row.qualityWarnings.map((w) => w.text)).toEqual(["累计完成进度由上次报送的 15% 降至 5%"]);
    expect(row.qualityExplanation).toBe("4月误将全年计划数填为完成数，5月更正。");
    // Reports without warnings carry none.
    expect(queue.rows.filter((r) => r.id !== mayId).every((r) => r.qualityWarnings.length === 0)).toBe(true);
  });
});

describe("a jump, and 100 % claimed early without evidence", () => {
  it("5 → 100 in one month, half a year before the due date and without evidence, is two warnings", async () => {
    const res = await post(report(m91.id, "6月", { percent: 100 }));
    expect((await res.json()).warnings.map((w: { text: string }) => w.text)).toEqual([
      "完成进度由上次报送的 5% 升至 100%，一次提高 95 个百分点，超过 40 个百分点",
      "距完成时限还有 211 天即报完成 100%，但未附佐证材料",
    ]);
  });

  it("follow the plan's setting, which administrators change (audited) and coordinators cannot", async () => {
    await expect(updateQualitySettings(coordinator, { planId, jumpPoints: 96, targetMultiple: 2 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await updateQualitySettings(admin, { planId, jumpPoints: 96, targetMultiple: 2 });
    expect(await getQualitySettings(admin, planId)).toEqual({ jumpPoints: 96, targetMultiple: 2 });
    expect(await db.prisma.auditEvent.findFirst({ where: { action: "plan.quality" }, select: { after: true } })).toEqual({
      after: { jumpPoints: 96, targetMultiple: 2 },
    });
    const draft = await db.prisma.progressReport.findFirstOrThrow({ where: { measureId: m91.id, periodId: period.get("2023年6月") } });
    const res = await post(report(m91.id, "6月", { percent: 100, version: draft.version }));
    expect((await res.json()).warnings.map((w: { code: string }) => w.code)).toEqual(["COMPLETE_EARLY"]);
    await updateQualitySettings(admin, { planId, jumpPoints: 40, targetMultiple: 2 });
  });
});

describe("indicators: ten times the target, and 只增不减", () => {
  const [kindergartens, places] = [0, 1];
  const actuals = (schools: number, newPlaces: number) => [
    { indicatorId: m181.indicatorIds[kindergartens], value: schools },
    { indicatorId: m181.indicatorIds[places], value: newPlaces },
  ];
  const codes = async (res: Response) => (await res.json()).warnings.map((w: { code: string }) => w.code);

  it("an unmarked indicator may fall; above twice its target it may not go unexplained", async () => {
    expect(await codes(await post(report(m181.id, "5月", { actuals: actuals(12, 2500) })))).toEqual([]);
    const draft = await db.prisma.progressReport.findFirstOrThrow({ where: { measureId: m181.id, periodId: period.get("2023年5月") } });
    const res = await post(report(m181.id, "5月", { version: draft.version, actuals: actuals(320, 2500), submit: true }));
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.qualityExplanation).toEqual(["指标“普惠性幼儿园”实际值 320所 超过目标 32所 的 2 倍"]);
  });

  it("the bureau marks an indicator 只增不减 (audited); a unit cannot", async () => {
    const id = m181.indicatorIds[places];
    await expect(markIndicator(planning, { indicatorId: id, mustNotFall: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await markIndicator(coordinator, { indicatorId: id, mustNotFall: true });
    expect((await db.prisma.indicator.findUniqueOrThrow({ where: { id } })).mustNotFall).toBe(true);
    expect(await db.prisma.auditEvent.count({ where: { action: "indicator.mustNotFall", entityId: String(id), measureId: m181.id } })).toBe(
      1,
    );
    await expect(markIndicator(coordinator, { indicatorId: 999_999, mustNotFall: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("then a fall below the unit's previous actual is a warning, and the form knows the mark and the previous figures", async () => {
    const draft = await db.prisma.progressReport.findFirstOrThrow({ where: { measureId: m181.id, periodId: period.get("2023年5月") } });
    expect(await codes(await post(report(m181.id, "5月", { version: draft.version, actuals: actuals(12, 2500) })))).toEqual([
      "INDICATOR_FELL",
    ]);
    const form = await getReportForm(planning, m181.id, period.get("2023年5月")!);
    expect(form?.quality).toMatchObject({
      previousPercent: 20,
      previousActuals: [{ indicatorId: m181.indicatorIds[places], value: 3000 }],
      settings: { jumpPoints: 40, targetMultiple: 2 },
      dueDate: "2023-12-31",
    });
    expect(form?.quality.indicators.map((i) => i.mustNotFall)).toEqual([false, true]);
  });
});

describe("a report for a period that has not started", () => {
  it("is refused, draft or submission, writing nothing", async () => {
    const before = await counts();
    for (const submit of [false, true]) {
      const res = await post(report(m91.id, "7月", { submit }));
      expect(res.status).toBe(400);
      expect((await res.json()).error).toEqual({ code: "INVALID_INPUT", message: "2023年7月尚未开始（2023年7月1日 开始），不能填报。" });
    }
    const december = await post(report(m91.id, "12月", { percent: 100, submit: true, qualityExplanation: "提前完成" }));
    expect(december.status).toBe(400);
    expect(await counts()).toEqual(before);
  });
});

describe("the dashboard's 数据质量 panel and the bulletin", () => {
  it("lists the unit's report awaiting review for the bureau, and approved ones for everyone", async () => {
    const bureau = await listQualityWarnings(coordinator, planId, "2023-06-03");
    expect(bureau.map((u) => [u.unit.name, u.open.map((r) => r.periodLabel), u.accepted.length])).toEqual([
      ["发展规划科", ["2023年5月"], 0],
    ]);
    expect(bureau[0].open[0]).toMatchObject({
      measure: { taskNumber: 9, number: 1 },
      explanation: "4月误将全年计划数填为完成数，5月更正。",
    });
    // The leadership does not read reports awaiting review.
    expect(await listQualityWarnings(leader, planId, "2023-06-03")).toEqual([]);

    const may = await db.prisma.progressReport.findFirstOrThrow({ where: { measureId: m91.id, periodId: period.get("2023年5月") } });
    await approveReports(coordinator, [may.id]);
    const afterwards = await listQualityWarnings(leader, planId, "2023-06-03");
    expect(afterwards.map((u) => [u.unit.name, u.open.length, u.accepted.length])).toEqual([["发展规划科", 0, 1]]);
    // As of a date before it was submitted, nothing.
    expect(await listQualityWarnings(coordinator, planId, "2023-05-31")).toEqual([]);
  });

  it("a bulletin includes the month's warnings when the coordinator asks, and not otherwise", async () => {
    today("2023-06-20");
    const withQuality = await issueBulletin(coordinator, period.get("2023年5月")!, { includeQuality: true });
    const snapshot = (await db.prisma.bulletin.findUniqueOrThrow({ where: { id: withQuality.id } })).snapshot as BulletinSnapshot;
    expect(snapshot.quality).toEqual([
      {
        unit: "发展规划科",
        task: 9,
        number: 1,
        periodLabel: "2023年5月",
        state: "APPROVED",
        warnings: ["累计完成进度由上次报送的 15% 降至 5%"],
        explanation: "4月误将全年计划数填为完成数，5月更正。",
      },
    ]);
    const without = await issueBulletin(coordinator, period.get("2023年4月")!);
    expect("quality" in ((await db.prisma.bulletin.findUniqueOrThrow({ where: { id: without.id } })).snapshot as object)).toBe(false);
  });
});
