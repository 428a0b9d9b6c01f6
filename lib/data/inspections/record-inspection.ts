// A coordinator records a quarterly inspection (季巡查): the inspection, a finding per measure
// visited and, for each 不符合 finding, a published ledger entry (source INSPECTION) for the
// measure's lead unit, due on the date given (default 30 days after the inspection). All in one
// transaction with its audit events; any refused finding writes nothing.
import "server-only";
import { mutate } from "../mutate.ts";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { now, today } from "../../clock.ts";
import { prisma } from "../../db.ts";
import { toDbDate } from "../../domain/dates.ts";
import { findingDueOn, inspectionDateProblem } from "../../domain/inspections/inspection-rules.ts";
import { AppError } from "../../errors.ts";
import { inspectionMessages as m } from "../../messages/inspections.ts";
import { messages } from "../../messages/zh-CN.ts";
import { recordAudit, type AuditInput } from "../audit/record-audit.ts";
import { getPlanSummary, planRef } from "../plans/resolve-plan.ts";
import { createFindingProblem } from "../problems/create-finding-problem.ts";
import type { RecordInspectionInput } from "./inspection-input.ts";

export type RecordedInspection = { id: number; problemIds: number[] };

export async function recordInspection(viewer: Viewer, input: RecordInspectionInput): Promise<RecordedInspection> {
  assertCan(viewer, { action: "inspection:manage", plan: "any" });
  const plan = await getPlanSummary(viewer, input.planId);
  if (!plan) throw new AppError("NOT_FOUND", m.noPlan);
  assertCan(viewer, { action: "inspection:manage", plan: planRef(plan) });
  if (input.year !== plan.year) throw new AppError("INVALID_INPUT", m.errors.yearNotPlan(plan.year));
  const dateProblem = inspectionDateProblem(input.year, input.quarter, input.inspectedOn, today());
  if (dateProblem) throw new AppError("INVALID_INPUT", m.errors[dateProblem]);

  const db = await prisma();
  const ids = [...new Set(input.findings.map((f) => f.measureId))];
  const measures = await db.measure.findMany({
    where: { id: { in: ids }, planId: plan.id },
    select: { id: true, number: true, task: { select: { number: true } }, units: { where: { role: "LEAD" }, select: { unitId: true } } },
  });
  if (measures.length !== ids.length) throw new AppError("NOT_FOUND", m.errors.measureNotInPlan);
  const measureOf = new Map(measures.map((x) => [x.id, x]));
  const label = (id: number) => {
    const x = measureOf.get(id)!;
    return `${messages.tasks.number(x.task.number)} ${messages.tasks.measure(x.number)}`;
  };
  // One finding per measure: the last one sent wins, as on the form.
  const findings = [...new Map(input.findings.map((f) => [f.measureId, f])).values()];
  for (const f of findings.filter((f) => f.level === "NONCONFORMING")) {
    if (!f.notes) throw new AppError("INVALID_INPUT", m.errors.notesRequired(label(f.measureId)));
    if (measureOf.get(f.measureId)!.units.length === 0) throw new AppError("INVALID_INPUT", m.errors.noLeadUnit(label(f.measureId)));
    if (findingDueOn(input.inspectedOn, input.defaultDueOn, f.dueOn) < today())
      throw new AppError("INVALID_INPUT", m.errors.dueBeforeInspection(label(f.measureId)));
  }

  // The 不符合 findings' measures get ledger entries (an overdue one colours its measure).
  const touches = {
    measures: findings.filter((f) => f.level === "NONCONFORMING").map((f) => f.measureId),
    pages: ["/inspections", "/problems", "/measures/[id]"],
  };
  return mutate(viewer, { permission: { action: "inspection:manage", plan: planRef(plan) }, touches, timeout: 30_000 }, async (tx) => {
    const at = now();
    const inspection = await tx.inspection.create({
      data: {
        planId: plan.id,
        year: input.year,
        quarter: input.quarter,
        inspectedOn: toDbDate(input.inspectedOn),
        notes: input.notes,
        createdById: viewer.id,
        createdAt: at,
      },
      select: { id: true },
    });
    const created = await tx.inspectionFinding.createManyAndReturn({
      data: findings.map((f) => ({ inspectionId: inspection.id, measureId: f.measureId, level: f.level, notes: f.notes })),
      select: { id: true, measureId: true },
    });
    const findingId = new Map(created.map((c) => [c.measureId, c.id]));
    const audits: AuditInput[] = [
      {
        action: "inspection.record",
        entityType: "Inspection",
        entityId: inspection.id,
        after: {
          year: input.year,
          quarter: input.quarter,
          inspectedOn: input.inspectedOn,
          notes: input.notes,
          findings: findings.map((f) => ({ measureId: f.measureId, level: f.level })),
        },
      },
    ];
    const problemIds: number[] = [];
    for (const f of findings.filter((f) => f.level === "NONCONFORMING")) {
      const due = toDbDate(findingDueOn(input.inspectedOn, input.defaultDueOn, f.dueOn));
      const problem = await createFindingProblem(tx, viewer, {
        planId: plan.id,
        measureId: f.measureId,
        unitId: measureOf.get(f.measureId)!.units[0].unitId,
        description: f.notes,
        dueOn: due,
        inspectionId: inspection.id,
        sourceFindingId: findingId.get(f.measureId)!,
        at,
      });
      problemIds.push(problem.id);
      audits.push(problem.audit);
    }
    await recordAudit(tx, viewer, audits);
    return { id: inspection.id, problemIds };
  });
}
