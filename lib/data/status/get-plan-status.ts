// The status of a plan as of a date (default today), for dashboards, summaries and the status API;
// or as of several dates from one reading of the database (the dashboard's month-by-month trend).
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { today } from "../../clock.ts";
import { prisma, type PrismaLike } from "../../db.ts";
import { toChinaDate, type IsoDate } from "../../domain/dates.ts";
import { COLOURS, type Colour } from "../../domain/status/measure-status.ts";
import { planStatus, type PlanStatus } from "../../domain/status/plan-status.ts";
import type { UnitPunctuality } from "./load-punctuality.ts";
import { loadStatusFacts, type StatusFacts } from "./load-status-facts.ts";

const isColour = (c: string): c is Colour => (COLOURS as readonly string[]).includes(c);
export type PlanStatusWithTitle = PlanStatus & { planTitle: string };

export async function getPlanStatus(viewer: Viewer | null, planId: number, asOf: IsoDate = today()): Promise<PlanStatusWithTitle> {
  assertCan(viewer, { action: "status:read" });
  return computePlanStatus(await prisma(), planId, asOf);
}

/**
 * The plan's status on each of `dates`, in that order, and each unit's filing punctuality as of the
 * latest of them: what the dashboard and the summary show, from one reading of the database.
 */
export async function getPlanStatuses(viewer: Viewer | null, planId: number, dates: readonly IsoDate[]): Promise<{ statuses: PlanStatusWithTitle[]; punctuality: UnitPunctuality[] }> {
  assertCan(viewer, { action: "status:read" });
  const facts = await loadStatusFacts(await prisma(), planId, dates, true);
  return { statuses: dates.map((asOf) => statusOn(facts, asOf)), punctuality: facts.punctuality };
}

/** The computation itself, for callers that have checked access already (or are the system). */
export async function computePlanStatus(db: PrismaLike, planId: number, asOf: IsoDate): Promise<PlanStatusWithTitle> {
  return (await computePlanStatuses(db, planId, [asOf]))[0];
}

export async function computePlanStatuses(db: PrismaLike, planId: number, dates: readonly IsoDate[]): Promise<PlanStatusWithTitle[]> {
  const facts = await loadStatusFacts(db, planId, dates);
  return dates.map((asOf) => statusOn(facts, asOf));
}

function statusOn(facts: StatusFacts, asOf: IsoDate): PlanStatusWithTitle {
  const known = facts.on(asOf);
  const approved = new Map(known.approved.map((a) => [a.measureId, a]));
  const actuals = new Map<number, Map<number, number>>();
  for (const a of facts.actuals) actuals.set(a.reportId, (actuals.get(a.reportId) ?? new Map()).set(a.indicatorId, a.value));
  const unitNames = new Map(facts.measures.flatMap((m) => m.units.map((u) => [u.unit.id, u.unit.name] as const)));
  const overdue = new Map<number, typeof known.overdue>();
  for (const o of known.overdue) {
    const list = overdue.get(o.measureId) ?? [];
    list.push(o);
    overdue.set(o.measureId, list);
  }

  const status = planStatus(
    facts.measures.map((m) => {
      const a = approved.get(m.id);
      // An override made after the as-of date did not exist then.
      const override = m.override && toChinaDate(m.override.createdAt) <= asOf && isColour(m.override.colour) ? { colour: m.override.colour, reason: m.override.reason } : null;
      return {
        ...m,
        indicators: m.indicators,
        approved: a ? { percent: a.percent, approvedOn: toChinaDate(a.reviewedAt), nextSteps: a.nextSteps, problems: a.problems } : null,
        actuals: a ? (actuals.get(a.reportId) ?? new Map()) : new Map(),
        overdue: (overdue.get(m.id) ?? []).map((o) => ({ periodLabel: o.periodLabel, periodStartsOn: o.periodStartsOn, dueOn: o.dueOn, unitId: o.unitId, unitName: unitNames.get(o.unitId) ?? "" })),
        override,
      };
    }),
    asOf,
    { yellowGap: facts.plan.yellowGap, redGap: facts.plan.redGap, redOverdueDays: facts.plan.redOverdueDays, redMissedPeriods: facts.plan.redMissedPeriods },
  );
  return { ...status, planTitle: facts.plan.title };
}
