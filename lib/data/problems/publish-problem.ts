// A unit publishes its draft entry: from then on everyone signed in sees it, the unit resolves it
// and the bureau verifies it; an overdue published entry counts against the measure's colour.
import "server-only";
import { mutate } from "../mutate.ts";
import type { Viewer } from "../../auth/permissions.ts";
import { now } from "../../clock.ts";
import { PROBLEM_AUDIT_ACTIONS } from "../../domain/problems/problem-history.ts";
import type { ProblemRefInput } from "./problem-input.ts";
import { loadProblemForWrite, updateProblemRow } from "./internal/problem-write.ts";

export async function publishProblem(viewer: Viewer, input: ProblemRefInput): Promise<{ id: number; version: number }> {
  return mutate(viewer, { permission: "row" }, async (tx) => {
    const row = await loadProblemForWrite(tx, viewer, input.problemId, input.version, "problem:edit", "publish");
    const after = await updateProblemRow(tx, viewer, row, { publishedAt: now() }, { action: PROBLEM_AUDIT_ACTIONS.publish });
    return { id: after.id, version: after.version };
  });
}
