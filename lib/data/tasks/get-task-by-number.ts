// One task of a plan with everything its page shows: measures, units, indicators.
import "server-only";
import { cache } from "react";
import { prisma } from "../../db.ts";
import type { PlanSummary } from "../plans/resolve-plan.ts";
import { measureDetailSelect, toMeasureDetail, type MeasureDetail } from "../plans/measure-detail.ts";

export type TaskDetail = {
  plan: PlanSummary;
  action: { number: number; title: string };
  number: number;
  title: string;
  previous: number | null;
  next: number | null;
  measures: MeasureDetail[];
};

/** The task, or null when the plan has no task with this number. Cached per request. */
export const getTaskByNumber = cache(async (plan: PlanSummary, number: number): Promise<TaskDetail | null> => {
  const db = await prisma();
  const [task, neighbours] = await Promise.all([
    db.task.findUnique({
      where: { planId_number: { planId: plan.id, number } },
      select: {
        number: true,
        title: true,
        action: { select: { number: true, title: true } },
        measures: { orderBy: { number: "asc" }, select: measureDetailSelect },
      },
    }),
    db.task.findMany({
      where: { planId: plan.id, number: { in: [number - 1, number + 1] } },
      select: { number: true },
    }),
  ]);
  if (!task) return null;
  const has = (n: number) => neighbours.some((t) => t.number === n);
  return {
    plan,
    action: task.action,
    number: task.number,
    title: task.title,
    previous: has(number - 1) ? number - 1 : null,
    next: has(number + 1) ? number + 1 : null,
    measures: task.measures.map(toMeasureDetail),
  };
});
