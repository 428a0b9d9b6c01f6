// Register a ledger entry directly (source DIRECT): the bureau for any unit, published at once; a
// unit for itself, as its draft or published. The responsible unit must own the measure.
import "server-only";
import { mutate } from "../mutate.ts";
import { type Viewer } from "../../auth/permissions.ts";
import { now } from "../../clock.ts";
import { toDbDate } from "../../domain/dates.ts";
import { PROBLEM_AUDIT_ACTIONS } from "../../domain/problems/problem-history.ts";
import { notifyProblemAssigned } from "./internal/notify-problem-assigned.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { CreateProblemInput } from "./problem-input.ts";
import { problemRowSelect, problemSnapshot } from "./internal/problem-snapshot.ts";
import { checkNewDue, loadMeasureFor } from "./internal/problem-write.ts";

export type CreatedProblem = { id: number; published: boolean };

export async function createProblem(viewer: Viewer, input: CreateProblemInput): Promise<CreatedProblem> {
  // The measure's plan: loadMeasureFor.
  return mutate(viewer, { permission: { action: "problem:create", unitId: input.unitId, plan: "any" } }, async (tx) => {
    checkNewDue(input.dueOn);
    const measure = await loadMeasureFor(tx, viewer, input.measureId, input.unitId);
    // The bureau's entries are published at once; only a unit keeps a draft of its own.
    const published = viewer.role === "REPORTER" ? input.publish : true;
    const due = toDbDate(input.dueOn);
    const at = now();
    const row = await tx.problem.create({
      data: {
        planId: measure.planId,
        measureId: measure.id,
        unitId: input.unitId,
        description: input.description,
        responsiblePerson: input.responsiblePerson,
        remedy: input.remedy,
        dueOn: due,
        originalDueOn: due,
        source: "DIRECT",
        publishedAt: published ? at : null,
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
      after: problemSnapshot(row),
    });
    // A unit's own entry needs no news; one the bureau puts on it does.
    if (viewer.role !== "REPORTER")
      await notifyProblemAssigned(tx, { id: row.id, unitId: input.unitId, description: input.description, dueOn: due });
    return { id: row.id, published };
  });
}
