// How the ledger forms' fields become the shared schemas' shapes (lib/data/problems/problem-input.ts):
// the clicked button's `intent`, the chosen evidence files. The schemas do the validating.
import { z } from "zod";
import { createProblemSchema, resolutionSchema } from "../../data/problems/problem-input.ts";
import { MAX_ATTACHMENTS } from "../../data/evidence/evidence-files.ts";
import { problemMessages as m } from "../../messages/problems.ts";
import { asList, isEmptyFileInput } from "../reports/report-form-fields.ts";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** 保存草稿 keeps a unit's entry as its draft; 发布 / 登记 publish it. */
export const createProblemFormSchema = z.preprocess(
  (raw) => (isRecord(raw) ? { ...raw, publish: raw.intent !== "draft" } : raw),
  createProblemSchema,
);

export const resolutionFormSchema = z.preprocess(
  (raw) => (isRecord(raw) ? { ...raw, evidence: asList(raw.evidence).filter((f) => !isEmptyFileInput(f)) } : raw),
  resolutionSchema.extend({ evidence: z.array(z.instanceof(File)).max(MAX_ATTACHMENTS, { error: m.tooManyFiles }).default([]) }),
);
