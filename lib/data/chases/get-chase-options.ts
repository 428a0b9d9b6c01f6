// What the measure page's 催办 form offers bureau staff: the measure's units (lead first) and the
// reporting periods that have started and overlap the measure's dates (to the due date in force),
// newest first. Null for everyone who may not chase, so the page shows no form.
import "server-only";
import { can, type Viewer } from "../../auth/permissions.ts";
import { today } from "../../clock.ts";
import { prisma } from "../../db.ts";
import { toDbDate } from "../../domain/dates.ts";
import { measurePlanRef } from "../plans/measure-plan.ts";

export type ChaseOptions = { measureId: number; units: { id: number; name: string }[]; periods: { id: number; label: string }[] };

export async function getChaseOptions(viewer: Viewer, measureId: number): Promise<ChaseOptions | null> {
  if (!can(viewer, { action: "chase:send", plan: "any" })) return null;
  const db = await prisma();
  const plan = await measurePlanRef(db, measureId);
  if (!plan || !can(viewer, { action: "chase:send", plan })) return null;
  const measure = await db.measure.findUnique({
    where: { id: measureId },
    select: {
      id: true,
      planId: true,
      startDate: true,
      dueDate: true,
      units: { orderBy: { position: "asc" }, select: { unit: { select: { id: true, name: true } } } },
    },
  });
  if (!measure) return null;
  // Up to the due date in force: an approved extension (延期) keeps the measure's months owed.
  const extended = await db.extensionRequest.aggregate({ where: { measureId, state: "APPROVED" }, _max: { requestedDueOn: true } });
  const dueDate =
    extended._max.requestedDueOn && extended._max.requestedDueOn > measure.dueDate ? extended._max.requestedDueOn : measure.dueDate;
  const periods = await db.reportingPeriod.findMany({
    where: {
      planId: measure.planId,
      kind: "MONTHLY",
      startsOn: { lte: toDbDate(today()) },
      endsOn: { gte: measure.startDate },
      AND: { startsOn: { lte: dueDate } },
    },
    orderBy: { startsOn: "desc" },
    select: { id: true, label: true },
  });
  return { measureId: measure.id, units: measure.units.map((u) => u.unit), periods };
}
