// The overview page's data: the plan, its counts, and its actions with their tasks.
import "server-only";
import { prisma } from "../../db.ts";
import type { PlanSummary } from "./resolve-plan.ts";

export type PlanOverview = {
  plan: PlanSummary;
  counts: { actions: number; tasks: number; measures: number; units: number; indicators: number };
  actions: { number: number; title: string; tasks: { number: number; title: string }[] }[];
};

export async function getPlanOverview(plan: PlanSummary): Promise<PlanOverview> {
  const db = await prisma();
  const [actions, measures, indicators, units] = await Promise.all([
    db.action.findMany({
      where: { planId: plan.id },
      orderBy: { number: "asc" },
      select: { number: true, title: true, tasks: { orderBy: { number: "asc" }, select: { number: true, title: true } } },
    }),
    db.measure.count({ where: { planId: plan.id } }),
    db.indicator.count({ where: { measure: { planId: plan.id } } }),
    db.unit.count({ where: { measures: { some: { measure: { planId: plan.id } } } } }),
  ]);
  const tasks = actions.reduce((n, a) => n + a.tasks.length, 0);
  return { plan, counts: { actions: actions.length, tasks, measures, units, indicators }, actions };
}
