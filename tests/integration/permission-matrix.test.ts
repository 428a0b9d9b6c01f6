// The permissions matrix on the real database: every data function behind a server action or an
// API route (the actions and routes are thin wrappers that pass the session's viewer to these),
// for each role and, for unit reporters, for their own unit and another. A refused cell must throw
// FORBIDDEN and change nothing; then the allowed roles succeed on the same fixture.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role, Viewer } from "@/lib/auth/permissions.ts";
import { auditFilterSchema, listAuditEvents } from "@/lib/data/audit/list-audit-events.ts";
import { issueBulletin } from "@/lib/data/bulletins/issue-bulletin.ts";
import { getAttachment } from "@/lib/data/reports/get-attachment.ts";
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
import { createViewer, measureByNumbers, seedPlan } from "../helpers/factories.ts";

type Cell = "reporterOwn" | "reporterOther" | "COORDINATOR" | "LEADER" | "ADMIN";
const CELLS: Cell[] = ["reporterOwn", "reporterOther", "COORDINATOR", "LEADER", "ADMIN"];

let db: TestDb;
let planId: number;
let viewers: Record<Cell, Viewer>;
let ownMeasures: number[];
let slots: { measureId: number; periodId: number }[];
const PDF = new TextEncoder().encode("%PDF-1.4\n%%EOF");

/** Everything a mutation could touch, in a comparable form. */
async function fingerprint() {
  const p = db.prisma;
  const [reports, users, units, overrides, escalations, bulletins, plans, attachments, tokens] = await Promise.all([
    p.progressReport.findMany({ orderBy: { id: "asc" }, select: { id: true, state: true, version: true, progress: true, percent: true, returnReason: true } }),
    p.user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true, unitId: true, active: true, displayName: true, passwordHash: true } }),
    p.unit.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true } }),
    p.statusOverride.findMany({ orderBy: { measureId: "asc" } }),
    p.escalation.findMany({ orderBy: { id: "asc" }, select: { id: true, cadence: true, endsOn: true } }),
    p.bulletin.count(),
    p.plan.findMany({ select: { yellowGap: true, redGap: true, redOverdueDays: true, redMissedPeriods: true } }),
    p.attachment.count(),
    p.apiToken.findMany({ select: { id: true, revokedAt: true } }),
  ]);
  return JSON.stringify({ reports, users, units, overrides, escalations, bulletins, plans, attachments, tokens, audit: await p.auditEvent.count() });
}

/** A fresh (measure, period) of the own unit for each report fixture. */
function nextSlot() {
  const slot = slots.shift();
  if (!slot) throw new Error("test fixture: out of report slots");
  return slot;
}
async function ownReport(submit: boolean, files = false) {
  const slot = nextSlot();
  const saved = await saveReport(viewers.reporterOwn, reportInputSchema.parse({ ...slot, percent: 30, progress: "进展", submit }), files ? [{ name: "证明.pdf", bytes: PDF }] : []);
  return { ...slot, ...saved };
}

type Op = {
  name: string;
  allowed: Cell[];
  setup?: () => Promise<unknown>;
  // Each op's own fixture, whatever its setup returned.
  run: (viewer: Viewer, fixture: any) => Promise<unknown>;
};

