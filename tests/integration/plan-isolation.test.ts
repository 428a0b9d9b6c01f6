// Plans side by side (issue 11): the city's 2023 plan and 任城区's, with one unit (市教育科学研究院)
// working in both, and the same kinds of work in each — reports (approved, submitted, a draft, one
// with data-quality warnings), ledger entries, extension requests, inspections, chases, bulletins,
// escalations. Every list, count and export of one plan must hold its own rows and none of the
// other's; the lists that span plans (我的填报, 审核, 延期申请, 县市区对比) keep each row with its plan
// and a county's own staff see their county only.
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import { bulletinFile } from "@/lib/data/bulletins/bulletin-file.ts";
import { getBulletin } from "@/lib/data/bulletins/get-bulletin.ts";
import { issueBulletin } from "@/lib/data/bulletins/issue-bulletin.ts";
import { listMeasureChases } from "@/lib/data/chases/list-measure-chases.ts";
import { chaseInputSchema, sendChase } from "@/lib/data/chases/send-chase.ts";
import { extensionRequestSchema } from "@/lib/data/extensions/extension-input.ts";
import { listExtensionRequests } from "@/lib/data/extensions/list-extension-requests.ts";
import { requestExtension } from "@/lib/data/extensions/request-extension.ts";
import { recordInspectionSchema } from "@/lib/data/inspections/inspection-input.ts";
import { listInspections } from "@/lib/data/inspections/list-inspections.ts";
import { recordInspection } from "@/lib/data/inspections/record-inspection.ts";
import { listMilestoneAgenda } from "@/lib/data/milestones/list-milestone-agenda.ts";
import { createReminders } from "@/lib/data/notifications/create-reminders.ts";
import { listNotifications } from "@/lib/data/notifications/list-notifications.ts";
import { listPlans } from "@/lib/data/plans/list-plans.ts";
import type { PlanSummary } from "@/lib/data/plans/resolve-plan.ts";
import { createProblem } from "@/lib/data/problems/create-problem.ts";
import { createProblemSchema } from "@/lib/data/problems/problem-input.ts";
import { listProblems, problemFiltersSchema } from "@/lib/data/problems/list-problems.ts";
import { problemsFile } from "@/lib/data/problems/problems-file.ts";
import { listQualityWarnings } from "@/lib/data/quality/list-quality-warnings.ts";
import { listInbox } from "@/lib/data/reports/list-inbox.ts";
import { listReviewQueue, reviewFiltersSchema } from "@/lib/data/reports/list-review-queue.ts";
import { reportInputSchema } from "@/lib/data/reports/report-input.ts";
import { approveReports } from "@/lib/data/reports/review-reports.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import { setEscalation } from "@/lib/data/status/escalations.ts";
import { getCountyComparison } from "@/lib/data/status/get-county-comparison.ts";
import { getDashboard } from "@/lib/data/status/get-dashboard.ts";
import { getPlanStatus } from "@/lib/data/status/get-plan-status.ts";
import { getStatusForApi } from "@/lib/data/status/get-status-for-api.ts";
import { getSummary } from "@/lib/data/status/get-summary.ts";
import { ledgerFile } from "@/lib/data/status/ledger-file.ts";
import { listTasks } from "@/lib/data/tasks/list-tasks.ts";
import { planLabel } from "@/lib/format.ts";
import { listUnits } from "@/lib/data/units/list-units.ts";
import { mutate } from "@/lib/data/mutate.ts";
import { createViewer, planOf } from "../helpers/factories.ts";
import { createTestDb, useAsAppDb, type TestDb } from "../helpers/test-db.ts";
import { createTwoPlans, type TwoPlans } from "../helpers/two-plans.ts";

type Side = "city" | "county";
const SIDES: Side[] = ["city", "county"];
const other = (side: Side): Side => (side === "city" ? "county" : "city");
const TODAY = "2023-07-20";

