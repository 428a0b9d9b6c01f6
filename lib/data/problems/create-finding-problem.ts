// A 不符合 finding of a quarterly inspection becomes a published ledger entry of the measure's lead
// unit: the entry, the unit's notification and the entry's audit event. A part of the inspection's
// write (lib/data/inspections/record-inspection.ts), inside its transaction, which has checked
// `inspection:manage` and records the audit events it returns with its own.
import "server-only";
import type { Viewer } from "../../auth/permissions.ts";
import type { PrismaTx } from "../../db.ts";
import { PROBLEM_AUDIT_ACTIONS } from "../../domain/problems/problem-history.ts";
import type { AuditInput } from "../audit/record-audit.ts";
import { notifyProblemAssigned } from "./internal/notify-problem-assigned.ts";
import { problemRowSelect, problemSnapshot } from "./internal/problem-snapshot.ts";

export type FindingProblem = {
  planId: number;
  measureId: number;
  unitId: number;
  description: string;
  dueOn: Date;
  inspectionId: number;
  sourceFindingId: number;
  at: Date;
};

export async function createFindingProblem(
  tx: PrismaTx,
  viewer: Viewer,
  finding: FindingProblem,
): Promise<{ id: number; audit: AuditInput }> {
  const row = await tx.problem.create({
    data: {
      planId: finding.planId,
      measureId: finding.measureId,
      unitId: finding.unitId,
      description: finding.description,
      // The unit names its 责任人 (and its 整改措施) on the entry.
      responsiblePerson: "",
      dueOn: finding.dueOn,
      originalDueOn: finding.dueOn,
      source: "INSPECTION",
      sourceFindingId: finding.sourceFindingId,
      publishedAt: finding.at,
      createdById: viewer.id,
      createdAt: finding.at,
    },
    select: problemRowSelect,
  });
  await notifyProblemAssigned(tx, { id: row.id, unitId: row.unitId, description: finding.description, dueOn: finding.dueOn });
  return {
    id: row.id,
    audit: {
      action: PROBLEM_AUDIT_ACTIONS.create,
      entityType: "Problem",
      entityId: row.id,
      measureId: row.measureId,
      after: { ...problemSnapshot(row), inspectionId: finding.inspectionId },
    },
  };
}
