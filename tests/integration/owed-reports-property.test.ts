// One rule for which reports a unit owes (issue 15): the SQL the status engine, punctuality and
// reminders read (lib/data/status/period-applies.ts) gives exactly the (measure, period, owedFrom)
// rows the TypeScript rule the inbox and the report form read (lib/domain/status/owed-reports.ts)
// gives, over generated plans: measures with start and due dates, monthly, weekly and daily
// periods, escalations, approved extensions (also earlier than the notice's date), the lead
// unit's approved reports (some at 100 %, some later and lower, some at the very instant a period
// falls due), other units' and unapproved reports that must not count, reopenings, and the two
// instants the SQL is asked about. Runs on the real database, in `npm test`.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, endOfChinaDay, toDbDate, type IsoDate } from "@/lib/domain/dates.ts";
import { owedPeriods, type OwingMeasure, type OwingPeriod, type PeriodKind } from "@/lib/domain/status/owed-reports.ts";
import { owedSlots } from "@/lib/data/status/period-applies.ts";
import { createTestDb, testBackendName, type TestDb } from "../helpers/test-db.ts";

const YEAR_START = "2023-01-01";
const day = (n: number): IsoDate => addDays(YEAR_START, n);
/** Dates of a short year (so that generated dates collide often: the boundaries are where rules go wrong). */
const dateArb = fc.integer({ min: 0, max: 200 }).map(day);
/** Instants near the ends of China days: exactly at one, a millisecond either side, or within the day. */
const instantArb = fc
  .tuple(fc.integer({ min: 0, max: 210 }), fc.constantFrom(-1, 0, 1, -3_600_000, -43_200_000))
  .map(([n, offset]) => endOfChinaDay(day(n)).getTime() + offset);

type GenPeriod = { kind: PeriodKind; start: number; length: number; dueAfter: number };
const periodArb: fc.Arbitrary<GenPeriod> = fc.record({
  kind: fc.constantFrom<PeriodKind>("MONTHLY", "MONTHLY", "WEEKLY", "DAILY"),
  start: fc.integer({ min: 0, max: 180 }),
  length: fc.integer({ min: 0, max: 30 }),
  dueAfter: fc.integer({ min: 0, max: 10 }),
});

const measureArb = fc.record({
  start: fc.integer({ min: 0, max: 120 }),
  length: fc.integer({ min: 0, max: 120 }),
  extensions: fc.array(fc.record({ requestedDueOn: dateArb, decidedAt: instantArb }), { maxLength: 2 }),
  escalations: fc.array(
    fc.record({
      cadence: fc.constantFrom<"WEEKLY" | "DAILY">("WEEKLY", "DAILY"),
      start: fc.integer({ min: 0, max: 200 }),
      length: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
    }),
    { maxLength: 2 },
  ),
  // Reports on the generated periods (by index): whose, in which state, with what percent, reviewed when.
  reports: fc.array(
    fc.record({
      period: fc.nat(),
      lead: fc.constantFrom(true, true, true, false),
      approved: fc.constantFrom(true, true, true, false),
      percent: fc.option(fc.constantFrom(100, 100, 100, 99, 60, 0), { nil: null, freq: 8 }),
      // Approved at any time, or around the end of its own period's due day (where "done when the
      // period fell due" decides).
      reviewedAt: fc.oneof(
        instantArb,
        instantArb.map((at) => at - 100 * 86_400_000),
        fc.record({ days: fc.integer({ min: -2, max: 2 }), offset: fc.constantFrom(-1, 0, 1) }),
      ),
    }),
    { maxLength: 6 },
  ),
  // Reopened at any time, or at (or a millisecond around) one of its reports' approval.
  reopenings: fc.oneof(
    fc.constant<(number | { report: number; offset: number })[]>([]),
    fc.array(fc.oneof(instantArb, fc.record({ report: fc.nat(), offset: fc.constantFrom(-1, 0, 1) })), { maxLength: 2 }),
  ),
});

