// Change an open ledger entry: every field (the bureau on a published entry, the unit on its
// draft), or only 整改措施 and 责任人 (the responsible unit). The due date set here is a correction:
// it replaces the original too; once an extension was approved it moves only by extension.
import "server-only";
import { mutate } from "../mutate.ts";
import type { Viewer } from "../../auth/permissions.ts";
import { fromDbDate, toDbDate } from "../../domain/dates.ts";
import { PROBLEM_AUDIT_ACTIONS } from "../../domain/problems/problem-history.ts";
import { AppError } from "../../errors.ts";
import { problemMessages as m } from "../../messages/problems.ts";
import type { RemedyInput, UpdateProblemInput } from "./problem-input.ts";
import { checkNewDue, loadMeasureFor, loadProblemForWrite, updateProblemRow } from "./internal/problem-write.ts";

export type UpdatedProblem = { id: number; version: number };

export async function updateProblem(viewer: Viewer, input: UpdateProblemInput): Promise<UpdatedProblem> {
  // An entry moved to another measure changes the colours of both.
  let from = input.measureId;
  return mutate(viewer, { permission: "row", touches: () => ({ measures: [from, input.measureId] }) }, async (tx) => {
    const row = await loadProblemForWrite(tx, viewer, input.problemId, input.version, "problem:edit", "edit");
    from = row.measureId;
    const measure = await loadMeasureFor(tx, viewer, input.measureId, input.unitId);
    if (measure.planId !== row.planId) throw new AppError("NOT_FOUND", m.measureNotFound);
    // A unit cannot hand its draft to another unit (it would no longer see it).
    if (viewer.role === "REPORTER" && input.unitId !== row.unitId) throw new AppError("FORBIDDEN", m.unitNotOwner);
    const dueChanged = input.dueOn !== fromDbDate(row.dueOn);
    if (dueChanged) {
      if (row.dueOn.getTime() !== row.originalDueOn.getTime()) throw new AppError("CONFLICT", m.dueExtended);
      checkNewDue(input.dueOn);
    }
    const due = toDbDate(input.dueOn);
    const after = await updateProblemRow(
      tx,
      viewer,
      row,
      {
        measureId: input.measureId,
        unitId: input.unitId,
        description: input.description,
        responsiblePerson: input.responsiblePerson,
        remedy: input.remedy,
        ...(dueChanged ? { dueOn: due, originalDueOn: due } : {}),
      },
      { action: PROBLEM_AUDIT_ACTIONS.edit },
    );
    return { id: after.id, version: after.version };
  });
}

export async function updateProblemRemedy(viewer: Viewer, input: RemedyInput): Promise<UpdatedProblem> {
  return mutate(viewer, { permission: "row" }, async (tx) => {
    const row = await loadProblemForWrite(tx, viewer, input.problemId, input.version, "problem:remedy", "remedy");
    const after = await updateProblemRow(
      tx,
      viewer,
      row,
      { responsiblePerson: input.responsiblePerson, remedy: input.remedy },
      { action: PROBLEM_AUDIT_ACTIONS.remedy },
    );
    return { id: after.id, version: after.version };
  });
}
