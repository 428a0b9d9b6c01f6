// The dashboard's data: a plan's status as of a date (default: its status date), the month-by-month colour counts up to
// it, and each unit's filing punctuality, from one reading of the database (get-plan-status.ts).
import "server-only";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { fromDbDate, type IsoDate } from "../../domain/dates.ts";
import {
  colourCounts,
  coloursByAction,
  heatmap,
  RED_ITEMS_SHOWN,
  redItems,
  scoreboard,
  type ScoreSort,
} from "../../domain/status/dashboard-tables.ts";
import type { Colour } from "../../domain/status/measure-status.ts";
import { statusDateOf, type PlanSummary } from "../plans/resolve-plan.ts";
import { getPlanStatusWithHistory } from "./get-plan-status.ts";
import { derivedFrom } from "./internal/status-cache.ts";

export type TrendPoint = { label: string; asOf: IsoDate; counts: Record<Colour, number> };

export type DashboardView = { sort: ScoreSort; unitLimit: number };

export async function getDashboard(
  viewer: Viewer | null,
  plan: PlanSummary,
  requestedAsOf?: IsoDate,
  view: DashboardView = { sort: "onTime", unitLimit: Infinity },
) {
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
  // A read writes nothing: escalations follow the colours through the daily job and the writes
  // that change colours (lib/data/status/escalate-touched.ts).
  const { status, earlier, punctuality } = await getPlanStatusWithHistory(viewer, plan, asOf, monthEnds);
  const trend: TrendPoint[] = periods.map((p, i) => ({
    label: p.label.replace(/^\d{4}年/, ""),
    asOf: earlier[i].asOf,
    counts: colourCounts(earlier[i]),
  }));
  trend.push({ label: asOf.slice(5).replace("-", "/"), asOf, counts: colourCounts(status) });
  // The tables depend only on the status (shared by every reader of this data version) and the view.
  const tables = derivedFrom(status, `dashboard:${view.sort}:${view.unitLimit}`, () => ({
    counts: colourCounts(status),
    byAction: coloursByAction(status),
    redItems: redItems(status, RED_ITEMS_SHOWN),
    scoreboard: scoreboard(status, punctuality, view.sort).slice(0, view.unitLimit),
    heatmap: heatmap(status, view.unitLimit),
  }));

  return { plan, status, trend, punctuality, tables };
}
