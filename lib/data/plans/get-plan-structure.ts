// A plan's whole structure for the API: actions → tasks → measures with their units (牵头/配合),
// indicators, dates and milestones (工作节点, with their state today), plus the plan's reporting
// periods (a client needs their ids to report).
// Published plan data (the notice is public): readable by every signed-in viewer, whatever region.
import "server-only";
import type { Viewer } from "../../auth/permissions.ts";
import { today } from "../../clock.ts";
import { prisma } from "../../db.ts";
import { fromDbDate, type IsoDate } from "../../domain/dates.ts";
import { AppError } from "../../errors.ts";
import type { PeriodKind } from "../../generated/prisma/client.ts";
import { apiMessages } from "../../messages/api.ts";
import type { PlanSummary } from "./resolve-plan.ts";
import { milestoneOrder, milestoneViewSelect, toMilestoneView, type MilestoneView } from "../milestones/milestone-view.ts";
import { measureDetailSelect, toMeasureDetail, type MeasureDetail } from "./measure-detail.ts";
import { getPlanSummary } from "./resolve-plan.ts";

export type PlanStructure = Omit<PlanSummary, "isDefault"> & {
  reportDueDay: number;
  periods: { id: number; kind: PeriodKind; label: string; startsOn: IsoDate; endsOn: IsoDate; dueOn: IsoDate }[];
  actions: {
    id: number;
    number: number;
    title: string;
    tasks: { id: number; number: number; title: string; measures: (MeasureDetail & { milestones: MilestoneView[] })[] }[];
  }[];
};

export async function getPlanStructure(viewer: Viewer, planId: number): Promise<PlanStructure> {
  const summary = await getPlanSummary(viewer, planId);
  if (!summary) throw new AppError("NOT_FOUND", apiMessages.errors.planNotFound);
  const { isDefault: _default, ...head } = summary;
  const db = await prisma();
  const plan = await db.plan.findUnique({
    where: { id: planId },
    select: {
      id: true,
      title: true,
      year: true,
      docNumber: true,
      issuer: true,
      issuedOn: true,
      reportDueDay: true,
      periods: {
        orderBy: [{ startsOn: "asc" }, { kind: "asc" }],
        select: { id: true, kind: true, label: true, startsOn: true, endsOn: true, dueOn: true },
      },
      actions: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          title: true,
          tasks: {
            orderBy: { number: "asc" },
            select: {
              id: true,
              number: true,
              title: true,
              measures: {
                orderBy: { number: "asc" },
                select: { ...measureDetailSelect, milestones: { orderBy: milestoneOrder, select: milestoneViewSelect } },
              },
            },
          },
        },
      },
    },
  });
  if (!plan) throw new AppError("NOT_FOUND", apiMessages.errors.planNotFound);
  const asOf = today();
  return {
    ...plan,
    ...head,
    periods: plan.periods.map((p) => ({
      ...p,
      startsOn: fromDbDate(p.startsOn),
      endsOn: fromDbDate(p.endsOn),
      dueOn: fromDbDate(p.dueOn),
    })),
    actions: plan.actions.map((a) => ({
      ...a,
      tasks: a.tasks.map((t) => ({
        ...t,
        measures: t.measures.map(({ milestones, ...m }) => ({
          ...toMeasureDetail(m),
          milestones: milestones.map((row) => toMilestoneView(row, asOf)),
        })),
      })),
    })),
  };
}
