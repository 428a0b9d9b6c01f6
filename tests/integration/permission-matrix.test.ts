// The permissions matrix on the real database: every data function behind a server action or an
// API route (the actions and routes are thin wrappers that pass the session's viewer to these),
// for each role and, for unit reporters, for their own unit and another. A refused cell must throw
// FORBIDDEN and change nothing; then the allowed roles succeed on the same fixture.
// With the county scope (issue 11): the plan-bound operations run in the city's plan and again in
// 任城区's; a county's own coordinator and leader act only in their county's plan, another county's
// coordinator nowhere here, the city's staff in both; a frozen plan refuses report writes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role, Viewer } from "@/lib/auth/permissions.ts";
import { auditFilterSchema, listAuditEvents } from "@/lib/data/audit/list-audit-events.ts";
import { issueBulletin } from "@/lib/data/bulletins/issue-bulletin.ts";
import { getAttachment } from "@/lib/data/evidence/get-attachment.ts";
import { getReportForm } from "@/lib/data/reports/get-report-form.ts";
import { listInbox } from "@/lib/data/reports/list-inbox.ts";
import { listMeasureReports } from "@/lib/data/reports/list-measure-reports.ts";
import { listReviewQueue, reviewFiltersSchema } from "@/lib/data/reports/list-review-queue.ts";
import { reportInputSchema } from "@/lib/data/reports/report-input.ts";
import { approveReports, returnReport } from "@/lib/data/reports/review-reports.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import { liftEscalation, setEscalation } from "@/lib/data/status/escalations.ts";
import { liftStatusOverride, setStatusOverride } from "@/lib/data/status/status-override.ts";
import { updateThresholds } from "@/lib/data/status/update-thresholds.ts";
import { renameUnit } from "@/lib/data/units/rename-unit.ts";
import { listUsers } from "@/lib/data/users/list-users.ts";
import { registerUser } from "@/lib/data/users/register-user.ts";
import { resetPassword } from "@/lib/data/users/reset-password.ts";
import { setUserActive } from "@/lib/data/users/set-user-active.ts";
import { updateUser } from "@/lib/data/users/update-user.ts";
import { createTestDb, useAsAppDb, type TestDb } from "../helpers/test-db.ts";
import { createCounty, createViewer, measureByNumbers } from "../helpers/factories.ts";
import { createTwoPlans, type TwoPlans } from "../helpers/two-plans.ts";
import { chaseInputSchema, sendChase } from "@/lib/data/chases/send-chase.ts";
import { extensionDecisionSchema, extensionRequestSchema } from "@/lib/data/extensions/extension-input.ts";
import { decideExtension } from "@/lib/data/extensions/decide-extension.ts";
import { requestExtension } from "@/lib/data/extensions/request-extension.ts";
import { recordInspectionSchema } from "@/lib/data/inspections/inspection-input.ts";
import { recordInspection } from "@/lib/data/inspections/record-inspection.ts";
import { createMilestone } from "@/lib/data/milestones/create-milestone.ts";
import { createMilestoneSchema } from "@/lib/data/milestones/milestone-input.ts";
import { setPlanFrozen } from "@/lib/data/plans/set-plan-frozen.ts";
import { createProblem } from "@/lib/data/problems/create-problem.ts";
import { createProblemSchema } from "@/lib/data/problems/problem-input.ts";
import { markIndicator } from "@/lib/data/quality/indicator-marks.ts";

/** COORDINATOR and LEADER are the city's (the whole city with its counties); county* are 任城区's own. */
type Cell =
  "reporterOwn" | "reporterOther" | "COORDINATOR" | "LEADER" | "ADMIN" | "countyCoordinator" | "countyLeader" | "otherCountyCoordinator";
const CELLS: Cell[] = [
  "reporterOwn",
  "reporterOther",
  "COORDINATOR",
  "LEADER",
  "ADMIN",
  "countyCoordinator",
  "countyLeader",
  "otherCountyCoordinator",
];
type Side = "city" | "county";

let db: TestDb;
let two: TwoPlans;
/** The plan the plan-bound operations run in (the city's, then the county's), with its fixtures. */
let planId: number;
let viewers: Record<Cell, Viewer>;
let ownMeasures: number[];
let slots: { measureId: number; periodId: number }[];
/** Each plan's reporters (own unit: owns `ownMeasures`; other unit: owns none of them). */
const sides = {} as Record<
  Side,
  { planId: number; reporterOwn: Viewer; reporterOther: Viewer; ownMeasures: number[]; slots: { measureId: number; periodId: number }[] }
