// One measure's colour (today, or the plan's status date) with everything the measure page shows
// about it: reasons, the computed colour beside an override, and the escalated reporting in force.
import "server-only";
import { can, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { fromDbDate, type IsoDate } from "../../domain/dates.ts";
import { planRef, type PlanSummary } from "../plans/resolve-plan.ts";
import { getStatusIndex } from "./get-status-index.ts";

/** `plan` is the measure's own plan. */
export async function getMeasureStatus(viewer: Viewer | null, plan: PlanSummary, measureId: number, asOf?: IsoDate) {
  const index = await getStatusIndex(viewer, plan, asOf);
  const status = index?.measures.get(measureId);
  if (!index || !status) return null;
  const db = await prisma();
  const escalation = await db.escalation.findFirst({
    where: { measureId, endsOn: null },
    select: { cadence: true, startsOn: true, automatic: true, reason: true },
  });
  return {
    asOf: index.asOf,
    status,
    escalation: escalation ? { ...escalation, startsOn: fromDbDate(escalation.startsOn) } : null,
    canOverride: can(viewer, { action: "status:override", plan: planRef(plan) }),
    canReopen: can(viewer, { action: "measure:reopen", plan: planRef(plan) }),
  };
}
