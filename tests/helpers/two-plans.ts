// Two plans of 2023 side by side on a real database, for the plan-isolation and permission tests:
// the city's (the bureau's notice, 38 measures) and 任城区's (its own notice, 7 measures). The county's
// notice names 市教育科学研究院, which is matched to the city's unit of that name: one unit with work
// in both plans. Each county measure is led by one of the county's own units.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { createCounty, importNoticeText, seedPlan } from "./factories.ts";

export const SHARED_UNIT = "市教育科学研究院";
export const COUNTY = "任城区";
const RENCHENG_2023 = fileURLToPath(new URL("../fixtures/plans/rencheng-2023-key-tasks.txt", import.meta.url));

export type TwoPlans = {
  cityPlanId: number;
  countyPlanId: number;
  countyId: number;
  cityRegionId: number;
  sharedUnitId: number;
  /** Every measure id of each plan. */
  measures: { city: Set<number>; county: Set<number> };
  /** The measures the shared unit owns in each plan (lead first by task order). */
  sharedMeasures: { city: number[]; county: number[] };
  /** A unit of each plan that the other plan does not name. */
  onlyUnit: { city: { id: number; name: string }; county: { id: number; name: string } };
};

export async function createTwoPlans(prisma: PrismaClient): Promise<TwoPlans> {
  const cityPlanId = await seedPlan(prisma);
  const countyId = await createCounty(prisma, COUNTY);
  const countyPlanId = await importNoticeText(prisma, readFileSync(RENCHENG_2023, "utf8"), countyId);
  const cityRegionId = (await prisma.region.findFirstOrThrow({ where: { level: "CITY" } })).id;
  const shared = await prisma.unit.findUniqueOrThrow({ where: { regionId_name: { regionId: cityRegionId, name: SHARED_UNIT } } });
  const measureIds = async (planId: number) =>
    new Set((await prisma.measure.findMany({ where: { planId }, select: { id: true } })).map((m) => m.id));
  const sharedIn = async (planId: number) =>
    (
      await prisma.measureUnit.findMany({
        where: { unitId: shared.id, measure: { planId } },
        orderBy: [{ role: "asc" }, { measure: { task: { number: "asc" } } }, { measure: { number: "asc" } }],
        select: { measureId: true },
      })
    ).map((l) => l.measureId);
  return {
    cityPlanId,
    countyPlanId,
    countyId,
    cityRegionId,
    sharedUnitId: shared.id,
    measures: { city: await measureIds(cityPlanId), county: await measureIds(countyPlanId) },
    sharedMeasures: { city: await sharedIn(cityPlanId), county: await sharedIn(countyPlanId) },
    onlyUnit: {
      city: await prisma.unit.findUniqueOrThrow({
        where: { regionId_name: { regionId: cityRegionId, name: "机关党委" } },
        select: { id: true, name: true },
      }),
      county: await prisma.unit.findUniqueOrThrow({
        where: { regionId_name: { regionId: countyId, name: "区教体局基础教育科" } },
        select: { id: true, name: true },
      }),
    },
  };
}