>;

/** Makes `side`'s plan the one the operations run in. */
function enter(side: Side) {
  ({ planId, ownMeasures, slots } = sides[side]);
  viewers.reporterOwn = sides[side].reporterOwn;
  viewers.reporterOther = sides[side].reporterOther;
}
const PDF = new TextEncoder().encode("%PDF-1.4\n%%EOF");

/** Everything a mutation could touch, in a comparable form. */
async function fingerprint() {
  const p = db.prisma;
  const [reports, users, units, overrides, escalations, bulletins, plans, attachments, tokens, county] = await Promise.all([
    p.progressReport.findMany({
      orderBy: { id: "asc" },
      select: { id: true, state: true, version: true, progress: true, percent: true, returnReason: true },
    }),
    p.user.findMany({
      orderBy: { id: "asc" },
      select: { id: true, role: true, unitId: true, active: true, displayName: true, passwordHash: true },
    }),
    p.unit.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true } }),
    p.statusOverride.findMany({ orderBy: { measureId: "asc" } }),
    p.escalation.findMany({ orderBy: { id: "asc" }, select: { id: true, cadence: true, endsOn: true } }),
    p.bulletin.count(),
    p.plan.findMany({
      orderBy: { id: "asc" },
      select: { yellowGap: true, redGap: true, redOverdueDays: true, redMissedPeriods: true, frozenAt: true },
    }),
    p.attachment.count(),
    p.apiToken.findMany({ select: { id: true, revokedAt: true } }),
    // What the county-scope operations write.
    Promise.all([
      p.problem.count(),
      p.inspection.count(),
      p.chase.count(),
      p.milestone.findMany({ orderBy: { id: "asc" }, select: { id: true, title: true, dueOn: true } }),
      p.indicator.count({ where: { mustNotFall: true } }),
      p.extensionRequest.findMany({ orderBy: { id: "asc" }, select: { id: true, state: true, version: true } }),
      p.notification.count(),
    ]),
  ]);
  return JSON.stringify({
    reports,
    users,
    units,
    overrides,
    escalations,
    bulletins,
    plans,
    attachments,
    tokens,
    county,
    audit: await p.auditEvent.count(),
  });
}

/** A fresh (measure, period) of the own unit for each report fixture. */
function nextSlot() {
  const slot = slots.shift();
  if (!slot) throw new Error("test fixture: out of report slots");
  return slot;
}
async function ownReport(submit: boolean, files = false) {
  const slot = nextSlot();
  const saved = await saveReport(
    viewers.reporterOwn,
    reportInputSchema.parse({ ...slot, percent: 30, progress: "进展", submit }),
    files ? [{ name: "证明.pdf", bytes: PDF }] : [],
  );
  return { ...slot, ...saved };
}

type Op = {
  name: string;
  /** The cells allowed in the city's plan (and for operations bound to no plan). In the county's plan
   *  the county's own coordinator is allowed wherever the city's coordinator is. */
  allowed: Cell[];
  /** Runs in the city's plan and again in the county's. */
  planBound?: boolean;
  setup?: () => Promise<unknown>;
  // Each op's own fixture, whatever its setup returned.
  run: (viewer: Viewer, fixture: any) => Promise<unknown>; // eslint-disable-line @typescript-eslint/no-explicit-any -- each op reads its own setup's shape
};

