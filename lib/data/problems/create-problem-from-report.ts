// A unit raises the 存在问题 of its own report as a ledger entry with one click (source REPORT),
// published at once. Only from a report its unit has submitted (submitted, returned or approved):
// a draft's text is still private and may change. One entry per report: the report row is locked
// while checking, so two clicks at once cannot raise it twice.
import "server-only";
import { mutate } from "../mutate.ts";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { now } from "../../clock.ts";
import { toDbDate } from "../../domain/dates.ts";
import { PROBLEM_AUDIT_ACTIONS } from "../../domain/problems/problem-history.ts";
import { AppError } from "../../errors.ts";
import { authMessages } from "../../messages/auth.ts";
import { problemMessages as m } from "../../messages/problems.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DESCRIPTION_LIMIT, type FromReportInput } from "./problem-input.ts";
import { problemRowSelect, problemSnapshot } from "./internal/problem-snapshot.ts";
import { checkNewDue } from "./internal/problem-write.ts";
import { planRefById } from "../plans/measure-plan.ts";

export async function createProblemFromReport(viewer: Viewer, input: FromReportInput): Promise<{ id: number }> {
  // Its own report: a unit's reporter only (the bureau registers entries directly).
  if (viewer.role !== "REPORTER" || viewer.unitId === null) throw new AppError("FORBIDDEN", authMessages.forbidden);
  const unitId = viewer.unitId;
  // The report's own unit and plan below.
  return mutate(viewer, { permission: { action: "problem:create", unitId, plan: "any" } }, async (tx) => {
    checkNewDue(input.dueOn);
    // Row lock first: a second request waits here and then finds the first one's entry.
    const locked = await tx.$queryRaw<
      { id: number }[]
    >`SELECT id FROM "ProgressReport" WHERE id = ${input.reportId} AND "unitId" = ${unitId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("NOT_FOUND", m.fromReport.reportNotFound);
    const report = await tx.progressReport.findUniqueOrThrow({
      where: { id: input.reportId },
      select: { id: true, measureId: true, unitId: true, state: true, problems: true, measure: { select: { planId: true } } },
    });
    assertCan(viewer, { action: "problem:create", unitId, plan: await planRefById(tx, report.measure.planId) });
    if (report.state === "DRAFT") throw new AppError("CONFLICT", m.fromReport.draftReport);
    const description = report.problems.trim().slice(0, DESCRIPTION_LIMIT);
    if (!description) throw new AppError("INVALID_INPUT", m.fromReport.empty);
    if (await tx.problem.findFirst({ where: { sourceReportId: report.id }, select: { id: true } }))
      throw new AppError("CONFLICT", m.fromReport.duplicate);
    const due = toDbDate(input.dueOn);
    const at = now();
    const row = await tx.problem.create({
      data: {
        planId: report.measure.planId,
        measureId: report.measureId,
        unitId: report.unitId,
        description,
        responsiblePerson: input.responsiblePerson,
        dueOn: due,
        originalDueOn: due,
        source: "REPORT",
        sourceReportId: report.id,
        publishedAt: at,
        createdById: viewer.id,
        createdAt: at,
      },
      select: problemRowSelect,
    });
    await recordAudit(tx, viewer, {
      action: PROBLEM_AUDIT_ACTIONS.create,
      entityType: "Problem",
      entityId: row.id,
      measureId: row.measureId,
      after: { ...problemSnapshot(row), sourceReportId: report.id },
    });
    return { id: row.id };
  });
}