const scenarioArb = fc.record({
  periods: fc.array(periodArb, { minLength: 3, maxLength: 10 }),
  measures: fc.array(measureArb, { minLength: 1, maxLength: 3 }),
  dueBefore: fc.integer({ min: 60, max: 230 }).map(day),
  knownBy: instantArb,
});
type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

describe(`owed reports: the SQL equals the rule (${testBackendName()})`, () => {
  let db: TestDb;
  let planId: number;
  let taskId: number;
  let lead: number;
  let co: number;
  let userId: number;

  beforeAll(async () => {
    db = await createTestDb();
    const p = db.prisma;
    planId = (await p.plan.create({ data: { title: "生成的计划", year: 2023, sourceText: "", region: { connect: { name: "市本级" } } } }))
      .id;
    const action = await p.action.create({ data: { planId, number: 1, title: "行动" } });
    taskId = (await p.task.create({ data: { planId, actionId: action.id, number: 1, title: "任务" } })).id;
    lead = (await p.unit.create({ data: { name: "牵头单位", region: { connect: { name: "市本级" } } } })).id;
    co = (await p.unit.create({ data: { name: "配合单位", region: { connect: { name: "市本级" } } } })).id;
    userId = (await p.user.create({ data: { login: "gen", displayName: "生成", role: "COORDINATOR", passwordHash: "x" } })).id;
  });
  afterAll(async () => {
    await db?.drop();
  });

  /** Writes the scenario (replacing the previous one) and returns what the rule needs. */
  async function store(s: Scenario): Promise<{ periods: OwingPeriod[]; measures: (OwingMeasure & { id: number })[] }> {
    const p = db.prisma;
    await p.measure.deleteMany({ where: { planId } });
    await p.reportingPeriod.deleteMany({ where: { planId } });
    const seen = new Set<string>();
    const periods: OwingPeriod[] = [];
    for (const g of s.periods) {
      const startsOn = day(g.start);
      if (seen.has(`${g.kind}:${startsOn}`)) continue; // unique per plan, kind and start
      seen.add(`${g.kind}:${startsOn}`);
      const endsOn = day(g.start + g.length);
      const dueOn = day(g.start + g.length + g.dueAfter);
      const row = await p.reportingPeriod.create({
        data: {
          planId,
          kind: g.kind,
          label: `${g.kind}${startsOn}`,
          startsOn: toDbDate(startsOn),
          endsOn: toDbDate(endsOn),
          dueOn: toDbDate(dueOn),
        },
      });
      periods.push({ id: row.id, kind: g.kind, startsOn, endsOn, dueOn });
    }
    const measures: (OwingMeasure & { id: number })[] = [];
    for (const [index, g] of s.measures.entries()) {
      const startDate = day(g.start);
      const dueDate = day(g.start + g.length);
      const m = await p.measure.create({
        data: { planId, taskId, number: index + 1, text: "措施", startDate: toDbDate(startDate), dueDate: toDbDate(dueDate) },
      });
      await p.measureUnit.createMany({
        data: [
          { measureId: m.id, unitId: lead, role: "LEAD", position: 0 },
          { measureId: m.id, unitId: co, role: "CO", position: 1 },
        ],
      });
      for (const e of g.extensions) {
        await p.extensionRequest.create({
          data: {
            measureId: m.id,
            unitId: lead,
            currentDueOn: toDbDate(dueDate),
            requestedDueOn: toDbDate(e.requestedDueOn),
            reason: "延期",
            state: "APPROVED",
            requestedById: userId,
            decidedById: userId,
            decidedAt: new Date(e.decidedAt),
          },
        });
      }
      // A pending and a rejected request never count.
      await p.extensionRequest.create({
        data: {
          measureId: m.id,
          unitId: lead,
          currentDueOn: toDbDate(dueDate),
          requestedDueOn: toDbDate(day(400)),
          reason: "未批",
          state: "REJECTED",
          requestedById: userId,
          decidedAt: new Date(0),
        },
      });
      const escalations = g.escalations.map((e) => ({
        cadence: e.cadence,
        startsOn: day(e.start),
        endsOn: e.length === null ? null : day(e.start + e.length),
      }));
      for (const e of escalations) {
        await p.escalation.create({
          data: {
            measureId: m.id,
            cadence: e.cadence,
            startsOn: toDbDate(e.startsOn),
            endsOn: e.endsOn ? toDbDate(e.endsOn) : null,
            automatic: false,
            reason: "测试",
          },
        });
      }
      const leadApprovals: OwingMeasure["leadApprovals"][number][] = [];
      const approvals: number[] = [];
      const taken = new Set<string>();
      for (const r of g.reports) {
        const period = periods[r.period % periods.length];
        const unitId = r.lead ? lead : co;
        if (taken.has(`${unitId}:${period.id}`)) continue;
        taken.add(`${unitId}:${period.id}`);
        const at =
          typeof r.reviewedAt === "number"
            ? r.reviewedAt
            : endOfChinaDay(addDays(period.dueOn, r.reviewedAt.days)).getTime() + r.reviewedAt.offset;
        const report = await p.progressReport.create({
          data: {
            measureId: m.id,
            unitId,
            periodId: period.id,
            percent: r.percent,
            state: r.approved ? "APPROVED" : "SUBMITTED",
            reviewedAt: r.approved ? new Date(at) : null,
            submittedAt: new Date(at),
            firstSubmittedAt: new Date(at),
            createdById: userId,
            updatedById: userId,
          },
        });
        approvals.push(at);
        if (r.lead && r.approved && r.percent !== null)
          leadApprovals.push({ reportId: report.id, periodStartsOn: period.startsOn, percent: r.percent, reviewedAt: at });
      }
      const generated: readonly (number | { report: number; offset: number })[] = g.reopenings;
      const reopenings = generated.map((x) =>
        typeof x === "number"
          ? x
          : approvals.length
            ? approvals[x.report % approvals.length] + x.offset
            : endOfChinaDay(startDate).getTime(),
      );
      for (const at of reopenings)
        await p.measureReopening.create({ data: { measureId: m.id, reason: "重新打开", reopenedAt: new Date(at), createdById: userId } });
      measures.push({ id: m.id, startDate, dueDate, extensions: g.extensions, escalations, leadApprovals, reopenings });
    }
    return { periods, measures };
  }

  const key = (r: { measureId: number; periodId: number; owedFrom: number | null }) => `${r.measureId}:${r.periodId}:${r.owedFrom ?? "-"}`;

  it("gives the same owed (measure, period, owedFrom) rows as lib/domain/status/owed-reports.ts", async () => {
    let nonEmpty = 0;
    let excusedByDone = 0;
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (s) => {
        const { periods, measures } = await store(s);
        const rows = await db.prisma.$queryRaw<{ measureId: number; periodId: number; owedFrom: Date | null }[]>`
          WITH ${owedSlots(planId, s.dueBefore, new Date(s.knownBy))} SELECT "measureId", "periodId", "owedFrom" FROM owed`;
        const sql = rows.map((r) => key({ ...r, owedFrom: r.owedFrom?.getTime() ?? null })).sort();
        const due = periods.filter((p) => p.dueOn < s.dueBefore);
        const rule = measures.flatMap((m) => owedPeriods(m, due, s.knownBy).map((o) => key({ measureId: m.id, ...o }))).sort();
        expect(sql).toEqual(rule);
        if (rule.length) nonEmpty++;
        // How often being done excused a period the measure would otherwise owe (the property must exercise it).
        const undone = measures.flatMap((m) => owedPeriods({ ...m, leadApprovals: [] }, due, s.knownBy));
        if (undone.length > rule.length) excusedByDone++;
      }),
      { numRuns: 150 },
    );
    // The generator is not vacuous: about half the scenarios owe something, and in one of eight or
    // so being done excuses a period (bounds well below what runs show, so the test is not flaky).
    expect(nonEmpty).toBeGreaterThan(40);
    expect(excusedByDone).toBeGreaterThan(8);
  }, 240_000);
});
