// A plan's red/yellow/blue thresholds, for the settings page.
import "server-only";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { planRef, type PlanSummary } from "../plans/resolve-plan.ts";

export async function getThresholds(viewer: Viewer, plan: PlanSummary) {
  assertCan(viewer, { action: "thresholds:manage", plan: planRef(plan) });
  const db = await prisma();
  const values = await db.plan.findUniqueOrThrow({
    where: { id: plan.id },
    select: { yellowGap: true, redGap: true, redOverdueDays: true, redMissedPeriods: true },
  });
  return { plan, values };
}
