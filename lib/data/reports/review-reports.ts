// Bureau staff review submitted reports: approve one or several, or return one with a reason.
// Approval also confirms the milestones the reports mark reached (lib/data/milestones/confirm-milestones.ts).
import "server-only";
import { z } from "zod";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { now as clockNow } from "../../clock.ts";
import { mutate } from "../mutate.ts";
import type { PrismaTx } from "../../db.ts";
import { canStep, NEXT_STATE, type ReportStep } from "../../domain/report-workflow.ts";
import { AppError } from "../../errors.ts";
import { notificationMessages } from "../../messages/notifications.ts";
import { reportMessages as m } from "../../messages/reports.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { confirmMilestones } from "../milestones/confirm-milestones.ts";
import { notifyUnits } from "../notifications/notify.ts";
import { recordIdSchema } from "../../record-id.ts";
import { planRef } from "../plans/resolve-plan.ts";
import { assertAllOpened } from "./internal/review-openings.ts";

export const approveInputSchema = z.object({
  reportIds: z.array(recordIdSchema()).min(1, { error: m.nothingSelected }).max(500),
});
export const returnInputSchema = z.object({
  reportId: recordIdSchema(),
  reason: z
    .string({ error: m.returnReasonRequired })
    .trim()
    .min(1, { error: m.returnReasonRequired })
    .max(1000, { error: m.tooLong(1000) }),
});

const REVIEW = { action: "review:list" } as const;

/**
 * Approves every listed report, or none of them when any is not (or no longer) submitted.
 * `requireOpened` (a batch from the review page): also none when the viewer has not opened one of
 * them on the review desk since its latest submission (review-openings.ts).
 */
export async function approveReports(viewer: Viewer, reportIds: number[], { requireOpened = false } = {}): Promise<number> {
  const ids = [...new Set(reportIds)];
  // The reports' plans are checked on each report in reviewMany. Approvals move colours (the
  // measures of their audit events); the review desk, measure pages and inboxes show them.
  return mutate(viewer, { permission: REVIEW, timeout: 30_000 }, async (tx) => {
    if (requireOpened) await assertAllOpened(tx, viewer, ids);
    return reviewMany(tx, viewer, ids, "approve", null);
  });
}

export async function returnReport(viewer: Viewer, reportId: number, reason: string): Promise<void> {
  // A returned report colours nothing, but it is owed again (一键催报's overdue reports) and leaves
  // the 数据质量 panel, both kept per measure across writes: it touches its measure (the default).
  await mutate(viewer, { permission: REVIEW, timeout: 30_000 }, (tx) => reviewMany(tx, viewer, [reportId], "return", reason));
}

/** The reports with their period's label and measure's numbers, one relation per query: inside a
 *  transaction Prisma would send an include's child queries in parallel on the one connection. */
async function reportsWithLabels(tx: PrismaTx, ids: number[]) {
  const rows = await tx.progressReport.findMany({
    where: { id: { in: ids } },
    select: { id: true, unitId: true, state: true, version: true, measureId: true, periodId: true },
  });
  const plans = await tx.reportingPeriod.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.periodId))] } },
    select: { id: true, plan: { select: { regionId: true, frozenAt: true } } },
  });
  const periods = await tx.reportingPeriod.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.periodId))] } },
    select: { id: true, label: true },
  });
  const measures = await tx.measure.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.measureId))] } },
    select: { id: true, number: true, task: { select: { number: true } } },
  });
  const periodOf = new Map(periods.map((p) => [p.id, { label: p.label }]));
  const planOf = new Map(plans.map((p) => [p.id, planRef(p.plan)]));
  const measureOf = new Map(measures.map((m) => [m.id, { number: m.number, task: m.task }]));
  return rows.map((r) => ({
    ...r,
    period: periodOf.get(r.periodId)!,
    measure: measureOf.get(r.measureId)!,
    plan: planOf.get(r.periodId)!,
  }));
}

async function reviewMany(tx: PrismaTx, viewer: Viewer, ids: number[], step: ReportStep, reason: string | null): Promise<number> {
  const reports = await reportsWithLabels(tx, ids);
  if (reports.length !== ids.length) throw new AppError("NOT_FOUND", m.reportNotFound);
  for (const report of reports) {
    assertCan(viewer, { action: "report:review", report, plan: report.plan });
    if (!canStep(report.state, step)) throw new AppError("CONFLICT", m.notReviewable(m.states[report.state]));
  }
  const now = clockNow();
  const state = NEXT_STATE[step]("SUBMITTED");
  // Only rows still SUBMITTED change: a report approved or returned meanwhile by someone else
  // makes the count differ, and the whole review is rolled back.
  const updated = await tx.progressReport.updateMany({
    where: { id: { in: ids }, state: "SUBMITTED" },
    data: { state, reviewedAt: now, reviewedById: viewer.id, returnReason: step === "return" ? reason : null, version: { increment: 1 } },
  });
  if (updated.count !== ids.length) throw new AppError("CONFLICT", m.versionConflict);
  // Approval confirms the milestones the reports mark reached, in the same transaction.
  if (step === "approve") await confirmMilestones(tx, viewer, ids, now);
  await recordAudit(
    tx,
    viewer,
    reports.map((r) => ({
      action: step === "approve" ? "report.approve" : "report.return",
      entityType: "ProgressReport",
      entityId: r.id,
      measureId: r.measureId,
      before: { state: r.state, version: r.version },
      after: { state, version: r.version + 1, ...(reason ? { returnReason: reason } : {}) },
    })),
  );
  // A returned report goes back to its unit with the reason: its users are told, in this transaction.
  if (step === "return" && reason !== null) {
    await notifyUnits(
      tx,
      reports.map((r) => ({
        unitId: r.unitId,
        notification: {
          kind: "REPORT_RETURNED" as const,
          ...notificationMessages.returned(
            { taskNumber: r.measure.task.number, measureNumber: r.measure.number, periodLabel: r.period.label },
            reason,
          ),
          href: `/inbox/${r.periodId}/${r.measureId}`,
        },
      })),
    );
  }
  return updated.count;
}
