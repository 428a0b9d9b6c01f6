// The plans an API client may read, newest year first, the city's before its counties': where it
// finds a plan's id. A county's plan names its parent, the city's plan of the same year.
import type { Viewer } from "../../auth/permissions.ts";
import type { IsoDate } from "../../domain/dates.ts";
import { listVisiblePlans, type RegionSummary } from "./resolve-plan.ts";

export type PlanListItem = {
  id: number;
  title: string;
  year: number;
  docNumber: string | null;
  issuedOn: IsoDate | null;
  region: RegionSummary;
  /** The city's plan of the same year, for a county's plan; null for the city's (or none imported). */
  parentId: number | null;
  frozenOn: IsoDate | null;
};

export async function listPlans(viewer: Viewer): Promise<{ plans: PlanListItem[] }> {
  const { plans } = await listVisiblePlans(viewer);
  const cityPlanOf = new Map(plans.filter((p) => p.region.level === "CITY").map((p) => [p.year, p.id]));
  return {
    plans: plans.map((p) => ({
      id: p.id,
      title: p.title,
      year: p.year,
      docNumber: p.docNumber,
      issuedOn: p.issuedOn,
      region: p.region,
      parentId: p.region.level === "COUNTY" ? (cityPlanOf.get(p.year) ?? null) : null,
      frozenOn: p.frozenOn,
    })),
  };
}
