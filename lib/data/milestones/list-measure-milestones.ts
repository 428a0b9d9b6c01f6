// A measure's milestones on a status date (default today), for the API, with each milestone's state
// then (which says how the work stands: another county's staff do not read it). Not found when there
// is no such measure in the viewer's reach.
import "server-only";
import type { Viewer } from "../../auth/permissions.ts";
import { today } from "../../clock.ts";
import { prisma } from "../../db.ts";
import type { IsoDate } from "../../domain/dates.ts";
import { AppError } from "../../errors.ts";
import { milestoneMessages as m } from "../../messages/milestones.ts";
import { milestoneOrder, milestoneViewSelect, toMilestoneView, type MilestoneView } from "./milestone-view.ts";
import { plansInScopeWhere } from "../scope/plans-in-scope.ts";

export type MeasureMilestones = { measureId: number; asOf: IsoDate; milestones: MilestoneView[] };

export async function listMeasureMilestones(viewer: Viewer, measureId: number, asOf: IsoDate = today()): Promise<MeasureMilestones> {
  const db = await prisma();
  const measure = await db.measure.findFirst({
    where: { id: measureId, plan: plansInScopeWhere(viewer) },
    select: { id: true, milestones: { orderBy: milestoneOrder, select: milestoneViewSelect } },
  });
  if (!measure) throw new AppError("NOT_FOUND", m.measureNotFound);
  return { measureId, asOf, milestones: measure.milestones.map((row) => toMilestoneView(row, asOf)) };
}