const BUREAU: Cell[] = ["COORDINATOR", "ADMIN"];
const ops: Op[] = [
  {
    name: "saveReport (own unit's measure)",
    allowed: ["reporterOwn"],
    planBound: true,
    setup: async () => nextSlot(),
    run: (v, slot) => saveReport(v, reportInputSchema.parse({ ...slot, progress: "x" })),
  },
  { name: "approveReports", allowed: BUREAU, planBound: true, setup: () => ownReport(true), run: (v, r) => approveReports(v, [r.id]) },
  { name: "returnReport", allowed: BUREAU, planBound: true, setup: () => ownReport(true), run: (v, r) => returnReport(v, r.id, "请补充") },
  {
    name: "issueBulletin",
    allowed: BUREAU,
    planBound: true,
    setup: async () => (await db.prisma.reportingPeriod.findFirstOrThrow({ where: { planId }, orderBy: { startsOn: "asc" } })).id,
    run: (v, periodId) => issueBulletin(v, periodId),
  },
  {
    name: "setStatusOverride",
    allowed: BUREAU,
    planBound: true,
    setup: async () => ownMeasures[0],
    run: (v, measureId) => setStatusOverride(v, { measureId, colour: "YELLOW", reason: "协调中" }),
  },
  {
    name: "liftStatusOverride",
    allowed: BUREAU,
    planBound: true,
    setup: async () => {
      await db.prisma.statusOverride.upsert({
        where: { measureId: ownMeasures[1] },
        create: { measureId: ownMeasures[1], colour: "RED", reason: "x", createdById: viewers.ADMIN.id },
        update: {},
      });
      return ownMeasures[1];
    },
    run: (v, measureId) => liftStatusOverride(v, measureId),
  },
  {
    name: "setEscalation",
    allowed: BUREAU,
    planBound: true,
    setup: async () => ownMeasures[0],
    run: (v, measureId) => setEscalation(v, { measureId, cadence: "DAILY", reason: "日调度" }),
  },
  {
    name: "liftEscalation",
    allowed: BUREAU,
    planBound: true,
    setup: async () => {
      await db.prisma.escalation.create({
        data: { measureId: ownMeasures[1], cadence: "WEEKLY", startsOn: new Date("2023-06-01"), automatic: false, reason: "x" },
      });
      return ownMeasures[1];
    },
    run: (v, measureId) => liftEscalation(v, measureId),
  },
  {
    name: "updateThresholds",
    allowed: ["ADMIN"],
    planBound: true,
    run: (v) => updateThresholds(v, { planId, yellowGap: 12, redGap: 35, redOverdueDays: 7, redMissedPeriods: 2 }),
  },
  {
    name: "createProblem",
    allowed: ["reporterOwn", ...BUREAU],
    planBound: true,
    run: (v) =>
      createProblem(
        v,
        createProblemSchema.parse({
          measureId: ownMeasures[0],
          unitId: viewers.reporterOwn.unitId,
          description: "问题",
          dueOn: "2023-12-31",
        }),
      ),
  },
  {
    name: "decideExtension",
    allowed: BUREAU,
    planBound: true,
    setup: () =>
      requestExtension(
        viewers.reporterOwn,
        extensionRequestSchema.parse({ measureId: ownMeasures[1], requestedDueOn: "2024-03-31", reason: "延期" }),
      ),
    run: (v, r) => decideExtension(v, extensionDecisionSchema.parse({ id: r.id, version: 1, decision: "approve" })),
  },
  {
    name: "recordInspection",
    allowed: BUREAU,
    planBound: true,
    run: (v) =>
      recordInspection(
        v,
        recordInspectionSchema.parse({
          planId,
          year: 2023,
          quarter: 4,
          inspectedOn: "2023-12-20",
          findings: [{ measureId: ownMeasures[0], level: "CONFORMS" }],
        }),
      ),
  },
  {
    name: "sendChase",
    allowed: BUREAU,
    planBound: true,
    setup: async () => nextSlot(),
    run: (v, slot) =>
      sendChase(v, chaseInputSchema.parse({ target: "report", ...slot, unitId: viewers.reporterOwn.unitId, message: "请报送" })),
  },
  {
    name: "createMilestone",
    allowed: BUREAU,
    planBound: true,
    run: (v) => createMilestone(v, createMilestoneSchema.parse({ measureId: ownMeasures[0], title: "完成验收", dueOn: "2023-12-28" })),
  },
  {
    name: "markIndicator",
    allowed: BUREAU,
    planBound: true,
    setup: async () => (await db.prisma.indicator.findFirstOrThrow({ where: { measure: { planId }, mustNotFall: false } })).id,
    run: (v, indicatorId) => markIndicator(v, { indicatorId, mustNotFall: true }),
  },
  // Reopening an open plan writes nothing, but is still asked of the plan's own staff.
  { name: "setPlanFrozen", allowed: BUREAU, planBound: true, run: (v) => setPlanFrozen(v, { planId, frozen: false }) },
  {
    name: "registerUser",
    allowed: ["ADMIN"],
    setup: async () => `new${Math.random().toString(36).slice(2, 8)}`,
    run: (v, login) => registerUser(v, { login, displayName: "新用户", password: "abcdef12345", role: "LEADER", unitId: null }),
  },
  {
    name: "updateUser",
    allowed: ["ADMIN"],
    setup: () =>
      db.prisma.user.create({
        data: { login: `u${Math.random().toString(36).slice(2, 8)}`, displayName: "甲", role: "LEADER", passwordHash: "x" },
      }),
    run: (v, u) => updateUser(v, { userId: u.id, updatedAt: u.updatedAt, displayName: "乙", role: "LEADER", unitId: null }),
  },
  {
    name: "resetPassword",
    allowed: ["ADMIN"],
    setup: () =>
      db.prisma.user.create({
        data: { login: `u${Math.random().toString(36).slice(2, 8)}`, displayName: "甲", role: "LEADER", passwordHash: "x" },
      }),
    run: (v, u) => resetPassword(v, { userId: u.id, password: "newpassword123" }),
  },
  {
    name: "setUserActive",
    allowed: ["ADMIN"],
    setup: () =>
      db.prisma.user.create({
        data: { login: `u${Math.random().toString(36).slice(2, 8)}`, displayName: "甲", role: "LEADER", passwordHash: "x" },
      }),
    run: (v, u) => setUserActive(v, { userId: u.id, updatedAt: u.updatedAt, active: false }),
  },
  {
    name: "renameUnit",
    allowed: ["ADMIN"],
    setup: () =>
      db.prisma.unit.create({
        data: { name: `临时单位${Math.random().toString(36).slice(2, 6)}`, region: { connect: { name: "市本级" } } },
      }),
    run: (v, u) => renameUnit(v, { unitId: u.id, currentName: u.name, name: `${u.name}（改）` }),
  },
  // Reads: refused roles get FORBIDDEN (and, being reads, change nothing either).
  { name: "listInbox", allowed: ["reporterOwn", "reporterOther"], run: (v) => listInbox(v, "2023-06-03") },
  // A county's coordinator reviews too: their county's reports (plan-isolation.test.ts).
  {
    name: "listReviewQueue",
    allowed: ["COORDINATOR", "ADMIN", "countyCoordinator", "otherCountyCoordinator"],
    run: (v) => listReviewQueue(v, reviewFiltersSchema.parse({})),
  },
  { name: "listAuditEvents", allowed: ["ADMIN"], run: (v) => listAuditEvents(v, auditFilterSchema.parse({})) },
  { name: "listUsers", allowed: ["ADMIN"], run: (v) => listUsers(v, {}) },
];

