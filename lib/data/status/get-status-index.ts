// Colours for the plan pages (task, measure, unit): a plan's status on its status date (or as of a
// date, ?asOf=), indexed, for signed-in viewers who may read the plan (colours come from approved
// reports; visitors, and other counties' staff, see the plan's text only). Cached per request.
import "server-only";
import { cache } from "react";
import { can, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import type { IsoDate } from "../../domain/dates.ts";
import type { MeasureStatus } from "../../domain/status/measure-status.ts";
import type { RollUp } from "../../domain/status/roll-up.ts";
import { planRef, statusDateOf, type PlanSummary } from "../plans/resolve-plan.ts";
import { computePlanStatus } from "./get-plan-status.ts";

/** A measure's status with the due date in force on the status date and the notice's (they differ once an extension is approved). */
export type IndexedMeasureStatus = MeasureStatus & { dueDate: IsoDate; originalDueDate: IsoDate };

export type StatusIndex = {
  asOf: string;
  measures: Map<number, IndexedMeasureStatus>;
  tasks: Map<number, RollUp>;
  units: Map<number, RollUp>;
};

/** The colours of a roll-up map (tasks by number, units by id), for the lists that show only them. */
export function colourOf<K>(rollUps: Map<K, RollUp>): Map<K, RollUp["colour"]> {
  return new Map([...rollUps].map(([key, r]) => [key, r.colour]));
}

export const getStatusIndex = cache(async (viewer: Viewer | null, plan: PlanSummary, asOf?: IsoDate): Promise<StatusIndex | null> => {
  if (!can(viewer, { action: "status:read" }) || !can(viewer, { action: "plan:read", plan: planRef(plan) })) return null;
  const status = await computePlanStatus(await prisma(), plan.id, statusDateOf(plan, asOf));
  return {
    asOf: status.asOf,
    measures: new Map(status.measures.map((m) => [m.id, { ...m.status, dueDate: m.dueDate, originalDueDate: m.originalDueDate }])),
    tasks: new Map(status.tasks.map((t) => [t.number, t.rollUp])),
    units: new Map(status.units.map((u) => [u.id, u.rollUp])),
  };
});