let db: TestDb;
let two: TwoPlans;
let v: { cityCoordinator: Viewer; countyCoordinator: Viewer; countyLeader: Viewer; shared: Viewer; countyLead: Viewer };
/** What was written in each plan, by id. */
const made: Record<
  Side,
  { reports: number[]; problems: number[]; extensions: number[]; inspections: number[]; bulletin: number; chase: number }
> = {
  city: { reports: [], problems: [], extensions: [], inspections: [], bulletin: 0, chase: 0 },
  county: { reports: [], problems: [], extensions: [], inspections: [], bulletin: 0, chase: 0 },
};
const planIdOf = (side: Side) => (side === "city" ? two.cityPlanId : two.countyPlanId);
const plan = (side: Side, viewer: Viewer = v.cityCoordinator): Promise<PlanSummary> => planOf(viewer, planIdOf(side));
const periodOf = async (side: Side, label: string) =>
  (await db.prisma.reportingPeriod.findFirstOrThrow({ where: { planId: planIdOf(side), kind: "MONTHLY", label } })).id;

/** Every id of `ids` is one of `side`'s measures, and there is at least one. */
function expectMeasuresOf(side: Side, ids: number[], what: string) {
  expect(ids.length, `${what}: empty`).toBeGreaterThan(0);
  for (const id of ids) expect(two.measures[side].has(id), `${what}: measure ${id} is not the ${side}'s`).toBe(true);
}

/** The text of every cell of every sheet of an Excel file. */
async function xlsxText(body: Uint8Array | Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const cells: string[] = [];
  for (const sheet of wb.worksheets) sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text)));
  return cells.join("\n");
}

/** The same kinds of work in one plan, by the shared unit and the plan's coordinator. */
async function workIn(side: Side) {
  const p = await plan(side);
  const [may, june] = [await periodOf(side, "2023年5月"), await periodOf(side, "2023年6月")];
  const [first, second] = two.sharedMeasures[side];
  const coordinator = side === "city" ? v.cityCoordinator : v.countyCoordinator;
  const save = (viewer: Viewer, input: Record<string, unknown>) =>
    saveReport(viewer, reportInputSchema.parse({ progress: `${p.region.name}进展`, ...input }));

  const approved = await save(v.shared, { measureId: first, periodId: may, percent: 20, submit: true });
  await approveReports(coordinator, [approved.id]);
  const submitted = await save(v.shared, { measureId: second, periodId: may, percent: 30, submit: true });
  const draft = await save(v.shared, { measureId: first, periodId: june, percent: 35 });
  made[side].reports.push(approved.id, submitted.id, draft.id);
  made[side].problems.push(
    (
      await createProblem(
        coordinator,
        createProblemSchema.parse({
          measureId: first,
          unitId: two.sharedUnitId,
          description: `${p.region.name}台账问题`,
          dueOn: "2023-07-25",
        }),
      )
    ).id,
  );
  made[side].extensions.push(
    (
      await requestExtension(
        v.shared,
        extensionRequestSchema.parse({ measureId: second, requestedDueOn: "2024-03-31", reason: `${p.region.name}申请延期` }),
      )
    ).id,
  );
  const inspection = await recordInspection(
    coordinator,
    recordInspectionSchema.parse({
      planId: p.id,
      year: 2023,
      quarter: 2,
      inspectedOn: "2023-07-10",
      findings: [{ measureId: second, level: "NONCONFORMING", notes: `${p.region.name}巡查` }],
    }),
  );
  made[side].inspections.push(inspection.id);
  made[side].problems.push(...inspection.problemIds);
  made[side].chase = (
    await sendChase(
      coordinator,
      chaseInputSchema.parse({
        target: "report",
        measureId: second,
        unitId: two.sharedUnitId,
        periodId: june,
        message: `${p.region.name}催办`,
      }),
    )
  ).chaseId;
  made[side].bulletin = (await issueBulletin(coordinator, may)).id;
  await setEscalation(coordinator, { measureId: first, cadence: "WEEKLY", reason: `${p.region.name}周调度` });
}

