// The status of a plan as of a date (default today), for dashboards, summaries and the status API;
// with the measures' colours on earlier dates from the same reading of the database (the
// dashboard's month-by-month trend, the summary's change since last month).
import "server-only";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { today } from "../../clock.ts";
import { prisma, type PrismaLike } from "../../db.ts";
import { toChinaDate, type IsoDate } from "../../domain/dates.ts";
import { milestonesInForce } from "../../domain/extensions/extension-rules.ts";
import { COLOURS, type Colour } from "../../domain/status/measure-status.ts";
import {
  measureStatuses,
  planStatusOf,
  type MeasureFacts,
  type MeasureWithStatus,
  type PlanStatus,
} from "../../domain/status/plan-status.ts";
import type { Thresholds } from "../../domain/status/thresholds.ts";
import type { UnitPunctuality } from "./internal/load-status-facts.ts";
import { dataVersion } from "./data-version.ts";
import { rememberStatus } from "./internal/status-cache.ts";
import { shared } from "./internal/shared-per-version.ts";
import type { StatusFacts } from "./internal/load-status-facts.ts";
import { statusFactsAt } from "./internal/status-facts-memo.ts";
import { assertPlanReadable, type PlanSummary } from "../plans/resolve-plan.ts";

const isColour = (c: string): c is Colour => (COLOURS as readonly string[]).includes(c);
export type PlanStatusWithTitle = PlanStatus & { planTitle: string };
export type StatusWithHistory = {
  status: PlanStatusWithTitle;
  /** The measures with their status on each earlier date, in the order asked for (no roll-ups). */
  earlier: { asOf: IsoDate; measures: MeasureWithStatus[] }[];
  /** Each unit's filing punctuality as of `status.asOf`. */
  punctuality: UnitPunctuality[];
  /** Read at a settled data version (and shared with other readers), not while a write was in flight. */
  settled: boolean;
};

export async function getPlanStatus(viewer: Viewer | null, plan: PlanSummary, asOf: IsoDate = today()): Promise<PlanStatusWithTitle> {
  assertCan(viewer, { action: "status:read" });
  assertPlanReadable(viewer, plan);
  return computePlanStatus(await prisma(), plan.id, asOf);
}

/** The plan's status on `asOf` with its units' punctuality, and its measures' on `earlier` dates (before `asOf`).
 *  `punctuality: "through"` also counts the reports due on `asOf` itself (a bulletin's cut-off, a day that is over). */
export async function getPlanStatusWithHistory(
  viewer: Viewer | null,
  plan: PlanSummary,
  asOf: IsoDate,
  earlier: readonly IsoDate[],
  punctuality: "before" | "through" = "before",
): Promise<StatusWithHistory> {
  assertCan(viewer, { action: "status:read" });
  assertPlanReadable(viewer, plan);
  const planId = plan.id;
  // Punctuality comes as of the last date read: asOf must be it.
  if (earlier.some((d) => d > asOf)) throw new Error("earlier dates must come before asOf");
  const db = await prisma();
  const version = await dataVersion(db, planId);
  const key = version === null ? null : `history:${planId}:${asOf}:${earlier.join(",")}:${punctuality}:${version}`;
  return shared(key, async () => {
    const facts = await statusFactsAt(db, planId, [...earlier, asOf], punctuality, version);
    return derivedOnce(facts, `history:${asOf}:${earlier.join(",")}:${key !== null}`, () => {
      const on = reader(facts);
      return {
        status: { ...planStatusOf(on.statuses(asOf), asOf), planTitle: facts.plan.title },
        earlier: earlier.map((d) => ({ asOf: d, measures: on.statuses(d) })),
        punctuality: facts.punctuality,
        settled: key !== null,
      };
    });
  });
}

/** The computation itself, for callers that have checked access already (or are the system). */
export async function computePlanStatus(db: PrismaLike, planId: number, asOf: IsoDate): Promise<PlanStatusWithTitle> {
  const version = await dataVersion(db, planId);
  return shared(version === null ? null : `status:${planId}:${asOf}:${version}`, async () => {
    const facts = await statusFactsAt(db, planId, [asOf], false, version);
    const status = derivedOnce(facts, `status:${asOf}`, () => ({
      ...planStatusOf(reader(facts).statuses(asOf), asOf),
      planTitle: facts.plan.title,
    }));
    if (version !== null) rememberStatus(planId, asOf, version, status);
    return status;
  });
}

