// What a unit sends to save or submit a report, from the form or the API: one schema for both.
import { z } from "zod";
import { calendarDateSchema } from "../../calendar-date.ts";
import { milestoneMessages } from "../../messages/milestones.ts";
import { qualityMessages } from "../../messages/quality.ts";
import { EXPLANATION_LIMIT } from "../../domain/quality/report-checks.ts";
import { reportMessages as m } from "../../messages/reports.ts";
import { INT4_MAX } from "../../record-id.ts";

export const TEXT_LIMIT = 2000;
const text = z
  .string({ error: m.tooLong(TEXT_LIMIT) })
  .trim()
  .max(TEXT_LIMIT, { error: m.tooLong(TEXT_LIMIT) });
// PostgreSQL integer ids: anything larger is not an id (and must not reach the database).
// Only the range has its own message: the API names a missing or non-numeric id in its own words.
const id = z.coerce.number().int().positive().max(INT4_MAX, { error: m.idOutOfRange });

export const reportInputSchema = z.object({
  measureId: id,
  periodId: id,
  /** The version the writer read; null when creating the report. */
  version: z.coerce.number().int().min(1).nullable().default(null),
  percent: z
    .number({ error: m.percentRange })
    .int({ error: m.percentRange })
    .min(0, { error: m.percentRange })
    .max(100, { error: m.percentRange })
    .nullable()
    .default(null),
  progress: text.default(""),
  problems: text.default(""),
  nextSteps: text.default(""),
  actuals: z
    .array(
      z.object({
        indicatorId: id,
        value: z.number({ error: m.actualInvalid }).finite({ error: m.actualInvalid }).min(0, { error: m.actualInvalid }),
      }),
    )
    .max(100)
    .default([]),
  removeAttachmentIds: z.array(id).max(100).default([]),
  /** The measure's milestones (工作节点) reached, each with its date; replaces the report's marks.
   *  Left out (an API client that does not know milestones): the marks stay as they are. */
  milestones: z
    .array(z.object({ milestoneId: id, reachedOn: calendarDateSchema(milestoneMessages.reachedInvalid) }))
    .max(100)
    .optional(),
  /** The reporter's explanation of the data-quality warnings the figures raise (数据质量,
   *  lib/domain/quality/report-checks.ts): required to submit a report that has any. */
  qualityExplanation: z
    .string({ error: qualityMessages.form.tooLong(EXPLANATION_LIMIT) })
    .trim()
    .max(EXPLANATION_LIMIT, { error: qualityMessages.form.tooLong(EXPLANATION_LIMIT) })
    .default(""),
  submit: z.boolean().default(false),
});
export type ReportInput = z.infer<typeof reportInputSchema>;

/** A file as uploaded (the evidence aggregate checks and stores it). */
export type { UploadedFile } from "../evidence/evidence-files.ts";
