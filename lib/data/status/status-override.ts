// A coordinator overrides a measure's colour with a written reason, or lifts the override.
// Both are audited; the computed colour stays visible beside an override. An override counts from
// the day it was made on the portal's clock (DUBAN_TODAY in demos), as as-of views read it.
import "server-only";
import { z } from "zod";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { now } from "../../clock.ts";
import { AppError } from "../../errors.ts";
import { statusMessages as m } from "../../messages/status.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { mutate } from "../mutate.ts";
import { recordIdSchema } from "../../record-id.ts";
import { measurePlanRef } from "../plans/measure-plan.ts";

export const setOverrideSchema = z.object({
  measureId: recordIdSchema(),
  colour: z.enum(["RED", "YELLOW", "BLUE", "DONE"], { error: m.override.chooseColour }),
  reason: z
    .string({ error: m.override.reasonRequired })
    .trim()
    .min(1, { error: m.override.reasonRequired })
    .max(500, { error: m.override.reasonTooLong }),
});
export const liftOverrideSchema = z.object({ measureId: recordIdSchema() });

export async function setStatusOverride(viewer: Viewer, input: z.infer<typeof setOverrideSchema>): Promise<void> {
  await mutate(viewer, { permission: { action: "status:override", plan: "any" } }, async (tx) => {
    const plan = await measurePlanRef(tx, input.measureId);
    if (!plan) throw new AppError("NOT_FOUND", m.override.measureNotFound);
    assertCan(viewer, { action: "status:override", plan });
    const measure = await tx.measure.findUniqueOrThrow({ where: { id: input.measureId }, select: { id: true, override: true } });
    const data = { colour: input.colour, reason: input.reason, createdById: viewer.id, createdAt: now() };
    await tx.statusOverride.upsert({ where: { measureId: measure.id }, create: { measureId: measure.id, ...data }, update: data });
    await recordAudit(tx, viewer, {
      action: "status.override",
      entityType: "Measure",
      entityId: measure.id,
      measureId: measure.id,
      before: measure.override ? { colour: measure.override.colour, reason: measure.override.reason } : null,
      after: { colour: input.colour, reason: input.reason },
    });
  });
}

export async function liftStatusOverride(viewer: Viewer, measureId: number): Promise<void> {
  await mutate(viewer, { permission: { action: "status:override", plan: "any" } }, async (tx) => {
    const plan = await measurePlanRef(tx, measureId);
    if (!plan) throw new AppError("NOT_FOUND", m.override.noOverride);
    assertCan(viewer, { action: "status:override", plan });
    const existing = await tx.statusOverride.findUnique({ where: { measureId } });
    if (!existing) throw new AppError("NOT_FOUND", m.override.noOverride);
    await tx.statusOverride.delete({ where: { measureId } });
    await recordAudit(tx, viewer, {
      action: "status.override.lift",
      entityType: "Measure",
      entityId: measureId,
      measureId,
      before: { colour: existing.colour, reason: existing.reason },
      after: null,
    });
  });
}
