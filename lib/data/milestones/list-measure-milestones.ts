// A measure's milestones on a status date (default today), for the API: published plan data with
// each milestone's state then. Not found when there is no such measure.
import type { Viewer } from "../../auth/permissions.ts";
import { today } from "../../clock.ts";
import { prisma } from "../../db.ts";
import type { IsoDate } from "../../domain/dates.ts";
import { AppError } from "../../errors.ts";
import { milestoneMessages as m } from "../../messages/milestones.ts";
import { milestoneOrder, milestoneViewSelect, toMilestoneView, type MilestoneView } from "./milestone-view.ts";

export type MeasureMilestones = { measureId: number; asOf: IsoDate; milestones: MilestoneView[] };

export async function listMeasureMilestones(_viewer: Viewer, measureId: number, asOf: IsoDate = today()): Promise<MeasureMilestones> {
  const db = await prisma();
  const measure = await db.measure.findUnique({
    where: { id: measureId },
    select: { id: true, milestones: { orderBy: milestoneOrder, select: milestoneViewSelect } },
  });
  if (!measure) throw new AppError("NOT_FOUND", m.measureNotFound);
  return { measureId, asOf, milestones: measure.milestones.map((row) => toMilestoneView(row, asOf)) };
}
