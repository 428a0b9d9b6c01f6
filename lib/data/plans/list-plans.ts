// The plans an API client may read, newest year first, the city's before its counties': where it
// finds a plan's id. A county's plan names its parent, the city's plan of the same year.
import "server-only";
import type { Viewer } from "../../auth/permissions.ts";
import type { IsoDate } from "../../domain/dates.ts";
import { listVisiblePlans, loadPlans, type RegionSummary } from "./resolve-plan.ts";

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
  const [{ plans }, all] = await Promise.all([listVisiblePlans(viewer), loadPlans()]);
  // The parent is named from every plan: a county's own staff do not see the city's plan, but
  // their plan still sits under it.
  const city = all.regions.find((r) => r.level === "CITY");
  const cityPlanOf = new Map(all.plans.filter((p) => p.regionId === city?.id).map((p) => [p.year, p.id]));
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
