// A coordinator adds a milestone to a measure. It takes its place among the others by due date
// (after those due on or before it); the order can be changed afterwards. Audited.
import "server-only";
import type { Viewer } from "../../auth/permissions.ts";
import { toDbDate } from "../../domain/dates.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { mutate } from "../mutate.ts";
import type { CreateMilestoneInput } from "./milestone-input.ts";
import {
  checkDueOn,
  lockMeasureForMilestones,
  markCoordinated,
  milestoneAudit,
  milestoneAuditSelect,
  renumber,
  siblings,
} from "./internal/milestone-edit.ts";

export async function createMilestone(viewer: Viewer, input: CreateMilestoneInput): Promise<{ id: number }> {
  // The measure's own plan is checked by lockMeasureForMilestones.
  return mutate(viewer, { permission: { action: "milestone:manage", plan: "any" } }, async (tx) => {
    const measure = await lockMeasureForMilestones(tx, viewer, input.measureId);
    checkDueOn(measure, input.dueOn);
    const others = await siblings(tx, measure.id);
    const before = others.filter((o) => o.dueOn <= input.dueOn).length;
    const created = await tx.milestone.create({
      data: {
        measureId: measure.id,
        position: before + 1,
        title: input.title,
        dueOn: toDbDate(input.dueOn),
        plannedPercent: input.plannedPercent,
        source: "COORDINATOR",
      },
      select: milestoneAuditSelect,
    });
    const order = others.map((o) => o.id);
    order.splice(before, 0, created.id);
    await renumber(tx, [...others, created], order);
    await markCoordinated(tx, measure.id);
    await recordAudit(tx, viewer, milestoneAudit("milestone.create", created, null, created));
    return { id: created.id };
  });
}
