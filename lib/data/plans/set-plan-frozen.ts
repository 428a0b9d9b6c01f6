// Bureau staff close a plan (归档: readable, no new reports) or reopen it. Audited; the rollover
// closes the previous year's plan itself (confirm-import.ts).
import "server-only";
import { mutate } from "../mutate.ts";
import { z } from "zod";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { now } from "../../clock.ts";
import { AppError } from "../../errors.ts";
import { planMessages } from "../../messages/plans.ts";
import { recordIdSchema } from "../../record-id.ts";
import { recordAudit } from "../audit/record-audit.ts";

export const setPlanFrozenSchema = z.object({
  planId: recordIdSchema(planMessages.notFound),
  frozen: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export async function setPlanFrozen(
  viewer: Viewer,
  input: z.infer<typeof setPlanFrozenSchema>,
): Promise<{ title: string; frozen: boolean }> {
  // A frozen plan shows its colours as on its closing day.
  const options = {
    permission: { action: "plan:manage", plan: "any" },
    touches: { plans: [input.planId] },
    unaudited: "already so, or frozen meanwhile by another click: nothing written",
  } as const;
  return mutate(viewer, options, async (tx) => {
    const plan = await tx.plan.findUnique({
      where: { id: input.planId },
      select: { id: true, title: true, regionId: true, frozenAt: true },
    });
    if (!plan) throw new AppError("NOT_FOUND", planMessages.notFound);
    assertCan(viewer, { action: "plan:manage", plan: { regionId: plan.regionId, frozen: false } });
    if ((plan.frozenAt !== null) === input.frozen) return { title: plan.title, frozen: input.frozen }; // already so: nothing to write
    // Only from the state read: two clicks at once write (and audit) once.
    const written = await tx.plan.updateMany({
      where: { id: plan.id, frozenAt: plan.frozenAt },
      data: { frozenAt: input.frozen ? now() : null },
    });
    if (written.count === 1) {
      await recordAudit(tx, viewer, {
        action: input.frozen ? "plan.freeze" : "plan.unfreeze",
        entityType: "Plan",
        entityId: plan.id,
        before: { frozen: !input.frozen },
        after: { frozen: input.frozen },
      });
    }
    return { title: plan.title, frozen: input.frozen };
  });
}
