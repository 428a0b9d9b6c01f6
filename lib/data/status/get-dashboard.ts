// The dashboard's data: the plan's status as of a date, the month-by-month colour counts up to
// it, and each unit's filing punctuality.
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { today } from "../../clock.ts";
import { prisma } from "../../db.ts";
import { fromDbDate, type IsoDate } from "../../domain/dates.ts";
import { colourCounts } from "../../domain/status/dashboard-tables.ts";
import type { Colour } from "../../domain/status/measure-status.ts";
import { getCurrentPlan } from "../plans/get-current-plan.ts";
import { syncEscalations } from "./escalations.ts";
import { getPlanStatus } from "./get-plan-status.ts";
import { loadPunctuality } from "./load-punctuality.ts";

export type TrendPoint = { label: string; asOf: IsoDate; counts: Record<Colour, number> };

export async function getDashboard(viewer: Viewer | null, asOf: IsoDate = today()) {
  assertCan(viewer, { action: "status:read" });
  const plan = await getCurrentPlan();
  if (!plan) return null;
  const db = await prisma();
  // Escalations follow today's colours (until a scheduler does it: issue 5); history is left as it was.
  if (asOf === today()) await syncEscalations(plan.id, asOf);
  const status = await getPlanStatus(viewer, plan.id, asOf);

  // One point per month end of the plan up to the as-of date, then the date itself.
  const periods = await db.reportingPeriod.findMany({
    where: { planId: plan.id, kind: "MONTHLY", endsOn: { lt: new Date(`${asOf}T00:00:00Z`) } },
    orderBy: { startsOn: "asc" },
    select: { label: true, endsOn: true },
  });
  const trend: TrendPoint[] = [];
  for (const p of periods) {
    const point = await getPlanStatus(viewer, plan.id, fromDbDate(p.endsOn));
    trend.push({ label: p.label.replace(/^\d{4}年/, ""), asOf: fromDbDate(p.endsOn), counts: colourCounts(point) });
  }
  trend.push({ label: asOf.slice(5).replace("-", "/"), asOf, counts: colourCounts(status) });

  const punctuality = await loadPunctuality(db, plan.id, asOf);

  return { plan, status, trend, punctuality };
}
