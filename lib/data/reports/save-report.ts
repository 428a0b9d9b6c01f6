// Create or update the viewer's unit's report on a measure for a period, optionally submitting it.
// One transaction: the report, its indicator actuals, the milestones it marks reached, its evidence
// files and the audit event land together or not at all. Concurrent edits are refused by the
// version check, never overwritten.
import "server-only";
import { assertCan, type Permission, type Viewer } from "../../auth/permissions.ts";
import { mutate } from "../mutate.ts";
import { now as clockNow, today as clockToday } from "../../clock.ts";
import type { PrismaTx } from "../../db.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { needsExplanation, warningsOf, type QualityWarning } from "../../domain/quality/report-checks.ts";
import { qualityMessages } from "../../messages/quality.ts";
import { loadQualityContext } from "../quality/load-quality-context.ts";
import { assertPeriodReportable } from "./internal/assert-period-reportable.ts";

const { DbNull } = Prisma;
import { toDbDate } from "../../domain/dates.ts";
import { canStep, NEXT_STATE } from "../../domain/report-workflow.ts";
import { AppError } from "../../errors.ts";
import { milestoneMessages } from "../../messages/milestones.ts";
import { reportMessages as m } from "../../messages/reports.ts";
import { notifyReportArrived } from "./internal/notify-report-arrived.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { checkEvidence, MAX_ATTACHMENTS, storeEvidence, type Evidence } from "../evidence/evidence-files.ts";
import { reportSnapshot } from "./internal/report-snapshot.ts";
import { planRef } from "../plans/resolve-plan.ts";
import type { ReportInput, UploadedFile } from "./report-input.ts";

export { MAX_ATTACHMENTS };

/** `warnings`: the figures' data-quality warnings (数据质量) as of this save; stored with the report
 *  when it is submitted, together with the reporter's explanation (required then). */
export type SavedReport = {
  id: number;
  version: number;
  state: "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED";
  warnings: QualityWarning[];
};

export async function saveReport(viewer: Viewer, input: ReportInput, files: UploadedFile[] = []): Promise<SavedReport> {
  const evidence = files.map(checkEvidence); // before any write: a bad file changes nothing
  // The role alone first (a reporter of a unit); the measure's owners and plan in writeReport.
  const unitId = viewer.unitId ?? -1;
  const permission: Permission = { action: "report:write", unitId, measureUnitIds: [unitId], plan: "any" };
  // A submission may end an overdue report (its measure's colour, its unit's punctuality); a draft
  // colours nothing. The unit's inbox, the measure's page and the review desk show both.
  const pages = ["/inbox", `/measures/${input.measureId}`, "/review"];
  const touches = input.submit ? { measures: [input.measureId], pages } : { pages };
  try {
    return await mutate(viewer, { permission, touches, timeout: 30_000 }, (tx) => writeReport(tx, viewer, input, evidence));
  } catch (error) {
    // Two first saves of the same report raced: the later one is refused, not merged.
    if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", m.alreadyExists);
    throw error;
  }
}

