// 计划管理 (/plans): the plans the viewer may read, newest year first, the city before its counties,
// with their size and what the viewer may do with each (re-import, roll over to the next year,
// freeze or reopen); and the regions they may import a notice into.
import "server-only";
import { can, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { listVisiblePlans, type PlanSummary, type RegionSummary } from "./resolve-plan.ts";

export type ManagedPlan = PlanSummary & {
  measures: number;
  units: number;
  may: { reimport: boolean; rollover: boolean; freeze: boolean; unfreeze: boolean };
};

export async function listManagedPlans(
  viewer: Viewer,
): Promise<{ plans: ManagedPlan[]; regions: RegionSummary[]; canImport: boolean; canAddCounty: boolean }> {
  const { plans, regions } = await listVisiblePlans(viewer);
  const db = await prisma();
  const ids = plans.map((p) => p.id);
  const [measures, links] = await Promise.all([
    db.measure.groupBy({ by: ["planId"], where: { planId: { in: ids } }, _count: { _all: true } }),
    db.$queryRaw<{ planId: number; units: number }[]>`
      SELECT m."planId", count(DISTINCT mu."unitId")::int AS units
      FROM "MeasureUnit" mu JOIN "Measure" m ON m.id = mu."measureId"
      WHERE m."planId" = ANY(${ids}) GROUP BY m."planId"`,
  ]);
  const taken = new Set(plans.map((p) => `${p.region.id}:${p.year}`));
  const manages = (regionId: number) => can(viewer, { action: "plan:manage", plan: { regionId, frozen: false } });
  return {
    plans: plans.map((p) => ({
      ...p,
      measures: measures.find((x) => x.planId === p.id)?._count._all ?? 0,
      units: links.find((x) => x.planId === p.id)?.units ?? 0,
      may: {
        reimport: manages(p.region.id) && p.frozenOn === null,
        rollover: manages(p.region.id) && !taken.has(`${p.region.id}:${p.year + 1}`),
        freeze: manages(p.region.id) && p.frozenOn === null,
        unfreeze: manages(p.region.id) && p.frozenOn !== null,
      },
    })),
    regions: regions.filter((r) => manages(r.id)),
    canImport: can(viewer, { action: "plan:manage", plan: "any" }),
    // A new county: the city's staff only (import-target.ts).
    canAddCounty: can(viewer, { action: "plan:manage", plan: "any" }) && viewer.regionId === null,
  };
}
