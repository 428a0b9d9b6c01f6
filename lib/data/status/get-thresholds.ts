// The current plan's red/yellow/blue thresholds, for the settings page.
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { getCurrentPlan } from "../plans/get-current-plan.ts";

export async function getThresholds(viewer: Viewer) {
  assertCan(viewer, { action: "thresholds:manage" });
  const plan = await getCurrentPlan();
  if (!plan) return null;
  const db = await prisma();
  const values = await db.plan.findUniqueOrThrow({
    where: { id: plan.id },
    select: { yellowGap: true, redGap: true, redOverdueDays: true, redMissedPeriods: true },
  });
  return { plan, values };
}
