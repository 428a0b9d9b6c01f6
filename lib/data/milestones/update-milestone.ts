// A coordinator edits a milestone's words, due date or planned percent. Optimistic lock: the
// version read is in the UPDATE's WHERE, so of two concurrent edits the second is refused. Audited.
import "server-only";
import type { Viewer } from "../../auth/permissions.ts";
import { toDbDate } from "../../domain/dates.ts";
import { AppError } from "../../errors.ts";
import { milestoneMessages as m } from "../../messages/milestones.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { UpdateMilestoneInput } from "./milestone-input.ts";
import { checkDueOn, editMilestone, milestoneAudit, milestoneAuditSelect } from "./internal/milestone-edit.ts";

export async function updateMilestone(viewer: Viewer, input: UpdateMilestoneInput): Promise<{ version: number }> {
  return editMilestone(viewer, input.milestoneId, async (tx, current, measure) => {
    checkDueOn(measure, input.dueOn);
    const updated = await tx.milestone.updateMany({
      where: { id: current.id, version: input.version },
      data: { title: input.title, dueOn: toDbDate(input.dueOn), plannedPercent: input.plannedPercent, version: input.version + 1 },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", m.versionConflict);
    const after = await tx.milestone.findUniqueOrThrow({ where: { id: current.id }, select: milestoneAuditSelect });
    await recordAudit(tx, viewer, milestoneAudit("milestone.update", current, current, after));
    return { version: after.version };
  });
}
