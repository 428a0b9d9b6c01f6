// The responsible unit reports its 整改情况 with evidence files: the entry awaits the bureau's
// verification (RESOLUTION_SUBMITTED). One transaction: the resolution, its files, the entry's
// state and the audit event land together or not at all; files are checked before any write.
import "server-only";
import { mutate } from "../mutate.ts";
import type { Viewer } from "../../auth/permissions.ts";
import { now } from "../../clock.ts";
import { NEXT_STATE } from "../../domain/problems/problem-workflow.ts";
import { PROBLEM_AUDIT_ACTIONS } from "../../domain/problems/problem-history.ts";
import { AppError } from "../../errors.ts";
import { problemMessages as m } from "../../messages/problems.ts";
import { checkEvidence, MAX_ATTACHMENTS, storeEvidence, type UploadedFile } from "../evidence/evidence-files.ts";
import type { ResolutionInput } from "./problem-input.ts";
import { loadProblemForWrite, updateProblemRow } from "./internal/problem-write.ts";

export async function submitResolution(
  viewer: Viewer,
  input: ResolutionInput,
  files: UploadedFile[],
): Promise<{ id: number; version: number; resolutionId: number }> {
  if (files.length === 0) throw new AppError("INVALID_INPUT", m.evidenceRequired);
  if (files.length > MAX_ATTACHMENTS) throw new AppError("INVALID_INPUT", m.tooManyFiles);
  const evidence = files.map(checkEvidence);
  return mutate(viewer, { permission: "row", timeout: 30_000 }, async (tx) => {
    const row = await loadProblemForWrite(tx, viewer, input.problemId, input.version, "problem:resolve", "submit");
    const resolution = await tx.problemResolution.create({
      data: { problemId: row.id, text: input.text, submittedById: viewer.id, submittedAt: now() },
      select: { id: true },
    });
    await storeEvidence(tx, { resolutionId: resolution.id }, evidence, viewer.id);
    const after = await updateProblemRow(
      tx,
      viewer,
      row,
      { state: NEXT_STATE.submit(row.state) },
      {
        action: PROBLEM_AUDIT_ACTIONS.submit,
        extra: { resolutionId: resolution.id, files: evidence.map((e) => e.name) },
      },
    );
    return { id: after.id, version: after.version, resolutionId: resolution.id };
  });
}
