// A ledger entry's audit event in the words of its history: which step it was, the state before
// and after, which fields changed (the due date with its old and new value), the evidence files
// and a rejection's reason. The events' before/after are the snapshots written by
// lib/data/problems/internal/problem-snapshot.ts, plus the resolution's parts for resolution steps. Pure;
// lenient, so an event written by an older version (or another feature) still reads.
import { z } from "zod";
import { readAuditSnapshot } from "../audit-snapshot.ts";
import { PROBLEM_STATES, type ProblemState } from "./problem-workflow.ts";

export const PROBLEM_FIELDS = ["measureId", "description", "unitId", "responsiblePerson", "dueOn", "remedy"] as const;
export type ProblemField = (typeof PROBLEM_FIELDS)[number];

export type ProblemHistoryStep =
  "create" | "createDraft" | "publish" | "edit" | "remedy" | "extend" | "submit" | "reject" | "verify" | "other";

export const PROBLEM_AUDIT_ACTIONS = {
  create: "problem.create",
  publish: "problem.publish",
  edit: "problem.update",
  remedy: "problem.remedy",
  /** An approved 延期申请 moved the due date (lib/data/extensions/decide-extension.ts). */
  extend: "problem.extend",
  submit: "problem.resolution.submit",
  reject: "problem.resolution.reject",
  verify: "problem.resolution.verify",
} as const;

const STEP_OF = new Map<string, ProblemHistoryStep>(
  Object.entries(PROBLEM_AUDIT_ACTIONS).map(([step, action]) => [action, step as ProblemHistoryStep]),
);

const snapshotSchema = z.object({
  state: z.enum(PROBLEM_STATES).optional(),
  published: z.boolean().optional(),
  source: z.enum(["REPORT", "INSPECTION", "DIRECT"]).optional(),
  measureId: z.number().optional(),
  description: z.string().optional(),
  unitId: z.number().optional(),
  responsiblePerson: z.string().optional(),
  dueOn: z.string().optional(),
  remedy: z.string().optional(),
  files: z.array(z.string()).optional(),
  reason: z.string().optional(),
});
type Snapshot = z.infer<typeof snapshotSchema>;

export type ProblemChange = {
  step: ProblemHistoryStep;
  fromState: ProblemState | null;
  toState: ProblemState | null;
  source: "REPORT" | "INSPECTION" | "DIRECT" | null;
  /** Fields whose value differs between before and after (none on creation). */
  changedFields: ProblemField[];
  dueChange: { from: string; to: string } | null;
  /** Evidence files of a submitted resolution. */
  files: string[];
  /** Why a resolution was rejected. */
  reason: string | null;
};

const parse = (json: unknown): Snapshot | null => readAuditSnapshot(snapshotSchema, json);

export function describeProblemEvent(event: { action: string; before: unknown; after: unknown }): ProblemChange {
  const before = parse(event.before);
  const after = parse(event.after) ?? {};
  let step = STEP_OF.get(event.action) ?? "other";
  if (step === "create" && after.published === false) step = "createDraft";
  // Only fields both snapshots carry can have changed (a resolution step records only the state).
  const changedFields = before ? PROBLEM_FIELDS.filter((f) => f in before && f in after && before[f] !== after[f]) : [];
  const dueChange = changedFields.includes("dueOn") ? { from: before!.dueOn!, to: after.dueOn! } : null;
  return {
    step,
    fromState: before?.state ?? null,
    toState: after.state ?? null,
    source: step === "create" || step === "createDraft" ? (after.source ?? null) : null,
    changedFields,
    dueChange,
    files: after.files ?? [],
    reason: step === "reject" ? (after.reason ?? null) : null,
  };
}
