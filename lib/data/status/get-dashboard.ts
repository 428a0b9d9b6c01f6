// The dashboard's data: a plan's status as of a date (default: its status date), the month-by-month colour counts up to
// it, and each unit's filing punctuality, from one reading of the database (get-plan-status.ts).
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { today } from "../../clock.ts";
import { prisma } from "../../db.ts";
import { fromDbDate, type IsoDate } from "../../domain/dates.ts";
import { colourCounts, coloursByAction, heatmap, redItems, scoreboard, type ScoreSort } from "../../domain/status/dashboard-tables.ts";
import type { Colour } from "../../domain/status/measure-status.ts";
import { statusDateOf, type PlanSummary } from "../plans/resolve-plan.ts";
import { syncEscalationsWith } from "./escalations.ts";
import { getPlanStatusWithHistory } from "./get-plan-status.ts";
import { derivedFrom } from "./status-cache.ts";

export type TrendPoint = { label: string; asOf: IsoDate; counts: Record<Colour, number> };

export type DashboardView = { sort: ScoreSort; unitLimit: number };

export async function getDashboard(viewer: Viewer | null, plan: PlanSummary, requestedAsOf?: IsoDate, view: DashboardView = { sort: "onTime", unitLimit: Infinity }) {
  assertCan(viewer, { action: "status:read" });
  const asOf = statusDateOf(plan, requestedAsOf);
  const db = await prisma();

  // One point per month end of the plan up to the as-of date, then the date itself: all read at once.
  const periods = await db.reportingPeriod.findMany({
    where: { planId: plan.id, kind: "MONTHLY", endsOn: { lt: new Date(`${asOf}T00:00:00Z`) } },
    orderBy: { startsOn: "asc" },
    select: { label: true, endsOn: true },
  });
  const monthEnds = periods.map((p) => fromDbDate(p.endsOn));
  // eslint-disable-next-line prefer-const -- status, earlier and punctuality are read again below
  let { status, earlier, punctuality, settled } = await getPlanStatusWithHistory(viewer, plan, asOf, monthEnds);
  // Escalations follow today's colours: the daily job (lib/jobs) syncs them after midnight, and a
  // read does it too, so a colour that changed during the day escalates at once; history is left as
  // it was. When that changes anything (it may create periods already due), read everything again.
  // Only from a settled reading: the sync writes, and a status read while another write was in
  // flight is each reader's own, so syncing from those would keep one another unsettled.
  // A frozen plan takes no more reports: nothing to escalate.
  if (asOf === today() && settled && plan.frozenOn === null && (await syncEscalationsWith(plan.id, asOf, status))) {
    ({ status, earlier, punctuality } = await getPlanStatusWithHistory(viewer, plan, asOf, monthEnds));
  }
  const trend: TrendPoint[] = periods.map((p, i) => ({ label: p.label.replace(/^\d{4}年/, ""), asOf: earlier[i].asOf, counts: colourCounts(earlier[i]) }));
  trend.push({ label: asOf.slice(5).replace("-", "/"), asOf, counts: colourCounts(status) });
  // The tables depend only on the status (shared by every reader of this data version) and the view.
  const tables = derivedFrom(status, `dashboard:${view.sort}:${view.unitLimit}`, () => ({
    counts: colourCounts(status),
    byAction: coloursByAction(status),
    redItems: redItems(status),
    scoreboard: scoreboard(status, punctuality, view.sort).slice(0, view.unitLimit),
    heatmap: heatmap(status, view.unitLimit),
  }));

  return { plan, status, trend, punctuality, tables };
}
