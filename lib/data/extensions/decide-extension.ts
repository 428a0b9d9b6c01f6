// A coordinator approves or rejects a pending extension request with a comment (required to
// reject). One transaction: the decision (optimistic lock on the request's version), the ledger
// entry's new due date when one is approved, the audit event (which also moves the data version
// the status cache keys on, so colours follow at once) and the unit's notification.
import "server-only";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { now as clockNow } from "../../clock.ts";
import type { PrismaTx } from "../../db.ts";
import { fromDbDate, toDbDate, type IsoDate } from "../../domain/dates.ts";
import { isApprovable } from "../../domain/extensions/extension-rules.ts";
import { PROBLEM_AUDIT_ACTIONS } from "../../domain/problems/problem-history.ts";
import { AppError } from "../../errors.ts";
import { formatDate } from "../../format.ts";
import { extensionMessages as m } from "../../messages/extensions.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { mutate } from "../mutate.ts";
import { notifyUnit } from "../notifications/notify.ts";
import type { ExtensionDecisionInput } from "./extension-input.ts";
import { measureDueOnNow } from "./get-extension-target.ts";
import { lockExtensionItem } from "./request-extension.ts";
import { measurePlanRef } from "../plans/measure-plan.ts";

/** The item's due date in force, read after its row is locked. */
async function dueOnNow(tx: PrismaTx, request: { measureId: number | null; problemId: number | null }): Promise<IsoDate> {
  if (request.problemId !== null) {
    const problem = await tx.problem.findUniqueOrThrow({ where: { id: request.problemId }, select: { dueOn: true } });
    return fromDbDate(problem.dueOn);
  }
  const measure = await tx.measure.findUniqueOrThrow({ where: { id: request.measureId! }, select: { dueDate: true } });
  const approved = await tx.extensionRequest.findMany({
    where: { measureId: request.measureId!, state: "APPROVED" },
    select: { requestedDueOn: true, decidedAt: true },
  });
  return measureDueOnNow(fromDbDate(measure.dueDate), approved);
}

export async function decideExtension(viewer: Viewer, input: ExtensionDecisionInput): Promise<{ state: "APPROVED" | "REJECTED" }> {
  const approve = input.decision === "approve";
  const state = approve ? "APPROVED" : "REJECTED";
  const comment = input.comment === "" ? null : input.comment;
  return mutate(viewer, { permission: { action: "extension:decide", plan: "any" } }, async (tx) => {
    const request = await tx.extensionRequest.findUnique({
      where: { id: input.id },
      select: {
        id: true,
        version: true,
        state: true,
        unitId: true,
        measureId: true,
        problemId: true,
        currentDueOn: true,
        requestedDueOn: true,
      },
    });
    if (!request) throw new AppError("NOT_FOUND", m.requestNotFound);
    // One relation per query: inside a transaction the client must not be sent queries in parallel.
    const problem =
      request.problemId === null
        ? null
        : await tx.problem.findUniqueOrThrow({
            where: { id: request.problemId },
            select: { description: true, measureId: true, state: true, dueOn: true, version: true },
          });
    const measure = await tx.measure.findUniqueOrThrow({
      where: { id: problem ? problem.measureId : request.measureId! },
      select: { id: true, number: true, task: { select: { number: true } } },
    });
    // Decided in the item's plan: a county's staff decide only their county's requests.
    assertCan(viewer, { action: "extension:decide", plan: (await measurePlanRef(tx, measure.id))! });
    if (request.state !== "PENDING") throw new AppError("CONFLICT", m.alreadyDecided(m.states[request.state]));
    if (request.version !== input.version) throw new AppError("CONFLICT", m.versionConflict);
    const requestedDueOn = fromDbDate(request.requestedDueOn);

    let dueOnBefore: IsoDate | null = null;
    if (approve) {
      // Serialises with other decisions and requests on the same item: the due date read here
      // is the one in force when this approval commits.
      await lockExtensionItem(tx, request);
      dueOnBefore = await dueOnNow(tx, request);
      if (!isApprovable(requestedDueOn, dueOnBefore)) throw new AppError("CONFLICT", m.dueMovedMeanwhile(formatDate(dueOnBefore)));
    }
    // Only a request still pending at the version read changes: a decision made meanwhile by
    // someone else leaves nothing to update.
    const decidedAt = clockNow();
    const updated = await tx.extensionRequest.updateMany({
      where: { id: request.id, version: input.version, state: "PENDING" },
      data: { state, comment, decidedById: viewer.id, decidedAt, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", m.versionConflict);

    if (approve && request.problemId !== null && problem) {
      // A closed-out entry needs no new deadline.
      if (problem.state === "RESOLVED") throw new AppError("CONFLICT", m.problemResolved);
      // originalDueOn stays: the entry keeps its first deadline beside the new one. Its own history
      // (read from its audit events) shows the move.
      await tx.problem.update({ where: { id: request.problemId }, data: { dueOn: toDbDate(requestedDueOn), version: { increment: 1 } } });
      await recordAudit(tx, viewer, {
        action: PROBLEM_AUDIT_ACTIONS.extend,
        entityType: "Problem",
        entityId: request.problemId,
        measureId: measure.id,
        before: { dueOn: fromDbDate(problem.dueOn), version: problem.version },
        after: { dueOn: requestedDueOn, version: problem.version + 1 },
      });
    }

    await recordAudit(tx, viewer, {
      action: approve ? "extension.approve" : "extension.reject",
      entityType: "ExtensionRequest",
      entityId: request.id,
      measureId: measure.id,
      before: { state: request.state, version: request.version },
      after: {
        state,
        version: request.version + 1,
        comment,
        requestedDueOn,
        ...(request.problemId !== null ? { problemId: request.problemId } : {}),
        ...(dueOnBefore !== null ? { dueOnBefore } : {}),
      },
    });
    const label = m.itemLabel(measure, problem);
    await notifyUnit(tx, request.unitId, {
      kind: "EXTENSION_DECIDED",
      title: approve ? m.notification.approvedTitle(label) : m.notification.rejectedTitle(label),
      body: m.notification.body(formatDate(fromDbDate(request.currentDueOn)), formatDate(requestedDueOn), comment),
      href: "/extensions",
    });
    return { state };
  });
}