beforeAll(async () => {
  db = await createTestDb();
  useAsAppDb(db);
  process.env.DUBAN_TODAY = TODAY;
  two = await createTwoPlans(db.prisma);
  v = {
    cityCoordinator: await createViewer(db.prisma, "COORDINATOR"),
    countyCoordinator: await createViewer(db.prisma, "COORDINATOR", null, two.countyId),
    countyLeader: await createViewer(db.prisma, "LEADER", null, two.countyId),
    shared: await createViewer(db.prisma, "REPORTER", two.sharedUnitId),
    countyLead: await createViewer(db.prisma, "REPORTER", two.onlyUnit.county.id),
  };
  for (const side of SIDES) await workIn(side);
  // The county's shared measure with 100 % claimed months early: a data-quality warning, explained.
  const june = await periodOf("county", "2023年6月");
  const early = await saveReport(
    v.shared,
    reportInputSchema.parse({
      measureId: two.sharedMeasures.county[1],
      periodId: june,
      percent: 100,
      progress: "提前完成",
      qualityExplanation: "已全部完成",
      submit: true,
    }),
  );
  made.county.reports.push(early.id);
}, 120_000);
afterAll(async () => {
  delete process.env.DUBAN_TODAY;
  await db?.drop();
});

describe("the fixture", () => {
  it("has one unit in both plans and work in each", async () => {
    expect(two.sharedMeasures.city.length).toBeGreaterThanOrEqual(2);
    expect(two.sharedMeasures.county.length).toBe(2);
    expect(two.measures.county.size).toBe(6);
    expect(two.measures.city.size).toBe(38);
  });
});