// What was computed from a plan's facts, kept with that facts object: a write to one plan moves the
// data version of every plan (the write counter is global), but the others' facts come back as the
// same object (kept-across-writes.ts: nothing of theirs touched), so their statuses and roll-ups —
// the 16 counties' on 县市区对比 — are not computed again. Dropped with the facts.
const derivedFromFacts = new WeakMap<StatusFacts, Map<string, unknown>>();

function derivedOnce<T>(facts: StatusFacts, key: string, compute: () => T): T {
  let derived = derivedFromFacts.get(facts);
  if (!derived) derivedFromFacts.set(facts, (derived = new Map()));
  if (!derived.has(key)) derived.set(key, compute());
  return derived.get(key) as T;
}

// The statuses of measures whose facts no write touched are kept from one data version to the next:
// refreshStatusFacts (load-status-facts.ts) keeps such a measure's row object as it was, and a
// change to the whole plan (thresholds, unit names, an import) reads every row afresh. Keyed by
// that row and the date; dropped with the facts.
const measureStatusCache = new WeakMap<object, Map<IsoDate, MeasureWithStatus>>();

/** The engine's input for each measure as known on a date, from facts loaded for that date. */
function reader(facts: StatusFacts) {
  const actuals = new Map<number, Map<number, number>>();
  for (const a of facts.actuals) actuals.set(a.reportId, (actuals.get(a.reportId) ?? new Map()).set(a.indicatorId, a.value));
  const unitNames = new Map(facts.measures.flatMap((m) => m.units.map((u) => [u.unit.id, u.unit.name] as const)));
  const { yellowGap, redGap, redOverdueDays, redMissedPeriods } = facts.plan;
  const thresholds: Thresholds = { yellowGap, redGap, redOverdueDays, redMissedPeriods };

  const factsOf = (m: StatusFacts["measures"][number], asOf: IsoDate): MeasureFacts => {
    const known = facts.measureOn(m.id, asOf);
    const a = known.approved;
    // Reopened since its latest approved report (the rule in lib/domain/status/owed-reports.ts).
    const reopening = a ? known.reopenings.findLast((r) => r.at >= a.reviewedAt.getTime()) : undefined;
    const dueDate = known.dueDate ?? m.dueDate;
    // An override made after the as-of date did not exist then.
    const override =
      m.override && toChinaDate(m.override.createdAt) <= asOf && isColour(m.override.colour)
        ? { colour: m.override.colour, reason: m.override.reason }
        : null;
    return {
      ...m,
      // The due date in force on the status date; the notice's stays beside it.
      dueDate,
      originalDueDate: m.dueDate,
      milestones: m.milestones && milestonesInForce(m.milestones, m.dueDate, dueDate),
      indicators: m.indicators,
      approved: a
        ? { percent: a.percent, approvedOn: toChinaDate(a.reviewedAt), progress: a.progress, nextSteps: a.nextSteps, problems: a.problems }
        : null,
      actuals: a ? (actuals.get(a.reportId) ?? new Map()) : new Map(),
      overdue: known.overdue.map((o) => ({
        periodLabel: o.periodLabel,
        periodStartsOn: o.periodStartsOn,
        dueOn: o.dueOn,
        unitId: o.unitId,
        unitName: unitNames.get(o.unitId) ?? "",
      })),
      override,
      openProblems: known.openProblems.map((p) => ({ description: p.description, dueOn: p.dueOn })),
      reopened: reopening ? { on: toChinaDate(new Date(reopening.at)), reason: reopening.reason } : null,
    };
  };

  /** Every measure with its status on `asOf`: kept ones as they were, the others computed. */
  const statuses = (asOf: IsoDate): MeasureWithStatus[] =>
    facts.measures.map((m, i) => {
      const row = facts.raw.measures[i];
      let byDate = measureStatusCache.get(row);
      if (!byDate) measureStatusCache.set(row, (byDate = new Map()));
      let status = byDate.get(asOf);
      if (!status) byDate.set(asOf, (status = measureStatuses([factsOf(m, asOf)], asOf, thresholds)[0]));
      return status;
    });
  return { statuses, thresholds };
}
