// The dashboard's milestones (工作节点) of a plan on a status date: those due within the
// next days (today included) and those missed (past due and not confirmed by that date), each with
// its measure and lead unit; soonest (or longest overdue) first, `limit` of each with the totals.
import "server-only";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { endOfChinaDay, fromDbDate, toDbDate, type IsoDate } from "../../domain/dates.ts";
import { daysBetween } from "../../domain/status/expected-progress.ts";
import { assertPlanReadable, statusDateOf, type PlanSummary } from "../plans/resolve-plan.ts";

export type AgendaItem = {
  id: number;
  title: string;
  dueOn: IsoDate;
  /** Days from the status date to the due date: negative once past it. */
  daysLeft: number;
  measure: { id: number; number: number; taskNumber: number; leadUnit: string | null };
};
export type MilestoneAgenda = {
  asOf: IsoDate;
  horizonDays: number;
  dueSoon: AgendaItem[];
  dueSoonTotal: number;
  missed: AgendaItem[];
  missedTotal: number;
};

export const AGENDA_DAYS = 30;

export async function listMilestoneAgenda(
  viewer: Viewer | null,
  plan: PlanSummary,
  requestedAsOf?: IsoDate,
  limit = 20,
): Promise<MilestoneAgenda> {
  assertCan(viewer, { action: "status:read" });
  assertPlanReadable(viewer, plan);
  const asOf = statusDateOf(plan, requestedAsOf);
  const db = await prisma();
  const horizon = new Date(toDbDate(asOf).getTime() + AGENDA_DAYS * 86_400_000);
  const rows = await db.milestone.findMany({
    where: {
      measure: { planId: plan.id },
      dueOn: { lte: horizon },
      // Not confirmed by the end of the status date.
      OR: [{ confirmedAt: null }, { confirmedAt: { gte: endOfChinaDay(asOf) } }],
    },
    orderBy: [{ dueOn: "asc" }, { measureId: "asc" }, { position: "asc" }],
    select: {
      id: true,
      title: true,
      dueOn: true,
      measure: {
        select: {
          id: true,
          number: true,
          task: { select: { number: true } },
          units: { where: { role: "LEAD" }, select: { unit: { select: { name: true } } } },
        },
      },
    },
  });
  const items = rows.map((r) => {
    const dueOn = fromDbDate(r.dueOn);
    return {
      id: r.id,
      title: r.title,
      dueOn,
      daysLeft: daysBetween(asOf, dueOn),
      measure: {
        id: r.measure.id,
        number: r.measure.number,
        taskNumber: r.measure.task.number,
        leadUnit: r.measure.units[0]?.unit.name ?? null,
      },
    };
  });
  const dueSoon = items.filter((i) => i.daysLeft >= 0);
  const missed = items.filter((i) => i.daysLeft < 0);
  return {
    asOf,
    horizonDays: AGENDA_DAYS,
    dueSoon: dueSoon.slice(0, limit),
    dueSoonTotal: dueSoon.length,
    missed: missed.slice(0, limit),
    missedTotal: missed.length,
  };
}