beforeAll(async () => {
  db = await createTestDb();
  useAsAppDb(db);
  // Late in the plan year: every monthly period has started, so each report fixture may use any of them.
  process.env.DUBAN_TODAY = "2023-12-20";
  two = await createTwoPlans(db.prisma);
  const role = (r: Role, unitId: number | null = null, regionId: number | null = null) => createViewer(db.prisma, r, unitId, regionId);
  const unit = async (regionId: number, name: string) =>
    (await db.prisma.unit.findUniqueOrThrow({ where: { regionId_name: { regionId, name } } })).id;
  const monthly = async (id: number) =>
    db.prisma.reportingPeriod.findMany({ where: { planId: id, kind: "MONTHLY" }, orderBy: { startsOn: "asc" } });
  const sideOf = async (id: number, own: number, other: number, measures: number[]) => {
    const periods = await monthly(id);
    return {
      planId: id,
      reporterOwn: await role("REPORTER", own),
      reporterOther: await role("REPORTER", other),
      ownMeasures: measures,
      slots: measures.flatMap((measureId) => periods.map((p) => ({ measureId, periodId: p.id }))),
    };
  };
  // The city: 发展规划科 owns task 9 measure 1 and task 18 measure 1; 财务科 neither.
  sides.city = await sideOf(two.cityPlanId, await unit(two.cityRegionId, "发展规划科"), await unit(two.cityRegionId, "财务科"), [
    (await measureByNumbers(db.prisma, two.cityPlanId, 9, 1)).id,
    (await measureByNumbers(db.prisma, two.cityPlanId, 18, 1)).id,
  ]);
  // 任城区: 区教体局基础教育科 leads task 1 measure 2 and task 3 measure 1; 区教研室 owns neither.
  sides.county = await sideOf(two.countyPlanId, two.onlyUnit.county.id, await unit(two.countyId, "区教研室"), [
    (await measureByNumbers(db.prisma, two.countyPlanId, 1, 2)).id,
    (await measureByNumbers(db.prisma, two.countyPlanId, 3, 1)).id,
  ]);
  const otherCounty = await createCounty(db.prisma, "泗水县");
  viewers = {
    reporterOwn: sides.city.reporterOwn,
    reporterOther: sides.city.reporterOther,
    COORDINATOR: await role("COORDINATOR"),
    LEADER: await role("LEADER"),
    ADMIN: await role("ADMIN"),
    countyCoordinator: await role("COORDINATOR", null, two.countyId),
    countyLeader: await role("LEADER", null, two.countyId),
    otherCountyCoordinator: await role("COORDINATOR", null, otherCounty),
  };
  enter("city");
}, 60_000);
afterAll(async () => {
  delete process.env.DUBAN_TODAY;
  await db?.drop();
});

