// Escalations follow the colours (推进不力 → 周调度): the daily job brings every open plan in line
// after midnight, and a write that may change colours brings its own measures in line at once, so a
// measure turned red during the day escalates without anyone having to open a page — reads never
// write. Called by mutate (lib/data/mutate.ts) after a request's write committed.
import { today } from "../../clock.ts";
import { prisma } from "../../db.ts";
import type { Touched } from "../touched.ts";
import { syncEscalations } from "./escalations.ts";

export async function escalateTouched(touched: Touched): Promise<void> {
  const db = await prisma();
  const measures = [...(touched.measures ?? [])];
  const wholePlans = touched.plans === "all" ? null : new Set(touched.plans ?? []);
  // Open plans only: a frozen plan takes no more reports, so nothing escalates in it.
  const rows = await db.$queryRaw<{ planId: number; measureId: number | null }[]>`
    SELECT p.id AS "planId", m.id AS "measureId" FROM "Plan" p LEFT JOIN "Measure" m ON m."planId" = p.id AND m.id = ANY(${measures}::int[])
    WHERE p."frozenAt" IS NULL AND (${wholePlans === null} OR p.id = ANY(${[...(wholePlans ?? [])]}::int[]) OR m.id IS NOT NULL)`;
  const byPlan = new Map<number, Set<number> | null>();
  for (const { planId, measureId } of rows) {
    if (wholePlans === null || wholePlans.has(planId)) byPlan.set(planId, null);
    else if (measureId !== null) byPlan.set(planId, (byPlan.get(planId) ?? new Set()).add(measureId));
  }
  const on = today();
  for (const [planId, only] of byPlan) await syncEscalations(planId, on, only ?? undefined);
}
