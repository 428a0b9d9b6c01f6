// The bureau decides on the pending resolution of an entry: verified → 销号 (RESOLVED, resolvedAt),
// or rejected with a reason → OPEN again for the unit to resolve anew. The unit is notified in the
// same transaction.
import "server-only";
import { mutate } from "../mutate.ts";
import type { Viewer } from "../../auth/permissions.ts";
import { now as clockNow } from "../../clock.ts";
import { NEXT_STATE, shortDescription } from "../../domain/problems/problem-workflow.ts";
import { PROBLEM_AUDIT_ACTIONS } from "../../domain/problems/problem-history.ts";
import { AppError } from "../../errors.ts";
import { problemMessages as m } from "../../messages/problems.ts";
import { notifyUnit } from "../notifications/notify.ts";
import type { DecisionInput } from "./problem-input.ts";
import { loadProblemForWrite, updateProblemRow } from "./internal/problem-write.ts";

export async function decideResolution(viewer: Viewer, input: DecisionInput): Promise<{ id: number; version: number }> {
  return mutate(viewer, { permission: "row" }, async (tx) => {
    const verify = input.decision === "verify";
    const row = await loadProblemForWrite(tx, viewer, input.problemId, input.version, "problem:verify", verify ? "verify" : "reject");
    const pending = await tx.problemResolution.findFirst({
      where: { problemId: row.id, accepted: null },
      orderBy: { id: "desc" },
      select: { id: true },
    });
    if (!pending) throw new AppError("CONFLICT", m.versionConflict);
    const now = clockNow();
    const reason = input.decision === "reject" ? input.reason : null;
    const decided = await tx.problemResolution.updateMany({
      where: { id: pending.id, accepted: null },
      data: { accepted: verify, rejectReason: reason, decidedById: viewer.id, decidedAt: now },
    });
    if (decided.count !== 1) throw new AppError("CONFLICT", m.versionConflict);
    const after = await updateProblemRow(
      tx,
      viewer,
      row,
      { state: NEXT_STATE[verify ? "verify" : "reject"](row.state), resolvedAt: verify ? now : null },
      {
        action: verify ? PROBLEM_AUDIT_ACTIONS.verify : PROBLEM_AUDIT_ACTIONS.reject,
        extra: { resolutionId: pending.id, ...(reason ? { reason } : {}) },
      },
    );
    const what = shortDescription(row.description);
    await notifyUnit(tx, row.unitId, {
      kind: "RESOLUTION_DECIDED",
      title: verify ? m.resolution.notifyVerified(what) : m.resolution.notifyRejected(what),
      body: reason ? m.detail.rejectReason(reason) : "",
      href: `/problems/${row.id}`,
    });
    return { id: after.id, version: after.version };
  });
}
