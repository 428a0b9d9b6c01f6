// What a user sends to the ledger (forms and actions): one zod schema per input, shared by the
// forms' actions and the data functions' callers. Dates are YYYY-MM-DD (China calendar days).
import { z } from "zod";
import { calendarDateSchema } from "../../calendar-date.ts";
import { problemMessages as m } from "../../messages/problems.ts";
import { recordIdSchema } from "../../record-id.ts";

export const DESCRIPTION_LIMIT = 2000;
export const REMEDY_LIMIT = 2000;
export const PERSON_LIMIT = 50;
export const REASON_LIMIT = 1000;

// PostgreSQL integer ids: anything larger is not an id (and must not reach the database).
export const idSchema = recordIdSchema(m.idOutOfRange);
const text = (max: number) =>
  z
    .string({ error: m.tooLong(max) })
    .trim()
    .max(max, { error: m.tooLong(max) });
const required = (max: number, error: string) => text(max).min(1, { error });
export const dateSchema = calendarDateSchema(m.dateInvalid);
const version = z.coerce.number().int().min(1);

/** An entry's own fields, as the create and edit forms send them. */
export const problemFieldsSchema = z.object({
  measureId: idSchema,
  unitId: idSchema,
  description: required(DESCRIPTION_LIMIT, m.descriptionRequired),
  responsiblePerson: text(PERSON_LIMIT).default(""),
  dueOn: dateSchema,
  remedy: text(REMEDY_LIMIT).default(""),
});
export type ProblemFields = z.infer<typeof problemFieldsSchema>;

/** A new entry; `publish` false keeps a unit's entry as its draft (the bureau's are always published). */
export const createProblemSchema = problemFieldsSchema.extend({ publish: z.boolean().default(true) });
export type CreateProblemInput = z.infer<typeof createProblemSchema>;

export const updateProblemSchema = problemFieldsSchema.extend({ problemId: idSchema, version });
export type UpdateProblemInput = z.infer<typeof updateProblemSchema>;

export const remedySchema = z.object({
  problemId: idSchema,
  version,
  responsiblePerson: text(PERSON_LIMIT).default(""),
  remedy: text(REMEDY_LIMIT).default(""),
});
export type RemedyInput = z.infer<typeof remedySchema>;

export const problemRefSchema = z.object({ problemId: idSchema, version });
export type ProblemRefInput = z.infer<typeof problemRefSchema>;

export const fromReportSchema = z.object({
  reportId: idSchema,
  responsiblePerson: text(PERSON_LIMIT).default(""),
  dueOn: dateSchema,
});
export type FromReportInput = z.infer<typeof fromReportSchema>;

export const resolutionSchema = z.object({ problemId: idSchema, version, text: required(DESCRIPTION_LIMIT, m.resolutionRequired) });
export type ResolutionInput = z.infer<typeof resolutionSchema>;

export const decisionSchema = z.discriminatedUnion("decision", [
  z.object({ problemId: idSchema, version, decision: z.literal("verify") }),
  z.object({ problemId: idSchema, version, decision: z.literal("reject"), reason: required(REASON_LIMIT, m.rejectReasonRequired) }),
]);
export type DecisionInput = z.infer<typeof decisionSchema>;
