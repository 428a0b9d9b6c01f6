// Admins set the plan's red/yellow/blue thresholds (DESIGN.md defaults until changed). Audited.
import "server-only";
import { z } from "zod";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { thresholdsSchema, type Thresholds } from "../../domain/status/thresholds.ts";
import { AppError } from "../../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { mutate } from "../mutate.ts";
import { recordIdSchema } from "../../record-id.ts";
import { planRef } from "../plans/resolve-plan.ts";

const whole = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label}须为整数。` })
    .int({ error: `${label}须为整数。` })
    .min(min, { error: `${label}须在 ${min}–${max} 之间。` })
    .max(max, { error: `${label}须在 ${min}–${max} 之间。` });

export const thresholdsInputSchema = z
  .object({
    planId: recordIdSchema(),
    yellowGap: whole("黄色阈值", 0, 100),
    redGap: whole("红色阈值", 0, 100),
    redOverdueDays: whole("逾期天数", 0, 365),
    redMissedPeriods: whole("未报期数", 1, 24),
  })
  .refine((t) => t.redGap >= t.yellowGap, { error: "红色阈值不能小于黄色阈值。", path: ["redGap"] });

export async function updateThresholds(viewer: Viewer, input: z.infer<typeof thresholdsInputSchema>): Promise<Thresholds> {
  const { planId, ...values } = input;
  const thresholds = thresholdsSchema.parse(values);
  // Every measure of the plan may change colour.
  return mutate(viewer, { permission: { action: "thresholds:manage", plan: "any" }, touches: { plans: [planId] } }, async (tx) => {
    const plan = await tx.plan.findUnique({
      where: { id: planId },
      select: { regionId: true, frozenAt: true, yellowGap: true, redGap: true, redOverdueDays: true, redMissedPeriods: true },
    });
    if (!plan) throw new AppError("NOT_FOUND", "计划不存在。");
    // The plan's own region and state decide: a frozen plan's colours stay as they were.
    assertCan(viewer, { action: "thresholds:manage", plan: planRef(plan) });
    const { regionId: _region, frozenAt: _frozen, ...before } = plan;
    await tx.plan.update({ where: { id: planId }, data: thresholds });
    await recordAudit(tx, viewer, { action: "plan.thresholds", entityType: "Plan", entityId: planId, before, after: thresholds });
    return thresholds;
  });
}
