// A coordinator moves a milestone one place up or down the measure's timeline. The moved
// milestone's version guards against acting on an order someone else has just changed. Audited.
import "server-only";
import type { Viewer } from "../../auth/permissions.ts";
import { AppError } from "../../errors.ts";
import { milestoneMessages as m } from "../../messages/milestones.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { MoveMilestoneInput } from "./milestone-input.ts";
import { editMilestone, milestoneAudit, milestoneAuditSelect, renumber, siblings } from "./internal/milestone-edit.ts";

export async function moveMilestone(viewer: Viewer, input: MoveMilestoneInput): Promise<void> {
  await editMilestone(viewer, input.milestoneId, async (tx, current, measure) => {
    if (current.version !== input.version) throw new AppError("CONFLICT", m.versionConflict);
    const all = await siblings(tx, measure.id);
    const order = all.map((s) => s.id);
    const from = order.indexOf(current.id);
    const to = input.direction === "up" ? from - 1 : from + 1;
    if (to < 0) throw new AppError("INVALID_INPUT", m.alreadyFirst);
    if (to >= order.length) throw new AppError("INVALID_INPUT", m.alreadyLast);
    [order[from], order[to]] = [order[to], order[from]];
    await renumber(tx, all, order);
    const bumped = await tx.milestone.updateMany({
      where: { id: current.id, version: input.version },
      data: { version: input.version + 1 },
    });
    if (bumped.count !== 1) throw new AppError("CONFLICT", m.versionConflict);
    const after = await tx.milestone.findUniqueOrThrow({ where: { id: current.id }, select: milestoneAuditSelect });
    await recordAudit(tx, viewer, milestoneAudit("milestone.move", current, current, after));
  });
}