async function writeReport(tx: PrismaTx, viewer: Viewer, input: ReportInput, evidence: Evidence[]): Promise<SavedReport> {
  const measure = await readMeasure(tx, input.measureId);
  if (!measure) throw new AppError("NOT_FOUND", m.measureNotFound);
  const unitId = viewer.unitId ?? -1;
  const plan = planRef(measure.plan);
  assertCan(viewer, {
    action: "report:write",
    unitId,
    measureUnitIds: measure.units.map((u) => u.unitId),
    plan: { ...plan, frozen: false },
  });
  // The unit may report on the measure, but its plan is closed: say so rather than "forbidden".
  if (plan.frozen) throw new AppError("CONFLICT", m.planFrozen(measure.plan.year));
  const period = await tx.reportingPeriod.findFirst({
    where: { id: input.periodId, planId: measure.planId },
    select: { id: true, label: true, startsOn: true, dueOn: true },
  });
  if (!period) throw new AppError("NOT_FOUND", m.periodNotFound);
  const now = clockNow();
  const today = clockToday();
  const owing = await assertPeriodReportable(tx, measure.id, period, today, now);

  const indicatorIds = new Set(measure.indicators.map((i) => i.id));
  if (input.actuals.some((a) => !indicatorIds.has(a.indicatorId))) throw new AppError("INVALID_INPUT", m.unknownIndicator);
  const marks = input.milestones === undefined ? null : await checkMilestoneMarks(tx, measure.id, measure.plan.year, input.milestones);

  const existing = await readReport(tx, { measureId_unitId_periodId: { measureId: measure.id, unitId, periodId: period.id } });
  const step = input.submit ? "submit" : "save";
  if (existing) {
    if (input.version !== existing.version) throw new AppError("CONFLICT", m.versionConflict);
    if (!canStep(existing.state, step)) throw new AppError("CONFLICT", m.notEditable(m.states[existing.state]));
  } else if (input.version !== null) {
    throw new AppError("CONFLICT", m.versionConflict);
  }
  if (input.submit) requireComplete(input);

  // 数据质量: the figures are checked on every save; submitting needs an explanation of what they
  // raise, and stores the warnings with it (what the reviewer sees is what the reporter answered).
  const kept = (existing?.attachments ?? []).filter((a) => !input.removeAttachmentIds.includes(a.id)).length;
  const context = await loadQualityContext(tx, {
    measureId: measure.id,
    planId: measure.planId,
    unitId,
    periodStartsOn: period.startsOn,
    owing,
    now,
  });
  const warnings = warningsOf(context, { percent: input.percent, actuals: input.actuals, hasEvidence: kept + evidence.length > 0, today });
  if (input.submit && needsExplanation(warnings, input.qualityExplanation)) {
    throw new AppError("INVALID_INPUT", qualityMessages.form.required(warnings.length), {
      qualityExplanation: warnings.map((w) => w.text),
    });
  }
  const quality = input.submit
    ? { qualityWarnings: warnings.length ? warnings : DbNull, qualityExplanation: warnings.length ? input.qualityExplanation : null }
    : { qualityExplanation: input.qualityExplanation || null };

  const fields = { percent: input.percent, progress: input.progress, problems: input.problems, nextSteps: input.nextSteps, ...quality };
  const submitFields = input.submit ? { submittedAt: now, firstSubmittedAt: existing?.firstSubmittedAt ?? now, returnReason: null } : {};
  let reportId: number;
  let version: number;
  const state = NEXT_STATE[step](existing?.state ?? "DRAFT");
  if (existing) {
    // The version in the WHERE makes the check and the write one atomic step.
    const updated = await tx.progressReport.updateMany({
      where: { id: existing.id, version: existing.version },
      data: { ...fields, ...submitFields, state, version: existing.version + 1, updatedById: viewer.id },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", m.versionConflict);
    reportId = existing.id;
    version = existing.version + 1;
  } else {
    const created = await tx.progressReport.create({
      data: {
        measureId: measure.id,
        unitId,
        periodId: period.id,
        ...fields,
        ...submitFields,
        state,
        createdById: viewer.id,
        updatedById: viewer.id,
      },
      select: { id: true, version: true },
    });
    reportId = created.id;
    version = created.version;
  }

  await tx.indicatorActual.deleteMany({ where: { reportId } });
  if (input.actuals.length) await tx.indicatorActual.createMany({ data: input.actuals.map((a) => ({ reportId, ...a })) });

  const removable = new Set(existing?.attachments.map((a) => a.id) ?? []);
  const remove = input.removeAttachmentIds.filter((id) => removable.has(id));
  if (remove.length) await tx.attachment.deleteMany({ where: { reportId, id: { in: remove } } });
  if ((existing?.attachments.length ?? 0) - remove.length + evidence.length > MAX_ATTACHMENTS)
    throw new AppError("INVALID_INPUT", m.tooManyFiles);
  await storeEvidence(tx, { reportId }, evidence, viewer.id);

  if (marks !== null) {
    await tx.reportMilestone.deleteMany({ where: { reportId } });
    if (marks.length) await tx.reportMilestone.createMany({ data: marks.map((mark) => ({ reportId, ...mark })) });
  }

  const after = (await readReport(tx, { id: reportId }))!;
  // A milestone is reported reached with evidence: the files are what approval confirms it by.
  if (input.submit && after.milestoneMarks.length > 0 && after.attachments.length === 0)
    throw new AppError("INVALID_INPUT", milestoneMessages.evidenceRequired);
  await recordAudit(tx, viewer, {
    action: input.submit ? "report.submit" : existing ? "report.update" : "report.create",
    entityType: "ProgressReport",
    entityId: reportId,
    measureId: measure.id,
    before: existing ? reportSnapshot(existing) : null,
    after: reportSnapshot(after),
  });
  if (input.submit) {
    const numbers = await tx.measure.findUniqueOrThrow({
      where: { id: measure.id },
      select: { number: true, task: { select: { number: true } } },
    });
    await notifyReportArrived(tx, {
      plan: { id: measure.planId, year: measure.plan.year, regionId: measure.plan.regionId },
      unitId,
      measure: { number: numbers.number, taskNumber: numbers.task.number },
      periodLabel: period.label,
      today,
    });
  }
  return { id: reportId, version, state, warnings };
}

// One relation per query inside the transaction: Prisma sends an include's child queries in
// parallel, which the transaction's single connection must not get (pg warns; pg 9 refuses).
async function readMeasure(tx: PrismaTx, id: number) {
  const measure = await tx.measure.findUnique({ where: { id }, select: { id: true, planId: true } });
  if (!measure) return null;
  const plan = await tx.plan.findUniqueOrThrow({ where: { id: measure.planId }, select: { year: true, regionId: true, frozenAt: true } });
  const units = await tx.measureUnit.findMany({ where: { measureId: id }, select: { unitId: true } });
  const indicators = await tx.indicator.findMany({ where: { measureId: id }, select: { id: true } });
  return { ...measure, plan, units, indicators };
}

/** A report with its actuals, milestone marks and files (what its audit snapshot records). */
async function readReport(tx: PrismaTx, where: Prisma.ProgressReportWhereUniqueInput) {
  const report = await tx.progressReport.findUnique({ where });
  if (!report) return null;
  const actuals = await tx.indicatorActual.findMany({ where: { reportId: report.id } });
  const milestoneMarks = await tx.reportMilestone.findMany({
    where: { reportId: report.id },
    orderBy: { milestoneId: "asc" },
    select: { milestoneId: true, reachedOn: true },
  });
  const attachments = await tx.attachment.findMany({
    where: { reportId: report.id },
    orderBy: { id: "asc" },
    select: { id: true, fileName: true },
  });
  return { ...report, actuals, milestoneMarks, attachments };
}

/**
 * The milestones the report marks reached: each one of this measure's (ids from the client are
 * checked against the measure the writer may report on), each on a date neither in the future nor
 * before the plan's year. A milestone listed twice counts once, with its last date.
 */
async function checkMilestoneMarks(tx: PrismaTx, measureId: number, planYear: number, input: NonNullable<ReportInput["milestones"]>) {
  const byId = new Map(input.map((mark) => [mark.milestoneId, mark.reachedOn]));
  if (byId.size === 0) return [];
  const known = await tx.milestone.count({ where: { id: { in: [...byId.keys()] }, measureId } });
  if (known !== byId.size) throw new AppError("INVALID_INPUT", milestoneMessages.notOfMeasure);
  const today = clockToday();
  for (const reachedOn of byId.values()) {
    if (reachedOn > today) throw new AppError("INVALID_INPUT", milestoneMessages.reachedInFuture);
    if (Number(reachedOn.slice(0, 4)) < planYear) throw new AppError("INVALID_INPUT", milestoneMessages.reachedBeforeYear(planYear));
  }
  return [...byId].map(([milestoneId, reachedOn]) => ({ milestoneId, reachedOn: toDbDate(reachedOn) }));
}

function requireComplete(input: ReportInput) {
  const missing: string[] = [];
  if (input.percent === null) missing.push(m.fields.percent);
  if (!input.progress) missing.push(m.fields.progress);
  if (missing.length) throw new AppError("INVALID_INPUT", m.submitIncomplete(missing));
}
