// The leadership summary: colour counts with the change since the end of last month, the red and
// yellow items with their lead unit and reasons, and each unit's on-time filing rate.
import "server-only";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { endOfPreviousMonth, type IsoDate } from "../../domain/dates.ts";
import { colourCounts, scoreboard } from "../../domain/status/dashboard-tables.ts";
import { measureCoverage } from "../../domain/status/measure-coverage.ts";
import type { PlanStatus } from "../../domain/status/plan-status.ts";
import { statusDateOf, type PlanSummary } from "../plans/resolve-plan.ts";
import { getPlanStatusWithHistory, type StatusWithHistory } from "./get-plan-status.ts";
import { derivedFrom } from "./internal/status-cache.ts";

export async function getSummary(viewer: Viewer | null, plan: PlanSummary, requestedAsOf?: IsoDate) {
  assertCan(viewer, { action: "status:read" });
  const asOf = statusDateOf(plan, requestedAsOf);
  const previousDate = endOfPreviousMonth(asOf);
  const {
    status,
    earlier: [previous],
    punctuality,
  } = await getPlanStatusWithHistory(viewer, plan, asOf, [previousDate]);
  // Lists derived once per shared status (every reader of this data version gets the same).
  return derivedFrom(status, `summary:${previousDate}`, () => summaryOf(plan, asOf, previousDate, status, previous, punctuality));
}

function summaryOf(
  plan: PlanSummary,
  asOf: IsoDate,
  previousDate: IsoDate,
  status: PlanStatus,
  previous: StatusWithHistory["earlier"][number],
  punctuality: StatusWithHistory["punctuality"],
) {
  const items = status.measures
    .filter((m) => m.status.colour === "RED" || m.status.colour === "YELLOW")
    .sort((a, b) =>
      a.status.colour === b.status.colour ? a.task.number - b.task.number || a.number - b.number : a.status.colour === "RED" ? -1 : 1,
    )
    .map((m) => ({
      id: m.id,
      colour: m.status.colour,
      task: m.task.number,
      number: m.number,
      taskTitle: m.task.title,
      leadUnit: m.units.find((u) => u.role === "LEAD")?.unit.name ?? "",
      reason: m.status.reasons[0] ?? "",
      more: m.status.reasons.length - 1,
    }));
  return {
    plan,
    asOf,
    previousDate,
    counts: colourCounts(status),
    previousCounts: colourCounts(previous),
    progress: measureCoverage(status),
    items,
    units: scoreboard(status, punctuality, "onTime"),
  };
}
