// A plan's data-quality settings (数据质量: the jump and the target multiple the checks use), read
// and changed by administrators beside the red/yellow/blue thresholds. Changes are audited.
import "server-only";
import { type z } from "zod";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { qualitySettingsSchema, type QualitySettings } from "../../domain/quality/quality-settings.ts";
import { AppError } from "../../errors.ts";
import { recordIdSchema } from "../../record-id.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { mutate } from "../mutate.ts";
import { planRef } from "../plans/resolve-plan.ts";

export const qualitySettingsInputSchema = qualitySettingsSchema.extend({ planId: recordIdSchema() });

const select = { qualityJumpPoints: true, qualityTargetMultiple: true } as const;
const toSettings = (row: { qualityJumpPoints: number; qualityTargetMultiple: number }): QualitySettings => ({
  jumpPoints: row.qualityJumpPoints,
  targetMultiple: row.qualityTargetMultiple,
});

export async function getQualitySettings(viewer: Viewer, planId: number): Promise<QualitySettings | null> {
  assertCan(viewer, { action: "thresholds:manage", plan: "any" });
  const row = await (await prisma()).plan.findUnique({ where: { id: planId }, select: { ...select, regionId: true, frozenAt: true } });
  if (!row) return null;
  assertCan(viewer, { action: "thresholds:manage", plan: planRef(row) });
  return toSettings(row);
}

export async function updateQualitySettings(viewer: Viewer, input: z.infer<typeof qualitySettingsInputSchema>): Promise<QualitySettings> {
  const { planId, ...settings } = input;
  // The checks run on saving a report: no colour changes.
  return mutate(
    viewer,
    { permission: { action: "thresholds:manage", plan: "any" }, touches: { pages: ["/admin/settings"] } },
    async (tx) => {
      const before = await tx.plan.findUnique({ where: { id: planId }, select: { ...select, regionId: true, frozenAt: true } });
      if (!before) throw new AppError("NOT_FOUND", "计划不存在。");
      // The plan's own region and state decide: a frozen plan's checks stay as they were.
      assertCan(viewer, { action: "thresholds:manage", plan: planRef(before) });
      await tx.plan.update({
        where: { id: planId },
        data: { qualityJumpPoints: settings.jumpPoints, qualityTargetMultiple: settings.targetMultiple },
      });
      await recordAudit(tx, viewer, {
        action: "plan.quality",
        entityType: "Plan",
        entityId: planId,
        before: toSettings(before),
        after: settings,
      });
      return settings;
    },
  );
}
