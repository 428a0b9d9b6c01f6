// A plan's measures with their lead unit, for the inspection form (bureau only).
import "server-only";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { today } from "../../clock.ts";
import { prisma } from "../../db.ts";
import type { IsoDate } from "../../domain/dates.ts";
import { planRef, type PlanSummary } from "../plans/resolve-plan.ts";

export type InspectionFormData = {
  planId: number;
  year: number;
  today: IsoDate;
  measures: { id: number; number: number; task: { number: number; title: string }; lead: string }[];
};

export async function listInspectionMeasures(viewer: Viewer, plan: PlanSummary): Promise<InspectionFormData> {
  assertCan(viewer, { action: "inspection:manage", plan: planRef(plan) });
  const db = await prisma();
  const measures = await db.measure.findMany({
    where: { planId: plan.id },
    orderBy: [{ task: { number: "asc" } }, { number: "asc" }],
    select: {
      id: true,
      number: true,
      task: { select: { number: true, title: true } },
      units: { where: { role: "LEAD" }, select: { unit: { select: { name: true } } } },
    },
  });
  return {
    planId: plan.id,
    year: plan.year,
    today: today(),
    measures: measures.map(({ units, ...m }) => ({ ...m, lead: units[0]?.unit.name ?? "" })),
  };
}
