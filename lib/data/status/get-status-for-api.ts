// GET /api/v1/status: the colour, expected and actual progress, gap and reasons of every measure,
// task and action of the current plan (or the plan asked for) as of a date.
import type { Viewer } from "../../auth/permissions.ts";
import { today } from "../../clock.ts";
import type { IsoDate } from "../../domain/dates.ts";
import type { Colour } from "../../domain/status/measure-status.ts";
import type { RollUp } from "../../domain/status/roll-up.ts";
import { AppError } from "../../errors.ts";
import { getCurrentPlan } from "../plans/get-current-plan.ts";
import { getPlanStatus, type PlanStatusWithTitle } from "./get-plan-status.ts";
import { derivedFrom } from "./status-cache.ts";

const gapOf = (expected: number, actual: number | null) => (actual === null ? null : Math.round((expected - actual) * 10) / 10);
const rolled = (r: RollUp, expected: number) => ({
  colour: r.colour as Colour,
  expected,
  actual: r.progress,
  gap: gapOf(expected, r.progress),
  reasons: [r.formula],
  counts: r.counts,
});

export async function getStatusForApi(viewer: Viewer, query: { asOf?: IsoDate; planId?: number }) {
  const planId = query.planId ?? (await getCurrentPlan())?.id;
  if (!planId) throw new AppError("NOT_FOUND", "尚未导入任务清单。");
  const status = await getPlanStatus(viewer, planId, query.asOf ?? today());
  // One body per shared status: the API handler then serialises it once too.
  return derivedFrom(status, "api", () => statusBody(planId, status));
}

function statusBody(planId: number, status: PlanStatusWithTitle) {
  const totalWeight = status.measures.reduce((s, m) => s + m.weight, 0);
  const planExpected = totalWeight ? Math.round((status.measures.reduce((s, m) => s + m.status.expected * m.weight, 0) / totalWeight) * 10) / 10 : 0;
  return {
    planId,
    asOf: status.asOf,
    plan: rolled(status.plan, planExpected),
    actions: status.actions.map((a) => ({ number: a.number, title: a.title, ...rolled(a.rollUp, a.expected) })),
    tasks: [...status.tasks].sort((a, b) => a.number - b.number).map((t) => ({ number: t.number, title: t.title, ...rolled(t.rollUp, t.expected) })),
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
