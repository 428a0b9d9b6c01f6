// A coordinator deletes a milestone (with the reports' marks of it); the others close up. The
// version read must still be current. Audited with what was deleted.
import "server-only";
import type { Viewer } from "../../auth/permissions.ts";
import { AppError } from "../../errors.ts";
import { milestoneMessages as m } from "../../messages/milestones.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { DeleteMilestoneInput } from "./milestone-input.ts";
import { editMilestone, milestoneAudit, renumber, siblings } from "./internal/milestone-edit.ts";

export async function deleteMilestone(viewer: Viewer, input: DeleteMilestoneInput): Promise<void> {
  await editMilestone(viewer, input.milestoneId, async (tx, current, measure) => {
    const deleted = await tx.milestone.deleteMany({ where: { id: current.id, version: input.version } });
    if (deleted.count !== 1) throw new AppError("CONFLICT", m.versionConflict);
    const rest = await siblings(tx, measure.id);
    await renumber(
      tx,
      rest,
      rest.map((r) => r.id),
    );
    await recordAudit(tx, viewer, milestoneAudit("milestone.delete", current, current, null));
  });
}
