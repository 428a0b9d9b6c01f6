// What a unit sends to ask for an extension and what a coordinator sends to decide one, from the
// forms: one schema each, with Chinese messages. That the new date is later than the due date in
// force is checked against the item once it is loaded (lib/domain/extensions/extension-rules.ts).
import { z } from "zod";
import { calendarDateSchema } from "../../calendar-date.ts";
import { extensionMessages as m } from "../../messages/extensions.ts";
import { recordIdSchema } from "../../record-id.ts";

export const REASON_LIMIT = 1000;
export const COMMENT_LIMIT = 1000;

// PostgreSQL integer ids: anything larger is not an id (and must not reach the database).
const id = recordIdSchema();
/** A form's empty field means "not given". */
const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), id.optional());

/** Exactly one item: a measure or a ledger entry. */
const oneItem = <T extends { measureId?: number; problemId?: number }>(schema: z.ZodType<T>) =>
  schema
    .refine((v) => v.measureId !== undefined || v.problemId !== undefined, { error: m.chooseItem })
    .refine((v) => v.measureId === undefined || v.problemId === undefined, { error: m.oneItem });

const item = { measureId: optionalId, problemId: optionalId };

/** The item of /extensions/new?measureId= or ?problemId=. */
export const extensionItemSchema = oneItem(z.object(item));
export type ExtensionItemRef = z.infer<typeof extensionItemSchema>;

export const extensionRequestSchema = oneItem(
  z.object({
    ...item,
    requestedDueOn: z.string({ error: m.dateRequired }).trim().min(1, { error: m.dateRequired }).pipe(calendarDateSchema(m.dateInvalid)),
    reason: z
      .string({ error: m.reasonRequired })
      .trim()
      .min(1, { error: m.reasonRequired })
      .max(REASON_LIMIT, { error: m.reasonTooLong(REASON_LIMIT) }),
  }),
);
export type ExtensionRequestInput = z.infer<typeof extensionRequestSchema>;

export const extensionDecisionSchema = z
  .object({
    id,
    /** The version the coordinator read: a request changed meanwhile is not decided blindly. */
    version: z.coerce.number().int().min(1),
    decision: z.enum(["approve", "reject"], { error: m.chooseDecision }),
    comment: z
      .string()
      .trim()
      .max(COMMENT_LIMIT, { error: m.commentTooLong(COMMENT_LIMIT) })
      .default(""),
  })
  .refine((v) => v.decision === "approve" || v.comment.length > 0, { error: m.commentRequired, path: ["comment"] });
export type ExtensionDecisionInput = z.infer<typeof extensionDecisionSchema>;
