// Every write moves the data version of every plan (the write counter is global), but a plan none of
// whose measures the write touched keeps its computed status (lib/data/status/get-plan-status.ts:
// derived once per facts object) — 县市区对比 does not compute 16 unchanged counties again after a
// report to the city plan — while the plan written to gets the write's effect.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { computePlanStatus } from "@/lib/data/status/get-plan-status.ts";
import { setStatusOverride } from "@/lib/data/status/status-override.ts";
import { installTestDb } from "../helpers/app-db.ts";
import { createViewer } from "../helpers/factories.ts";
import { testBackendName, type TestDb } from "../helpers/test-db.ts";
import { createTwoPlans, type TwoPlans } from "../helpers/two-plans.ts";

const TODAY = "2023-06-20";

describe(`the status of a plan a write did not touch (${testBackendName()})`, () => {
  let db: TestDb;
  let two: TwoPlans;
  let coordinator: Viewer;

  beforeAll(async () => {
    process.env.DUBAN_TODAY = TODAY;
    db = await installTestDb();
    two = await createTwoPlans(db.prisma);
    coordinator = await createViewer(db.prisma, "COORDINATOR");
  });
  afterAll(async () => {
    delete process.env.DUBAN_TODAY;
    await db?.drop();
  });

  const statusOf = (planId: number) => computePlanStatus(db.prisma, planId, TODAY);
  const colourOf = async (planId: number, measureId: number) =>
    (await statusOf(planId)).measures.find((m) => m.id === measureId)!.status.colour;

  it("is kept as computed, while the written plan's is computed with the write", async () => {
    const [cityMeasure] = [...two.measures.city];
    const [countyMeasure] = [...two.measures.county];
    const [cityBefore, countyBefore] = [await statusOf(two.cityPlanId), await statusOf(two.countyPlanId)];
    expect(cityBefore.measures.find((m) => m.id === cityMeasure)!.status.colour).not.toBe("BLUE");

    await setStatusOverride(coordinator, { measureId: cityMeasure, colour: "BLUE", reason: "已按期推进" });
    expect(await statusOf(two.countyPlanId)).toBe(countyBefore);
    expect(await statusOf(two.cityPlanId)).not.toBe(cityBefore);
    expect(await colourOf(two.cityPlanId, cityMeasure)).toBe("BLUE");

    // And the other way round: a write to the county plan leaves the city's as it now is.
    const cityAfter = await statusOf(two.cityPlanId);
    expect(countyBefore.measures.find((m) => m.id === countyMeasure)!.status.colour).not.toBe("BLUE");
    await setStatusOverride(coordinator, { measureId: countyMeasure, colour: "BLUE", reason: "已按期推进" });
    expect(await statusOf(two.cityPlanId)).toBe(cityAfter);
    expect(await colourOf(two.countyPlanId, countyMeasure)).toBe("BLUE");
  });
});
