// 结转: unfinished measures of last year's plan carried into the new year's plan, under an action of
// their own (上年度结转事项) after the notice's, one task per task they came from, each measure
// linked to the one it carries on (Measure.carriedFromId) so both pages lead to each other and the
// old measure keeps its history. Same units (the region's), same indicators and weight; due at the
// end of the new year; no milestones (last year's dated clauses do not apply).
import type { PrismaTx } from "../../../db.ts";
import { endOfYear, isoDate, toDbDate } from "../../../domain/dates.ts";
import { planMessages } from "../../../messages/plans.ts";

export async function carryOverMeasures(tx: PrismaTx, planId: number, measureIds: readonly number[]): Promise<number> {
  if (measureIds.length === 0) return 0;
  const plan = await tx.plan.findUniqueOrThrow({ where: { id: planId }, select: { year: true, issuedOn: true } });
  const sources = await tx.measure.findMany({
    where: { id: { in: [...measureIds] }, carriedTo: null },
    orderBy: [{ task: { number: "asc" } }, { number: "asc" }],
    select: { id: true, text: true, weight: true, taskId: true },
  });
  const taskRows = await tx.task.findMany({
    where: { id: { in: [...new Set(sources.map((m) => m.taskId))] } },
    orderBy: { number: "asc" },
    select: { id: true, title: true },
  });
  const links = await tx.measureUnit.findMany({
    where: { measureId: { in: sources.map((m) => m.id) } },
    select: { measureId: true, unitId: true, role: true, position: true },
  });
  const targets = await tx.indicator.findMany({ where: { measureId: { in: sources.map((m) => m.id) } }, orderBy: { position: "asc" } });

  const action = await carryOverAction(tx, planId);
  let taskNumber = ((await tx.task.aggregate({ where: { planId }, _max: { number: true } }))._max.number ?? 0) + 1;
  const startDate = toDbDate(plan.issuedOn ? plan.issuedOn.toISOString().slice(0, 10) : isoDate(plan.year, 1, 1));
  const dueDate = toDbDate(endOfYear(plan.year));
  for (const oldTask of taskRows) {
    const task = await tx.task.create({
      data: { planId, actionId: action, number: taskNumber++, title: oldTask.title },
      select: { id: true },
    });
    const ofTask = sources.filter((m) => m.taskId === oldTask.id);
    for (const [i, source] of ofTask.entries()) {
      const measure = await tx.measure.create({
        data: {
          planId,
          taskId: task.id,
          number: i + 1,
          text: source.text,
          weight: source.weight,
          startDate,
          dueDate,
          deadlinePhrase: null,
          carriedFromId: source.id,
        },
        select: { id: true },
      });
      const own = links.filter((l) => l.measureId === source.id);
      if (own.length)
        await tx.measureUnit.createMany({
          data: own.map(({ unitId, role, position }) => ({ measureId: measure.id, unitId, role, position })),
        });
      const indicators = targets.filter((t) => t.measureId === source.id);
      if (indicators.length) {
        await tx.indicator.createMany({
          data: indicators.map(({ position, label, target, low, high, unit, comparator, source: phrase }) => ({
            measureId: measure.id,
            position,
            label,
            target,
            low,
            high,
            unit,
            comparator,
            source: phrase,
          })),
        });
      }
    }
  }
  return sources.length;
}

/** The plan's carry-over action, created after its last action when it has none yet. */
async function carryOverAction(tx: PrismaTx, planId: number): Promise<number> {
  const existing = await tx.action.findFirst({ where: { planId, carryOver: true }, select: { id: true } });
  if (existing) return existing.id;
  const last = (await tx.action.aggregate({ where: { planId }, _max: { number: true } }))._max.number ?? 0;
  return (
    await tx.action.create({
      data: { planId, number: last + 1, title: planMessages.carry.actionTitle, carryOver: true },
      select: { id: true },
    })
  ).id;
}
