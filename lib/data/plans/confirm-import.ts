// The import confirmed after its preview: one transaction writes the plan (a new one, or the plan of
// that region and year updated in place), creates a new county's region, and for a rollover carries
// the chosen unfinished measures over (结转) and freezes the previous plan. The preview's basis must
// still hold: a plan changed since the preview is not overwritten with what the coordinator did not see.
import "server-only";
import { mutate } from "../mutate.ts";
import { z } from "zod";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { now } from "../../clock.ts";
import { prisma } from "../../db.ts";
import { parseNotice } from "../../domain/notice/parse-notice.ts";
import { AppError } from "../../errors.ts";
import { planMessages } from "../../messages/plans.ts";
import { recordIdSchema } from "../../record-id.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { carryOverMeasures } from "./internal/carry-over-measures.ts";
import { ensureCounty } from "./internal/ensure-county.ts";
import { importBasis, unfinishedMeasures } from "./get-import-preview.ts";
import { writePlan } from "./import-plan.ts";
import { importRegion } from "./internal/import-target.ts";
import { getPlanSummary } from "./resolve-plan.ts";

const m = planMessages.manage;
const list = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(max));

export const confirmImportSchema = z.object({
  id: recordIdSchema(m.pendingNotFound),
  basis: z.string().max(20),
  /** County units to create as the county's own although the city has a unit of the same name. */
  ownUnits: list(z.string().max(60), 500),
  /** Rollover: the previous plan's unfinished measures to carry over. */
  carry: list(recordIdSchema(), 5000),
});
export type ConfirmImportInput = z.infer<typeof confirmImportSchema>;

export type ConfirmedImport = { planId: number; createdPlan: boolean; carried: number; frozenPlanId: number | null };

export async function confirmImport(viewer: Viewer, input: ConfirmImportInput): Promise<ConfirmedImport> {
  assertCan(viewer, { action: "plan:manage", plan: "any" });
  const db = await prisma();
  const pending = await db.pendingImport.findFirst({
    where: { id: input.id, userId: viewer.id },
    select: { id: true, text: true, regionName: true, previousPlanId: true },
  });
  if (!pending) throw new AppError("NOT_FOUND", m.pendingNotFound);
  const notice = parseNotice(pending.text); // a notice with problems is refused, with its lines
  const from = pending.previousPlanId === null ? null : await getPlanSummary(viewer, pending.previousPlanId);
  if (pending.previousPlanId !== null && !from) throw new AppError("NOT_FOUND", m.previousNotFound);
  if (from && notice.plan.year <= from.year)
    throw new AppError("INVALID_INPUT", planMessages.rollover.yearNotLater(notice.plan.year, from.year));
  // Only measures the preview could offer: the previous plan's, not done, not carried already.
  const offered = from ? new Set((await unfinishedMeasures(viewer, from)).map((x) => x.id)) : new Set<number>();
  if (input.carry.some((id) => !offered.has(id))) throw new AppError("INVALID_INPUT", planMessages.rollover.notCarriable);

  try {
    const touches = (r: ConfirmedImport) => ({ plans: r.frozenPlanId === null ? [r.planId] : [r.planId, r.frozenPlanId] });
    // The same notice again writes nothing but the pending import's removal.
    const options = {
      permission: { action: "plan:manage", plan: "any" },
      touches,
      unaudited: "a notice that changes nothing",
      timeout: 120_000,
    } as const;
    return await mutate(viewer, options, async (tx) => {
      const target = await importRegion(tx, viewer, pending.regionName);
      const regionId = target.id ?? (await ensureCounty(tx, target.name));
      const existing = await tx.plan.findUnique({
        where: { regionId_year: { regionId, year: notice.plan.year } },
        select: { updatedAt: true },
      });
      if (importBasis(existing) !== input.basis) throw new AppError("CONFLICT", m.changedSincePreview);
      const summary = await writePlan(tx, notice, pending.text, { regionId, ownUnits: input.ownUnits }, viewer);
      let carried = 0;
      let frozenPlanId: number | null = null;
      if (from) {
        carried = await carryOverMeasures(tx, summary.planId, input.carry);
        if (from.frozenOn === null) {
          await tx.plan.update({ where: { id: from.id }, data: { frozenAt: now() } });
          frozenPlanId = from.id;
        }
        await recordAudit(tx, viewer, {
          action: "plan.rollover",
          entityType: "Plan",
          entityId: summary.planId,
          before: { planId: from.id },
          after: { carried, measureIds: input.carry, frozen: frozenPlanId !== null },
        });
      }
      await tx.pendingImport.delete({ where: { id: pending.id } });
      return { planId: summary.planId, createdPlan: summary.createdPlan, carried, frozenPlanId };
    });
  } catch (error) {
    // Someone imported the same region's year (or created the same county) at the same moment.
    if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", m.changedSincePreview);
    throw error;
  }
}