describe.each(SIDES)("the %s plan's own pages", (side) => {
  it("tasks and units: its own only", async () => {
    const p = await plan(side);
    const tasks = await listTasks(p);
    const titles = tasks.actions.flatMap((a) => a.tasks.map((t) => t.title));
    const theirs = (await listTasks(await plan(other(side)))).actions.flatMap((a) => a.tasks.map((t) => t.title));
    expect(titles).toHaveLength(side === "city" ? 26 : 4);
    expect(titles.filter((t) => theirs.includes(t))).toEqual([]);
    const units = (await listUnits(p)).units.map((u) => u.name);
    expect(units).toContain("市教育科学研究院");
    expect(units).toContain(two.onlyUnit[side].name);
    expect(units).not.toContain(two.onlyUnit[other(side)].name);
  });

  it("status, dashboard, summary, status API: its own measures, counted once", async () => {
    for (const viewer of side === "county" ? [v.cityCoordinator, v.countyCoordinator, v.countyLeader] : [v.cityCoordinator]) {
      const p = await plan(side, viewer);
      const status = await getPlanStatus(viewer, p, TODAY);
      expect(status.measures.map((m) => m.id).sort()).toEqual([...two.measures[side]].sort());
      const dashboard = await getDashboard(viewer, p, TODAY);
      expectMeasuresOf(
        side,
        dashboard.status.measures.map((m) => m.id),
        "dashboard",
      );
      expect(Object.values(dashboard.tables.counts).reduce((a, b) => a + b, 0)).toBe(two.measures[side].size);
      for (const point of dashboard.trend) expect(Object.values(point.counts).reduce((a, b) => a + b, 0)).toBe(two.measures[side].size);
      expectMeasuresOf(
        side,
        dashboard.tables.redItems.items.map((r) => r.id),
        "red items",
      );
      const units = new Set((await listUnits(p)).units.map((u) => u.id));
      for (const row of dashboard.tables.scoreboard) expect(units.has(row.unitId), `scoreboard unit ${row.name}`).toBe(true);
      for (const unit of dashboard.tables.heatmap.units) expect(units.has(unit.id), `heatmap unit ${unit.name}`).toBe(true);
      const summary = await getSummary(viewer, p, TODAY);
      expect(Object.values(summary.counts).reduce((a, b) => a + b, 0)).toBe(two.measures[side].size);
      expectMeasuresOf(
        side,
        summary.items.map((i) => i.id),
        "summary items",
      );
      expect(summary.units.map((u) => u.name)).not.toContain(two.onlyUnit[other(side)].name);
      const api = await getStatusForApi(viewer, { planId: p.id, asOf: TODAY });
      expect(api.measures.map((m) => m.id).sort()).toEqual([...two.measures[side]].sort());
      // Each task counts its measures' colours: together, the plan's measures once each.
      expect(api.tasks.flatMap((t) => Object.values(t.counts)).reduce((a, b) => a + b, 0)).toBe(two.measures[side].size);
    }
  });

  it("the data-quality panel lists the county's warned report only in the county", async () => {
    const warned = (await listQualityWarnings(v.cityCoordinator, planIdOf(side), TODAY)).flatMap((u) =>
      [...u.open, ...u.accepted].map((r) => r.id),
    );
    if (side === "county") expect(warned).toContain(made.county.reports.at(-1));
    else expect(warned).toEqual([]);
    // Asked for another county's plan by id, a county's staff get nothing.
    const countyWarned = await listQualityWarnings(v.countyCoordinator, two.countyPlanId, TODAY);
    expect(countyWarned.length).toBe(1);
    // A warning put on a city report as a write of the portal would: declaring its measure touched,
    // so that what is kept across writes (the panel's rows) is read again.
    const setWarnings = (qualityWarnings: Prisma.InputJsonValue | typeof Prisma.DbNull) =>
      mutate(
        null,
        {
          permission: "system",
          db: db.prisma,
          unaudited: "a test's fixture",
          touches: (r: { measureId: number }) => ({ measures: [r.measureId] }),
        },
        (tx) => tx.progressReport.update({ where: { id: made.city.reports[1] }, data: { qualityWarnings }, select: { measureId: true } }),
      );
    await setWarnings([{ code: "PROGRESS_JUMP", text: "进度跃升" }]);
    expect((await listQualityWarnings(v.cityCoordinator, two.cityPlanId, TODAY)).length).toBe(1);
    expect(await listQualityWarnings(v.countyCoordinator, two.cityPlanId, TODAY)).toEqual([]);
    await setWarnings(Prisma.DbNull);
  });

  it("milestones due and missed: its own measures only", async () => {
    const agenda = await listMilestoneAgenda(v.cityCoordinator, await plan(side), TODAY);
    expectMeasuresOf(
      side,
      [...agenda.dueSoon, ...agenda.missed].map((m) => m.measure.id),
      "milestone agenda",
    );
  });

  it("ledger list, counts and export: its own entries only", async () => {
    const p = await plan(side);
    const list = await listProblems(v.cityCoordinator, p, problemFiltersSchema.parse({}));
    expect(list.rows.map((r) => r.id).sort()).toEqual([...made[side].problems].sort());
    expect(list.total).toBe(made[side].problems.length);
    expect(list.counts.OPEN + list.counts.RESOLUTION_SUBMITTED + list.counts.RESOLVED).toBe(made[side].problems.length);
    const text = await xlsxText((await problemsFile(v.cityCoordinator, p, problemFiltersSchema.parse({}))).body);
    expect(text).toContain(`${p.region.name}台账问题`);
    expect(text).not.toContain(`${(await plan(other(side))).region.name}台账问题`);
  });

  it("the ledger export (重点任务台账): its own measures and units only", async () => {
    const p = await plan(side);
    const text = await xlsxText((await ledgerFile(v.cityCoordinator, p, TODAY)).body);
    expect(text).toContain(two.onlyUnit[side].name);
    expect(text).not.toContain(two.onlyUnit[other(side)].name);
  });

  it("bulletins: its own, with its own measures, in Word and Excel", async () => {
    const p = await plan(side);
    const { bulletins } = await (await import("@/lib/data/bulletins/list-bulletins.ts")).listBulletins(v.cityCoordinator, p);
    expect(bulletins.map((b) => b.id)).toEqual([made[side].bulletin]);
    const snapshot = (await getBulletin(v.cityCoordinator, made[side].bulletin))!.snapshot;
    expect(snapshot.measures).toHaveLength(two.measures[side].size);
    const xlsx = await xlsxText((await bulletinFile(v.cityCoordinator, made[side].bulletin, "xlsx"))!.body);
    const docx = (
      await mammoth.extractRawText({ buffer: Buffer.from((await bulletinFile(v.cityCoordinator, made[side].bulletin, "docx"))!.body) })
    ).value;
    for (const text of [xlsx, docx]) {
      expect(text).toContain(two.onlyUnit[side].name);
      expect(text).not.toContain(two.onlyUnit[other(side)].name);
    }
  });

  it("inspections: its own only", async () => {
    const list = await listInspections(v.cityCoordinator, await plan(side));
    expect(list.rows.map((r) => r.id)).toEqual(made[side].inspections);
  });

  it("chases: on its own measure's history only", async () => {
    const ids = (await listMeasureChases(v.cityCoordinator, two.sharedMeasures[side][1])).map((c) => c.id);
    expect(ids).toContain(made[side].chase);
    expect(ids).not.toContain(made[other(side)].chase);
  });
});

