// Colours for the plan pages (task, measure, unit): the current plan's status today (or as of a
// date, ?asOf=), indexed, for
// signed-in viewers (colours come from approved reports; visitors see the plan only). Cached per request.
import { cache } from "react";
import { can, type Viewer } from "../../auth/permissions.ts";
import { today } from "../../clock.ts";
import { prisma } from "../../db.ts";
import type { IsoDate } from "../../domain/dates.ts";
import type { MeasureStatus } from "../../domain/status/measure-status.ts";
import type { RollUp } from "../../domain/status/roll-up.ts";
import { getCurrentPlan } from "../plans/get-current-plan.ts";
import { computePlanStatus } from "./get-plan-status.ts";

/** A measure's status with the due date in force on the status date and the notice's (they differ once an extension is approved). */
export type IndexedMeasureStatus = MeasureStatus & { dueDate: IsoDate; originalDueDate: IsoDate };

export type StatusIndex = {
  asOf: string;
  measures: Map<number, IndexedMeasureStatus>;
  tasks: Map<number, RollUp>;
  units: Map<number, RollUp>;
};

export const getStatusIndex = cache(async (viewer: Viewer | null, asOf?: IsoDate): Promise<StatusIndex | null> => {
  if (!can(viewer, { action: "status:read" })) return null;
  const plan = await getCurrentPlan();
  if (!plan) return null;
  const status = await computePlanStatus(await prisma(), plan.id, asOf ?? today());
  return {
    asOf: status.asOf,
    measures: new Map(status.measures.map((m) => [m.id, { ...m.status, dueDate: m.dueDate, originalDueDate: m.originalDueDate }])),
    tasks: new Map(status.tasks.map((t) => [t.number, t.rollUp])),
    units: new Map(status.units.map((u) => [u.id, u.rollUp])),
  };
});
