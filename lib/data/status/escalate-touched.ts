// Escalations follow the colours (推进不力 → 周调度): the daily job brings every open plan in line
// after midnight, and a write that changes a measure's colour brings that measure in line at once,
// so a measure turned red by a write escalates (and one turned blue is released) without anyone
// having to open a page: reads never write. Called by mutate (lib/data/mutate.ts) after a request's
// write committed, with the write's data version N. "Changed" compares the status after the write
// with the one this process computed at N − 1, the state just before it (every status-touching
// write computes the status after it here, so consecutive writes find it); when that is not known
// (another instance wrote in between, or nobody computed it), the daily job does it.
import "server-only";
import { today } from "../../clock.ts";
import { prisma } from "../../db.ts";
import type { PlanStatus } from "../../domain/status/plan-status.ts";
import type { Touched } from "../touched.ts";
import { syncEscalations } from "./escalations.ts";
import { computePlanStatus } from "./get-plan-status.ts";
import { rememberedStatus } from "./internal/status-cache.ts";

export async function escalateTouched(touched: Touched, version: bigint): Promise<void> {
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
  for (const [planId, only] of byPlan) {
    const before = rememberedStatus<PlanStatus>(planId, on, version - 1n);
    const after = await computePlanStatus(db, planId, on); // also what the next write compares with
    if (!before) continue;
    const was = new Map(before.measures.map((m) => [m.id, m.status]));
    const changed = new Set(
      after.measures
        .filter(
          (m) => (only === null || only.has(m.id)) && (was.get(m.id)?.colour !== m.status.colour || was.get(m.id)?.done !== m.status.done),
        )
        .map((m) => m.id),
    );
    if (changed.size > 0) await syncEscalations(planId, on, changed);
  }
}
