// A unit asks for a later due date for a measure it owns or a ledger entry of its own, with a
// reason. At most one pending request per item and unit: the item's row is locked while checking,
// so two requests sent at once cannot both be created.
import "server-only";
import { assertCan, type Permission, type Viewer } from "../../auth/permissions.ts";
import { now as clockNow, today } from "../../clock.ts";
import type { PrismaTx } from "../../db.ts";
import { toDbDate } from "../../domain/dates.ts";
import { requestedDueOnProblem } from "../../domain/extensions/extension-rules.ts";
import { AppError } from "../../errors.ts";
import { formatDate } from "../../format.ts";
import { extensionMessages as m } from "../../messages/extensions.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { mutate } from "../mutate.ts";
import type { ExtensionRequestInput } from "./extension-input.ts";
import { loadExtensionTarget, requestingUnit } from "./get-extension-target.ts";
import { notifyBureau } from "../notifications/notify.ts";

/** Locks the measure's or the ledger entry's row until the transaction ends. */
export async function lockExtensionItem(tx: PrismaTx, item: { measureId?: number | null; problemId?: number | null }): Promise<void> {
  if (item.problemId != null) await tx.$queryRaw`SELECT id FROM "Problem" WHERE id = ${item.problemId} FOR UPDATE`;
  else if (item.measureId != null) await tx.$queryRaw`SELECT id FROM "Measure" WHERE id = ${item.measureId} FOR UPDATE`;
}

export async function requestExtension(viewer: Viewer, input: ExtensionRequestInput): Promise<{ id: number }> {
  const unitId = requestingUnit(viewer);
  // The role alone first (a reporter of a unit asking for it); the item's owners and plan inside.
  const permission: Permission = { action: "extension:request", unitId, measureUnitIds: [unitId], plan: "any" };
  // Asking changes no date: the extension pages and the item's page show the request.
  const pages = ["/extensions", input.measureId !== undefined ? `/measures/${input.measureId}` : `/problems/${input.problemId}`];
  return mutate(viewer, { permission, touches: { pages } }, async (tx) => {
    await lockExtensionItem(tx, input);
    const target = await loadExtensionTarget(tx, unitId, input);
    if (!target) throw new AppError("NOT_FOUND", m.itemNotFound);
    assertCan(viewer, { action: "extension:request", unitId, measureUnitIds: target.ownerUnitIds, plan: target.plan });
    if (target.problem?.resolved) throw new AppError("CONFLICT", m.problemResolved);
    if (target.pending) throw new AppError("CONFLICT", m.pendingExists(formatDate(target.pending.requestedDueOn)));
    const problem = requestedDueOnProblem(input.requestedDueOn, target.currentDueOn, today());
    if (problem)
      throw new AppError(
        "INVALID_INPUT",
        problem.kind === "notLater" ? m.notLater(formatDate(problem.currentDueOn)) : m.notBeforeToday(formatDate(problem.today)),
      );

    const created = await tx.extensionRequest.create({
      data: {
        measureId: target.kind === "MEASURE" ? target.measure.id : null,
        problemId: target.problem?.id ?? null,
        unitId,
        currentDueOn: toDbDate(target.currentDueOn),
        requestedDueOn: toDbDate(input.requestedDueOn),
        reason: input.reason,
        requestedById: viewer.id,
        requestedAt: clockNow(),
      },
      select: { id: true },
    });
    await recordAudit(tx, viewer, {
      action: "extension.request",
      entityType: "ExtensionRequest",
      entityId: created.id,
      measureId: target.measure.id,
      after: {
        problemId: target.problem?.id ?? null,
        unitId,
        currentDueOn: target.currentDueOn,
        requestedDueOn: input.requestedDueOn,
        reason: input.reason,
        state: "PENDING",
      },
    });
    // The bureau hears of it at once, not only when it next opens /extensions.
    await notifyBureau(tx, target.plan.regionId, {
      kind: "EXTENSION_REQUESTED",
      title: m.notification.requestedTitle(viewer.name, m.itemLabel(target.measure, target.problem)),
      body:
        m.notification.body(formatDate(target.currentDueOn), formatDate(input.requestedDueOn), null) + m.notification.reason(input.reason),
      href: "/extensions",
    });
    return created;
  });
}
