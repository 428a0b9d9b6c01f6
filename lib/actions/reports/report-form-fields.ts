// How the report form's fields become the shared reportInputSchema's shape: blank numbers are
// "not filled in", one `actual_<indicatorId>` field per indicator, a checked `milestones` box per
// milestone reached with its `reachedOn_<milestoneId>` date, the clicked button's `intent`, and
// the chosen evidence files. The schema itself (lib/data/reports/report-input.ts) does the
// validating; this only renames and converts.
import { z } from "zod";
import { reportInputSchema } from "../../data/reports/report-input.ts";
import { MAX_ATTACHMENTS } from "../../data/reports/save-report.ts";
import { reportMessages as m } from "../../messages/reports.ts";

const ACTUAL_FIELD = /^actual_(\d{1,9})$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
export const asList = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
/** "" → null; "12" → 12; anything else → NaN, which the schema refuses with its own message. */
const numberOrNull = (v: unknown) => (blank(v) ? null : typeof v === "string" ? Number(v.trim()) : v);

/** A file input left empty still sends one empty file without a name (which arrives as "undefined"). */
export const isEmptyFileInput = (f: unknown) => f instanceof File && f.size === 0 && (f.name === "" || f.name === "undefined");

function fromForm(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const actuals = Object.entries(raw)
    .map(([key, value]) => [key.match(ACTUAL_FIELD), value] as const)
    .filter(([match, value]) => match && !blank(value))
    .map(([match, value]) => ({ indicatorId: Number(match![1]), value: numberOrNull(value) }));
  // A checked box sends the milestone's id; its date field is named after that id.
  const milestones = asList(raw.milestones).map((id) => ({
    milestoneId: id,
    reachedOn: typeof id === "string" && /^\d{1,9}$/.test(id) ? raw[`reachedOn_${id}`] : undefined,
  }));
  return {
    measureId: raw.measureId,
    periodId: raw.periodId,
    version: blank(raw.version) ? null : raw.version,
    percent: numberOrNull(raw.percent),
    progress: raw.progress,
    problems: raw.problems,
    nextSteps: raw.nextSteps,
    actuals,
    removeAttachmentIds: asList(raw.removeAttachmentIds),
    milestones,
    qualityExplanation: raw.qualityExplanation,
    submit: raw.intent === "submit",
    evidence: asList(raw.evidence).filter((f) => !isEmptyFileInput(f)),
  };
}

export const reportFormSchema = z.preprocess(
  fromForm,
  reportInputSchema.extend({
    evidence: z.array(z.instanceof(File)).max(MAX_ATTACHMENTS, { error: m.tooManyFiles }).default([]),
  }),
);
