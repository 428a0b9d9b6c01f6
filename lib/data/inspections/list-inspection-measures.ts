// The current plan's measures with their lead unit, for the inspection form (bureau only).
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { today } from "../../clock.ts";
import { prisma } from "../../db.ts";
import type { IsoDate } from "../../domain/dates.ts";
import { getCurrentPlan } from "../plans/get-current-plan.ts";

export type InspectionFormData = {
  year: number;
  today: IsoDate;
  measures: { id: number; number: number; task: { number: number; title: string }; lead: string }[];
};

export async function listInspectionMeasures(viewer: Viewer): Promise<InspectionFormData | null> {
  assertCan(viewer, { action: "inspection:manage" });
  const plan = await getCurrentPlan();
  if (!plan) return null;
  const db = await prisma();
  const measures = await db.measure.findMany({
    where: { planId: plan.id },
    orderBy: [{ task: { number: "asc" } }, { number: "asc" }],
    select: { id: true, number: true, task: { select: { number: true, title: true } }, units: { where: { role: "LEAD" }, select: { unit: { select: { name: true } } } } },
  });
  return { year: plan.year, today: today(), measures: measures.map(({ units, ...m }) => ({ ...m, lead: units[0]?.unit.name ?? "" })) };
}
