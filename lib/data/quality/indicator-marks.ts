// 只增不减: which of a measure's indicators must not fall (a fall from the unit's previous actual is a
// data-quality warning), read by anyone signed in and marked by the bureau (audited with the measure).
import "server-only";
import { z } from "zod";
import { assertCan, can, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { AppError } from "../../errors.ts";
import { qualityMessages as m } from "../../messages/quality.ts";
import { recordIdSchema } from "../../record-id.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { mutate } from "../mutate.ts";
import { measurePlanRef } from "../plans/measure-plan.ts";

export type IndicatorMarks = { canManage: boolean; indicators: { id: number; label: string; unit: string; mustNotFall: boolean }[] };

export async function listIndicatorMarks(viewer: Viewer, measureId: number): Promise<IndicatorMarks> {
  assertCan(viewer, { action: "status:read" });
  const indicators = await (
    await prisma()
  ).indicator.findMany({
    where: { measureId },
    orderBy: { position: "asc" },
    select: { id: true, label: true, unit: true, mustNotFall: true },
  });
  const plan = await measurePlanRef(await prisma(), measureId);
  return { canManage: plan !== null && can(viewer, { action: "indicator:manage", plan }), indicators };
}

export const markIndicatorSchema = z.object({
  indicatorId: recordIdSchema(),
  mustNotFall: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export async function markIndicator(viewer: Viewer, input: z.infer<typeof markIndicatorSchema>): Promise<void> {
  const options = {
    permission: { action: "indicator:manage", plan: "any" },
    touches: { pages: ["/measures/[id]"] },
    unaudited: "a mark already so changes nothing",
  } as const;
  await mutate(viewer, options, async (tx) => {
    const before = await tx.indicator.findUnique({
      where: { id: input.indicatorId },
      select: { id: true, measureId: true, mustNotFall: true },
    });
    if (!before) throw new AppError("NOT_FOUND", m.mustNotFall.notFound);
    assertCan(viewer, { action: "indicator:manage", plan: (await measurePlanRef(tx, before.measureId))! });
    if (before.mustNotFall === input.mustNotFall) return; // already so: nothing to change or audit
    await tx.indicator.update({ where: { id: before.id }, data: { mustNotFall: input.mustNotFall } });
    await recordAudit(tx, viewer, {
      action: "indicator.mustNotFall",
      entityType: "Indicator",
      entityId: before.id,
      measureId: before.measureId,
      before: { mustNotFall: before.mustNotFall },
      after: { mustNotFall: input.mustNotFall },
    });
  });
}
