"use server";
// The ledger's server actions: register, edit, fill in the remedy, publish a draft, raise from a
// report, submit a resolution, verify or reject it. Every one through the action wrapper; the
// data functions check who may do it and write one audited transaction.
import { redirect } from "next/navigation";
import { createProblem } from "../../data/problems/create-problem.ts";
import { createProblemFromReport } from "../../data/problems/create-problem-from-report.ts";
import { decideResolution } from "../../data/problems/decide-resolution.ts";
import {
  decisionSchema,
  fromReportSchema,
  problemRefSchema,
  remedySchema,
  updateProblemSchema,
} from "../../data/problems/problem-input.ts";
import { publishProblem } from "../../data/problems/publish-problem.ts";
import { submitResolution } from "../../data/problems/submit-resolution.ts";
import { updateProblem, updateProblemRemedy } from "../../data/problems/update-problem.ts";
import { problemMessages as m } from "../../messages/problems.ts";
import { createAction, createFormAction } from "../safe-action.ts";
import type { ProblemDone } from "./problem-done.ts";
import { createProblemFormSchema, resolutionFormSchema } from "./problem-form-fields.ts";

/** To the entry's page, which says what was done (the form that did it may be gone there). */
function toEntry(problemId: number, done: ProblemDone): never {
  redirect(`/problems/${problemId}?done=${done}`);
}

export const createProblemAction = createFormAction(createProblemFormSchema, async (input, viewer) => {
  const created = await createProblem(viewer, input);
  toEntry(created.id, created.published ? "created" : "draft");
});

export const updateProblemAction = createFormAction(updateProblemSchema, async (input, viewer) => {
  const updated = await updateProblem(viewer, input);
  toEntry(updated.id, "updated");
});

export const updateRemedyAction = createFormAction(remedySchema, async (input, viewer) => {
  const updated = await updateProblemRemedy(viewer, input);
  return { data: updated, message: m.form.remedySaved };
});

export const publishProblemAction = createFormAction(problemRefSchema, async (input, viewer) => {
  const updated = await publishProblem(viewer, input);
  toEntry(updated.id, "published");
});

export const raiseFromReportAction = createFormAction(fromReportSchema, async (input, viewer) => {
  const created = await createProblemFromReport(viewer, input);
  toEntry(created.id, "raised");
});

export const submitResolutionAction = createFormAction(resolutionFormSchema, async ({ evidence, ...input }, viewer) => {
  const files = await Promise.all(evidence.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  const updated = await submitResolution(viewer, input, files);
  toEntry(updated.id, "submitted");
});

export const decideResolutionAction = createAction(decisionSchema, async (input, viewer) => {
  const updated = await decideResolution(viewer, input);
  toEntry(updated.id, input.decision === "verify" ? "verified" : "rejected");
});
