// The plan a measure (or a ledger entry) belongs to, as the permission module sees it (region,
// frozen): what every action on it (reports, milestones, colour, chases, extensions, ledger steps)
// is checked against.
import "server-only";
import type { PlanRef, Viewer } from "../../auth/permissions.ts";
import { prisma, type PrismaLike } from "../../db.ts";
import { getPlanSummary, planRef, type PlanSummary } from "./resolve-plan.ts";

export async function measurePlanRef(db: PrismaLike, measureId: number): Promise<Exclude<PlanRef, "any"> | null> {
  // Two plain reads rather than a nested select: inside a transaction Prisma would send a
  // relation's query in parallel on the one connection.
  const measure = await db.measure.findUnique({ where: { id: measureId }, select: { planId: true } });
  if (!measure) return null;
  return planRef(await db.plan.findUniqueOrThrow({ where: { id: measure.planId }, select: { regionId: true, frozenAt: true } }));
}

/** The same for a plan by id (a ledger entry's, an inspection's). */
export async function planRefById(db: PrismaLike, planId: number): Promise<Exclude<PlanRef, "any">> {
  return planRef(await db.plan.findUniqueOrThrow({ where: { id: planId }, select: { regionId: true, frozenAt: true } }));
}

/** The plan of a measure as the viewer sees it (the measure page's plan), or null without such a measure. */
export async function getMeasurePlan(viewer: Viewer | null, measureId: number): Promise<PlanSummary | null> {
  const measure = await (await prisma()).measure.findUnique({ where: { id: measureId }, select: { planId: true } });
  return measure ? getPlanSummary(viewer, measure.planId) : null;
}
