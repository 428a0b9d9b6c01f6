// A coordinator reopens a measure that is done (approved at 100 %), with a reason: from now on its
// units owe periodic reports again (lib/domain/status/owed-reports.ts), until a report approved at
// 100 % completes it again. Audited with the measure, in one transaction with the reopening.
import "server-only";
import { z } from "zod";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { now as clockNow } from "../../clock.ts";
import { isDoneAt } from "../../domain/status/owed-reports.ts";
import { AppError } from "../../errors.ts";
import { qualityMessages } from "../../messages/quality.ts";
import { recordIdSchema } from "../../record-id.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { mutate } from "../mutate.ts";
import { loadOwingMeasures } from "./load-owing-measures.ts";
import { measurePlanRef } from "../plans/measure-plan.ts";

const m = qualityMessages.done;

export const reopenMeasureSchema = z.object({
  measureId: recordIdSchema(),
  reason: z.string({ error: m.reasonRequired }).trim().min(1, { error: m.reasonRequired }).max(500, { error: m.reasonTooLong }),
});

export async function reopenMeasure(viewer: Viewer, input: z.infer<typeof reopenMeasureSchema>): Promise<{ id: number }> {
  return mutate(viewer, { permission: { action: "measure:reopen", plan: "any" } }, async (tx) => {
    // The measure's row locked: two coordinators reopening at once make one reopening, not two.
    const [row] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Measure" WHERE id = ${input.measureId} FOR UPDATE`;
    if (!row) throw new AppError("NOT_FOUND", m.measureNotFound);
    assertCan(viewer, { action: "measure:reopen", plan: (await measurePlanRef(tx, row.id))! });
    const at = clockNow();
    const owing = (await loadOwingMeasures(tx, [row.id])).get(row.id)!;
    if (!isDoneAt(owing, at.getTime())) throw new AppError("CONFLICT", m.notDone);
    const created = await tx.measureReopening.create({
      data: { measureId: row.id, reason: input.reason, reopenedAt: at, createdById: viewer.id },
      select: { id: true },
    });
    await recordAudit(tx, viewer, {
      action: "measure.reopen",
      entityType: "Measure",
      entityId: row.id,
      measureId: row.id,
      before: { done: true },
      after: { done: false, reason: input.reason },
    });
    return created;
  });
}