describe("lists that span plans keep each row in its plan", () => {
  it("我的填报: the shared unit owes in both plans, each group holding its own plan's measures and periods", async () => {
    const inbox = await listInbox(v.shared, TODAY);
    expect(inbox.plans.map((p) => p.plan.id).sort()).toEqual([two.cityPlanId, two.countyPlanId].sort());
    for (const { plan: p, groups } of inbox.plans) {
      const side: Side = p.id === two.cityPlanId ? "city" : "county";
      const periods = new Set(
        (await db.prisma.reportingPeriod.findMany({ where: { planId: p.id }, select: { id: true } })).map((r) => r.id),
      );
      const measureIds = groups.flatMap((g) => g.rows.map((r) => r.measure.id));
      expectMeasuresOf(side, measureIds, `inbox ${side}`);
      for (const g of groups) expect(periods.has(g.period.id), `inbox period ${g.period.label}`).toBe(true);
    }
  });

  it("审核: filtered by plan, each plan's submitted reports only; a county's coordinator sees the county only", async () => {
    const ids = async (viewer: Viewer, planFilter?: number) =>
      (await listReviewQueue(viewer, reviewFiltersSchema.parse({ state: "ALL", plan: planFilter }))).rows.map((r) => r.id).sort();
    const inPlan = async (side: Side) =>
      (
        await db.prisma.progressReport.findMany({
          where: { measure: { planId: planIdOf(side) }, state: { not: "DRAFT" } },
          select: { id: true },
        })
      )
        .map((r) => r.id)
        .sort();
    expect(await ids(v.cityCoordinator, two.cityPlanId)).toEqual(await inPlan("city"));
    expect(await ids(v.cityCoordinator, two.countyPlanId)).toEqual(await inPlan("county"));
    expect(await ids(v.cityCoordinator)).toEqual([...(await inPlan("city")), ...(await inPlan("county"))].sort());
    expect(await ids(v.countyCoordinator)).toEqual(await inPlan("county"));
    expect(await ids(v.countyCoordinator, two.cityPlanId)).toEqual([]);
    // The unit filter offers the units of the plans in reach only.
    const units = (await listReviewQueue(v.countyCoordinator, reviewFiltersSchema.parse({}))).units.map((u) => u.name);
    expect(units).toContain(two.onlyUnit.county.name);
    expect(units).not.toContain(two.onlyUnit.city.name);
  });

  it("延期申请: the city's staff see both plans' requests, a county's coordinator the county's, the unit its own in both", async () => {
    const ids = async (viewer: Viewer) => (await listExtensionRequests(viewer)).pending.map((r) => r.id).sort();
    const both = [...made.city.extensions, ...made.county.extensions].sort();
    expect(await ids(v.cityCoordinator)).toEqual(both);
    expect(await ids(v.shared)).toEqual(both);
    expect(await ids(v.countyCoordinator)).toEqual(made.county.extensions);
    // A list of both plans names each row's plan; the county's own list is of one plan.
    const cityList = await listExtensionRequests(v.cityCoordinator);
    expect(cityList.spansPlans).toBe(true);
    for (const row of cityList.pending) {
      const side: Side = made.city.extensions.includes(row.id) ? "city" : "county";
      expect(row.plan).toEqual({ id: planIdOf(side), label: planLabel(await plan(side)) });
    }
    expect((await listExtensionRequests(v.countyCoordinator)).spansPlans).toBe(false);
  });

  it("县市区对比 and the status API with counties: the county's own figures", async () => {
    const city = await plan("city");
    const comparison = await getCountyComparison(v.cityCoordinator, city, TODAY);
    expect(comparison.rows.map((r) => r.planId)).toEqual([two.countyPlanId]);
    const countyStatus = await getPlanStatus(v.cityCoordinator, await plan("county"), TODAY);
    expect(Object.values(comparison.rows[0].counts).reduce((a, b) => a + b, 0)).toBe(two.measures.county.size);
    const expected = { RED: 0, YELLOW: 0, BLUE: 0, DONE: 0, NOT_REPORTED: 0 };
    for (const m of countyStatus.measures) expected[m.status.colour] += 1;
    expect(comparison.rows[0].counts).toEqual(expected);
    const api = await getStatusForApi(v.cityCoordinator, { planId: two.cityPlanId, asOf: TODAY, counties: true });
    expectMeasuresOf(
      "city",
      api.measures.map((m) => m.id),
      "API city measures",
    );
    expect(api.counties?.map((c) => c.planId)).toEqual([two.countyPlanId]);
  });

  it("a county's staff cannot read the city plan's status, dashboard, ledger or bulletins", async () => {
    const city = await planOf(v.countyCoordinator, two.cityPlanId);
    for (const viewer of [v.countyCoordinator, v.countyLeader]) {
      await expect(getPlanStatus(viewer, city, TODAY)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getDashboard(viewer, city, TODAY)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getSummary(viewer, city, TODAY)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getStatusForApi(viewer, { planId: two.cityPlanId })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listProblems(viewer, city, problemFiltersSchema.parse({}))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(ledgerFile(viewer, city, TODAY)).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await getBulletin(viewer, made.city.bulletin)).toBeNull();
    }
  });

  it("the plan list: a county's staff see their county's plan, named under the city's plan of its year", async () => {
    const { plans } = await listPlans(v.countyCoordinator);
    expect(plans.map((p) => [p.id, p.parentId])).toEqual([[two.countyPlanId, two.cityPlanId]]);
    const all = (await listPlans(v.cityCoordinator)).plans;
    expect(all.map((p) => [p.id, p.parentId])).toEqual([
      [two.cityPlanId, null],
      [two.countyPlanId, two.cityPlanId],
    ]);
  });

  it("reminders and chases reach the shared unit from both plans, each naming its plan", async () => {
    await createReminders(TODAY);
    const chases = (await listNotifications(v.shared)).pinned;
    expect(chases.map((n) => n.body).join("\n")).toContain("市本级催办");
    expect(chases.map((n) => n.body).join("\n")).toContain("任城区催办");
    const reminders = await db.prisma.notification.findMany({ where: { userId: v.shared.id, kind: "REPORT_OVERDUE" } });
    const label = async (side: Side) => planLabel(await plan(side));
    // Each reminder leads to a report of a measure of the plan it names.
    for (const n of reminders) {
      const measureId = Number(n.href!.split("/").at(-1));
      const side: Side = two.measures.city.has(measureId) ? "city" : "county";
      expect(n.body.startsWith(`【${await label(side)}】`), `${n.href} ${n.body}`).toBe(true);
    }
    expect(new Set(reminders.map((n) => (two.measures.city.has(Number(n.href!.split("/").at(-1))) ? "city" : "county")))).toEqual(
      new Set(SIDES),
    );
  });
});
