// What the inspection form sends: the quarter, the date, notes, a default due date for 不符合
// findings, and per visited measure (`level_<measureId>`, `notes_<measureId>`, `due_<measureId>`)
// its finding. Measures left at 未巡查 send an empty level and are not part of the inspection.
import { z } from "zod";
import { calendarDateSchema } from "../../calendar-date.ts";
import { FINDING_LEVELS } from "../../domain/inspections/inspection-rules.ts";
import { inspectionMessages as m } from "../../messages/inspections.ts";
import { idSchema } from "../problems/problem-input.ts";

export const INSPECTION_NOTES_LIMIT = 2000;
export const FINDING_NOTES_LIMIT = 2000;

const text = (max: number) =>
  z
    .string({ error: m.errors.tooLong(max) })
    .trim()
    .max(max, { error: m.errors.tooLong(max) });
const date = calendarDateSchema(m.errors.dateInvalid);

export const recordInspectionSchema = z.object({
  /** The plan inspected; the viewer's right to inspect in it is checked against its region. */
  planId: idSchema,
  year: z.coerce
    .number({ error: m.errors.yearRange })
    .int({ error: m.errors.yearRange })
    .min(2000, { error: m.errors.yearRange })
    .max(2100, { error: m.errors.yearRange }),
  quarter: z.coerce
    .number({ error: m.errors.quarterRange })
    .int({ error: m.errors.quarterRange })
    .min(1, { error: m.errors.quarterRange })
    .max(4, { error: m.errors.quarterRange }),
  inspectedOn: date,
  notes: text(INSPECTION_NOTES_LIMIT).default(""),
  defaultDueOn: date.optional(),
  findings: z
    .array(
      z.object({
        measureId: idSchema,
        level: z.enum(FINDING_LEVELS),
        notes: text(FINDING_NOTES_LIMIT).default(""),
        dueOn: date.optional(),
      }),
    )
    .min(1, { error: m.errors.noFindings })
    .max(1000),
});
export type RecordInspectionInput = z.infer<typeof recordInspectionSchema>;

const FINDING_FIELD = /^level_(\d{1,9})$/;
const blankAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** The form's flat fields in the schema's shape (the schema does the validating). */
export function inspectionFromForm(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const fields = raw as Record<string, unknown>;
  const findings = Object.entries(fields)
    .map(([key, level]) => [key.match(FINDING_FIELD)?.[1], level] as const)
    .filter(([id, level]) => id !== undefined && blankAsUndefined(level) !== undefined)
    .map(([id, level]) => ({ measureId: id, level, notes: fields[`notes_${id}`], dueOn: blankAsUndefined(fields[`due_${id}`]) }));
  return {
    planId: fields.planId,
    year: fields.year,
    quarter: fields.quarter,
    inspectedOn: fields.inspectedOn,
    notes: fields.notes,
    defaultDueOn: blankAsUndefined(fields.defaultDueOn),
    findings,
  };
}

export const inspectionFormSchema = z.preprocess(inspectionFromForm, recordInspectionSchema);