/** Refused cells throw FORBIDDEN and change nothing; then the first allowed cell succeeds on the same fixture. */
async function checkCells(op: Op, allowed: Cell[]) {
  const fixture = op.setup ? await op.setup() : undefined;
  for (const cell of CELLS.filter((c) => !allowed.includes(c))) {
    const before = await fingerprint();
    await expect(op.run(viewers[cell], fixture), `${op.name} as ${cell}`).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await fingerprint(), `${op.name} as ${cell} changed data`).toBe(before);
  }
  // The first allowed cell succeeds on the same fixture (a second would often find it done).
  await expect(op.run(viewers[allowed[0]], fixture)).resolves.not.toThrow();
}

describe("in the city's plan", () => {
  beforeAll(() => enter("city"));
  describe.each(ops)("$name", (op) => {
    it(`refuses ${CELLS.filter((c) => !op.allowed.includes(c)).join(", ")} and changes nothing; allows ${op.allowed.join(", ")}`, () =>
      checkCells(op, op.allowed));
  });
});

describe("in the county's plan", () => {
  beforeAll(() => enter("county"));
  // The county's own coordinator first: they succeed in their county.
  const inCounty = (op: Op): Cell[] => (op.allowed.includes("COORDINATOR") ? ["countyCoordinator", ...op.allowed] : op.allowed);
  describe.each(ops.filter((op) => op.planBound))("$name", (op) => {
    it(`refuses ${CELLS.filter((c) => !inCounty(op).includes(c)).join(", ")} and changes nothing; allows ${inCounty(op).join(", ")}`, () =>
      checkCells(op, inCounty(op)));
  });

  it("once frozen, refuses its units' reports and the bureau's colour changes; reviews of reports in go on", async () => {
    const submitted = await ownReport(true);
    await setPlanFrozen(viewers.countyCoordinator, { planId, frozen: true });
    const before = await fingerprint();
    await expect(
      saveReport(viewers.reporterOwn, reportInputSchema.parse({ ...nextSlot(), percent: 40, progress: "进展" })),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    for (const cell of ["COORDINATOR", "countyCoordinator", "ADMIN"] as const) {
      await expect(
        setStatusOverride(viewers[cell], { measureId: ownMeasures[0], colour: "YELLOW", reason: "协调中" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await fingerprint()).toBe(before);
    await expect(approveReports(viewers.countyCoordinator, [submitted.id])).resolves.not.toThrow();
    await setPlanFrozen(viewers.countyCoordinator, { planId, frozen: false });
  });
});

describe("reading another unit's drafts", () => {
  beforeAll(() => enter("city"));
  it("an attachment of a unit's draft is served to that unit and the admin only", async () => {
    const draft = await ownReport(false, true);
    const attachment = await db.prisma.attachment.findFirstOrThrow({ where: { reportId: draft.id } });
    expect(await getAttachment(viewers.reporterOwn, attachment.id)).not.toBeNull();
    for (const cell of ["reporterOther", "COORDINATOR", "LEADER"] as const)
      expect(await getAttachment(viewers[cell], attachment.id)).toBeNull();
    expect(await getAttachment(null, attachment.id)).toBeNull();
  });

  it("another unit cannot open the form of a measure it does not own", async () => {
    const slot = slots[0];
    expect(await getReportForm(viewers.reporterOwn, slot.measureId, slot.periodId)).not.toBeNull();
    await expect(getReportForm(viewers.reporterOther, slot.measureId, slot.periodId).then((f) => f ?? "refused")).resolves.toBe("refused");
  });

  it("the measure page never lists another unit's draft", async () => {
    const draft = await ownReport(false);
    const ids = async (v: Viewer) => (await listMeasureReports(v, draft.measureId))!.periods.flatMap((p) => p.reports.map((r) => r.id));
    expect(await ids(viewers.reporterOwn)).toContain(draft.id);
    for (const cell of ["reporterOther", "COORDINATOR", "LEADER"] as const) expect(await ids(viewers[cell])).not.toContain(draft.id);
  });
});
