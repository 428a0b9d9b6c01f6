// 县市区对比: the city's plan of a year beside its counties' plans of that year — each county's
// colour mix, overall progress, on-time filing rate and red items, as of one date. Each county's
// status is the shared one (internal/shared-per-version.ts), so the page costs what the counties' dashboards cost
// once per data version, not once per reader.
import "server-only";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import type { IsoDate } from "../../domain/dates.ts";
import { countyRow, sortCounties, type CountyRow, type CountySort } from "../../domain/status/county-comparison.ts";
import { AppError } from "../../errors.ts";
import { planMessages } from "../../messages/plans.ts";
import { assertPlanReadable, listVisiblePlans, statusDateOf, type PlanSummary } from "../plans/resolve-plan.ts";
import { getPlanStatusWithHistory } from "./get-plan-status.ts";

export type CountyComparison = { city: PlanSummary; asOf: IsoDate; rows: CountyRow[] };

/** The counties under `city` (a city plan) that the viewer may read, as of a date. */
export async function getCountyComparison(
  viewer: Viewer,
  city: PlanSummary,
  requestedAsOf?: IsoDate,
  sort: CountySort = "red",
): Promise<CountyComparison> {
  assertCan(viewer, { action: "status:read" });
  assertPlanReadable(viewer, city);
  if (city.region.level !== "CITY") throw new AppError("NOT_FOUND", planMessages.counties.notCity);
  const asOf = statusDateOf(city, requestedAsOf);
  const { plans } = await listVisiblePlans(viewer);
  const counties = plans.filter((p) => p.region.level === "COUNTY" && p.year === city.year);
  // One after another: each is one reading of the database (and usually a cache hit).
  const rows: CountyRow[] = [];
  for (const plan of counties) {
    const { status, punctuality } = await getPlanStatusWithHistory(viewer, plan, asOf, []);
    rows.push(countyRow({ planId: plan.id, region: plan.region, title: plan.title, status, punctuality }));
  }
  return { city, asOf, rows: sortCounties(rows, sort) };
}
