// Approving a report confirms the milestones it marks reached (called by approveReports inside its
// transaction). A milestone confirmed once stays confirmed: a later report marking it too changes
// nothing. The unit's date becomes the completion date, the report's files the evidence. Audited.
import "server-only";
import type { Viewer } from "../../auth/permissions.ts";
import type { PrismaTx } from "../../db.ts";
import { fromDbDate } from "../../domain/dates.ts";
import { recordAudit } from "../audit/record-audit.ts";

export async function confirmMilestones(tx: PrismaTx, viewer: Viewer, reportIds: number[], at: Date): Promise<number> {
  const marks = await tx.reportMilestone.findMany({
    where: { reportId: { in: reportIds }, milestone: { confirmedAt: null } },
    orderBy: [{ reachedOn: "asc" }, { reportId: "asc" }],
    select: { reportId: true, reachedOn: true, milestone: { select: { id: true, measureId: true } } },
  });
  // Two reports approved together marking one milestone: the earlier date (then the lower id) wins.
  const first = new Map<number, (typeof marks)[number]>();
  for (const mark of marks) if (!first.has(mark.milestone.id)) first.set(mark.milestone.id, mark);
  let confirmed = 0;
  for (const mark of first.values()) {
    const { id, measureId } = mark.milestone;
    const done = await tx.milestone.updateMany({
      where: { id, confirmedAt: null },
      data: { completedOn: mark.reachedOn, confirmedAt: at, confirmedReportId: mark.reportId, version: { increment: 1 } },
    });
    if (done.count === 0) continue;
    confirmed++;
    await recordAudit(tx, viewer, {
      action: "milestone.confirm",
      entityType: "Milestone",
      entityId: id,
      measureId,
      before: { completedOn: null },
      after: { completedOn: fromDbDate(mark.reachedOn), reportId: mark.reportId },
    });
  }
  return confirmed;
}
