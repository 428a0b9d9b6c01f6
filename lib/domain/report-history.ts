// A report's audit event in the words of the measure's history: which step it was, the state
// before and after, and which fields changed. The event's before/after are the snapshots written
// by lib/data/reports/internal/report-snapshot.ts (or only state and version, for reviews). Pure: values
// are compared here and never returned, so the history can name what changed without showing it.
import { z } from "zod";
import { readAuditSnapshot } from "./audit-snapshot.ts";
import type { ReportState } from "../auth/permissions.ts";

export const REPORT_FIELDS = ["percent", "progress", "problems", "nextSteps", "actuals", "milestones"] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

export type HistoryStep = "create" | "save" | "submit" | "approve" | "return" | "other";

const STEPS: Record<string, HistoryStep> = {
  "report.create": "create",
  "report.update": "save",
  "report.submit": "submit",
  "report.approve": "approve",
  "report.return": "return",
};

const state = z.enum(["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"]);
// Lenient on purpose: an event written by an older version still reads, missing parts as absent.
const snapshotSchema = z.object({
  state: state.optional(),
  percent: z.number().nullable().optional(),
  progress: z.string().optional(),
  problems: z.string().optional(),
  nextSteps: z.string().optional(),
  returnReason: z.string().nullable().optional(),
  actuals: z.array(z.object({ indicatorId: z.number(), value: z.number() })).optional(),
  milestones: z.array(z.object({ milestoneId: z.number(), reachedOn: z.string() })).optional(),
  attachments: z.array(z.object({ id: z.number(), fileName: z.string() })).optional(),
});
type Snapshot = z.infer<typeof snapshotSchema>;

export type ReportChange = {
  step: HistoryStep;
  fromState: ReportState | null;
  toState: ReportState | null;
  /** Fields whose value differs (on creation: the fields that were filled in). */
  changedFields: ReportField[];
  attachmentsAdded: string[];
  attachmentsRemoved: string[];
  returnReason: string | null;
};

const parse = (json: unknown): Snapshot | null => readAuditSnapshot(snapshotSchema, json);

const actualsKey = (s: Snapshot) =>
  JSON.stringify([...(s.actuals ?? [])].sort((a, b) => a.indicatorId - b.indicatorId).map((a) => [a.indicatorId, a.value]));

const milestonesKey = (s: Snapshot) =>
  JSON.stringify([...(s.milestones ?? [])].sort((a, b) => a.milestoneId - b.milestoneId).map((m) => [m.milestoneId, m.reachedOn]));

function fieldValue(s: Snapshot, field: ReportField): unknown {
  if (field === "actuals") return actualsKey(s);
  if (field === "milestones") return milestonesKey(s);
  return s[field] ?? (field === "percent" ? null : "");
}

const EMPTY: Snapshot = { percent: null, progress: "", problems: "", nextSteps: "", actuals: [], milestones: [], attachments: [] };

export function describeReportEvent(event: { action: string; before: unknown; after: unknown }): ReportChange {
  const before = parse(event.before);
  const after = parse(event.after) ?? {};
  const base = before ?? EMPTY;
  // Reviews record only state and version: no field of the report changed.
  const hasFields = "progress" in after;
  const changedFields = hasFields ? REPORT_FIELDS.filter((f) => fieldValue(base, f) !== fieldValue(after, f)) : [];
  const beforeFiles = new Map((base.attachments ?? []).map((a) => [a.id, a.fileName]));
  const afterFiles = new Map((after.attachments ?? []).map((a) => [a.id, a.fileName]));
  return {
    step: STEPS[event.action] ?? "other",
    fromState: before?.state ?? null,
    toState: after.state ?? null,
    changedFields,
    attachmentsAdded: hasFields ? [...afterFiles].filter(([id]) => !beforeFiles.has(id)).map(([, name]) => name) : [],
    attachmentsRemoved: hasFields ? [...beforeFiles].filter(([id]) => !afterFiles.has(id)).map(([, name]) => name) : [],
    returnReason: event.action === "report.return" ? (after.returnReason ?? null) : null,
  };
}