const ops: Op[] = [
  { name: "saveReport (own unit's measure)", allowed: ["reporterOwn"], setup: async () => nextSlot(), run: (v, slot) => saveReport(v, reportInputSchema.parse({ ...slot, progress: "x" })) },
  { name: "approveReports", allowed: ["COORDINATOR", "ADMIN"], setup: () => ownReport(true), run: (v, r) => approveReports(v, [r.id]) },
  { name: "returnReport", allowed: ["COORDINATOR", "ADMIN"], setup: () => ownReport(true), run: (v, r) => returnReport(v, r.id, "请补充") },
  { name: "issueBulletin", allowed: ["COORDINATOR", "ADMIN"], setup: async () => (await db.prisma.reportingPeriod.findFirstOrThrow({ where: { planId }, orderBy: { startsOn: "asc" } })).id, run: (v, periodId) => issueBulletin(v, periodId) },
  { name: "setStatusOverride", allowed: ["COORDINATOR", "ADMIN"], setup: async () => ownMeasures[0], run: (v, measureId) => setStatusOverride(v, { measureId, colour: "YELLOW", reason: "协调中" }) },
  {
    name: "liftStatusOverride",
    allowed: ["COORDINATOR", "ADMIN"],
    setup: async () => {
      await db.prisma.statusOverride.upsert({ where: { measureId: ownMeasures[1] }, create: { measureId: ownMeasures[1], colour: "RED", reason: "x", createdById: viewers.ADMIN.id }, update: {} });
      return ownMeasures[1];
    },
    run: (v, measureId) => liftStatusOverride(v, measureId),
  },
  { name: "setEscalation", allowed: ["COORDINATOR", "ADMIN"], setup: async () => ownMeasures[0], run: (v, measureId) => setEscalation(v, { measureId, cadence: "DAILY", reason: "日调度" }) },
  {
    name: "liftEscalation",
    allowed: ["COORDINATOR", "ADMIN"],
    setup: async () => {
      await db.prisma.escalation.create({ data: { measureId: ownMeasures[1], cadence: "WEEKLY", startsOn: new Date("2023-06-01"), automatic: false, reason: "x" } });
      return ownMeasures[1];
    },
    run: (v, measureId) => liftEscalation(v, measureId),
  },
  { name: "updateThresholds", allowed: ["ADMIN"], run: (v) => updateThresholds(v, { planId, yellowGap: 12, redGap: 35, redOverdueDays: 7, redMissedPeriods: 2 }) },
  {
    name: "registerUser",
    allowed: ["ADMIN"],
    setup: async () => `new${Math.random().toString(36).slice(2, 8)}`,
    run: (v, login) => registerUser(v, { login, displayName: "新用户", password: "abcdef12345", role: "LEADER", unitId: null }),
  },
  {
    name: "updateUser",
    allowed: ["ADMIN"],
    setup: () => db.prisma.user.create({ data: { login: `u${Math.random().toString(36).slice(2, 8)}`, displayName: "甲", role: "LEADER", passwordHash: "x" } }),
    run: (v, u) => updateUser(v, { userId: u.id, updatedAt: u.updatedAt, displayName: "乙", role: "LEADER", unitId: null }),
  },
  {
    name: "resetPassword",
    allowed: ["ADMIN"],
    setup: () => db.prisma.user.create({ data: { login: `u${Math.random().toString(36).slice(2, 8)}`, displayName: "甲", role: "LEADER", passwordHash: "x" } }),
    run: (v, u) => resetPassword(v, { userId: u.id, password: "newpassword123" }),
  },
  {
    name: "setUserActive",
    allowed: ["ADMIN"],
    setup: () => db.prisma.user.create({ data: { login: `u${Math.random().toString(36).slice(2, 8)}`, displayName: "甲", role: "LEADER", passwordHash: "x" } }),
    run: (v, u) => setUserActive(v, { userId: u.id, updatedAt: u.updatedAt, active: false }),
  },
  {
    name: "renameUnit",
    allowed: ["ADMIN"],
    setup: () => db.prisma.unit.create({ data: { name: `临时单位${Math.random().toString(36).slice(2, 6)}`, region: { connect: { name: "市本级" } } } }),
    run: (v, u) => renameUnit(v, { unitId: u.id, currentName: u.name, name: `${u.name}（改）` }),
  },
  // Reads: refused roles get FORBIDDEN (and, being reads, change nothing either).
  { name: "listInbox", allowed: ["reporterOwn", "reporterOther"], run: (v) => listInbox(v, "2023-06-03") },
  { name: "listReviewQueue", allowed: ["COORDINATOR", "ADMIN"], run: (v) => listReviewQueue(v, reviewFiltersSchema.parse({})) },
  { name: "listAuditEvents", allowed: ["ADMIN"], run: (v) => listAuditEvents(v, auditFilterSchema.parse({})) },
  { name: "listUsers", allowed: ["ADMIN"], run: (v) => listUsers(v, {}) },
];

beforeAll(async () => {
  db = await createTestDb();
  useAsAppDb(db);
  // Late in the plan year: every monthly period has started, so each report fixture may use any of them.
  process.env.DUBAN_TODAY = "2023-12-20";
  planId = await seedPlan(db.prisma);
  const own = await db.prisma.unit.findFirstOrThrow({ where: { name: "发展规划科" } });
  const other = await db.prisma.unit.findFirstOrThrow({ where: { name: "财务科" } });
  const role = (r: Role, unitId: number | null = null) => createViewer(db.prisma, r, unitId);
  viewers = { reporterOwn: await role("REPORTER", own.id), reporterOther: await role("REPORTER", other.id), COORDINATOR: await role("COORDINATOR"), LEADER: await role("LEADER"), ADMIN: await role("ADMIN") };
  ownMeasures = [(await measureByNumbers(db.prisma, planId, 9, 1)).id, (await measureByNumbers(db.prisma, planId, 18, 1)).id];
  const periods = await db.prisma.reportingPeriod.findMany({ where: { planId, kind: "MONTHLY" }, orderBy: { startsOn: "asc" } });
  slots = ownMeasures.flatMap((measureId) => periods.map((p) => ({ measureId, periodId: p.id })));
});
afterAll(async () => {
  delete process.env.DUBAN_TODAY;
  await db?.drop();
});

describe.each(ops)("$name", (op) => {
  it(`refuses ${CELLS.filter((c) => !op.allowed.includes(c)).join(", ")} and changes nothing; allows ${op.allowed.join(", ")}`, async () => {
    const fixture = op.setup ? await op.setup() : undefined;
    for (const cell of CELLS.filter((c) => !op.allowed.includes(c))) {
      const before = await fingerprint();
      await expect(op.run(viewers[cell], fixture), `${op.name} as ${cell}`).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await fingerprint(), `${op.name} as ${cell} changed data`).toBe(before);
    }
    // The first allowed role succeeds on the same fixture (a second would often find it done).
    await expect(op.run(viewers[op.allowed[0]], fixture)).resolves.not.toThrow();
  });
});

describe("reading another unit's drafts", () => {
  it("an attachment of a unit's draft is served to that unit and the admin only", async () => {
    const draft = await ownReport(false, true);
    const attachment = await db.prisma.attachment.findFirstOrThrow({ where: { reportId: draft.id } });
    expect(await getAttachment(viewers.reporterOwn, attachment.id)).not.toBeNull();
    for (const cell of ["reporterOther", "COORDINATOR", "LEADER"] as const) expect(await getAttachment(viewers[cell], attachment.id)).toBeNull();
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
