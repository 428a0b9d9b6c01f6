// GET /api/v1/status: the colour, expected and actual progress, gap and reasons of every measure,
// task and action of the viewer's default plan (or the plan asked for) as of a date; with
// `counties=true` on a city plan, also each of its counties' summary (县市区对比).
import "server-only";
import type { Viewer } from "../../auth/permissions.ts";
import type { IsoDate } from "../../domain/dates.ts";
import type { CountyRow } from "../../domain/status/county-comparison.ts";
import type { Colour } from "../../domain/status/measure-status.ts";
import type { RollUp } from "../../domain/status/roll-up.ts";
import { AppError } from "../../errors.ts";
import { getDefaultPlan, getPlanSummary, statusDateOf } from "../plans/resolve-plan.ts";
import { getCountyComparison } from "./get-county-comparison.ts";
import { getPlanStatus, type PlanStatusWithTitle } from "./get-plan-status.ts";
import { derivedFrom } from "./internal/status-cache.ts";

type Rolled = ReturnType<typeof rolled>;
export type StatusBody = {
  planId: number;
  asOf: IsoDate;
  plan: Rolled;
  actions: (Rolled & { number: number; title: string })[];
  tasks: (Rolled & { number: number; title: string })[];
  measures: {
    id: number;
    task: number;
    number: number;
    dueDate: IsoDate;
    originalDueDate: IsoDate;
    colour: Colour;
    computedColour: Colour;
    overridden: boolean;
    expected: number;
    actual: number | null;
    gap: number | null;
    reasons: string[];
  }[];
  /** With `counties=true`: each county plan of the city plan's year. */
  counties?: CountyRow[];
};

const gapOf = (expected: number, actual: number | null) => (actual === null ? null : Math.round((expected - actual) * 10) / 10);
const rolled = (r: RollUp, expected: number) => ({
  colour: r.colour as Colour,
  expected,
  actual: r.progress,
  gap: gapOf(expected, r.progress),
  reasons: [r.formula],
  counts: r.counts,
});

export async function getStatusForApi(viewer: Viewer, query: { asOf?: IsoDate; planId?: number; counties?: boolean }) {
  const plan = query.planId === undefined ? await getDefaultPlan(viewer) : await getPlanSummary(viewer, query.planId);
  if (!plan) throw new AppError("NOT_FOUND", query.planId === undefined ? "尚未导入任务清单。" : "计划不存在。");
  const asOf = statusDateOf(plan, query.asOf);
  const status = await getPlanStatus(viewer, plan, asOf);
  // One body per shared status: the API handler then serialises it once too.
  const body = derivedFrom(status, "api", () => statusBody(plan.id, status));
  if (!query.counties) return body;
  const { rows } = await getCountyComparison(viewer, plan, asOf, "name");
  return { ...body, counties: rows };
}

function statusBody(planId: number, status: PlanStatusWithTitle): StatusBody {
  const totalWeight = status.measures.reduce((s, m) => s + m.weight, 0);
  const planExpected = totalWeight
    ? Math.round((status.measures.reduce((s, m) => s + m.status.expected * m.weight, 0) / totalWeight) * 10) / 10
    : 0;
  return {
    planId,
    asOf: status.asOf,
    plan: rolled(status.plan, planExpected),
    actions: status.actions.map((a) => ({ number: a.number, title: a.title, ...rolled(a.rollUp, a.expected) })),
    tasks: [...status.tasks]
      .sort((a, b) => a.number - b.number)
      .map((t) => ({ number: t.number, title: t.title, ...rolled(t.rollUp, t.expected) })),
    measures: status.measures.map((m) => ({
      id: m.id,
      task: m.task.number,
      number: m.number,
      dueDate: m.dueDate,
      originalDueDate: m.originalDueDate,
      colour: m.status.colour,
      computedColour: m.status.computedColour,
      overridden: m.status.overridden,
      expected: m.status.expected,
      actual: m.status.actual,
      gap: m.status.gap,
      reasons: m.status.reasons,
    })),
  };
}
