// What a coordinator sends to add, edit, move or delete a milestone: one schema each, shared by
// the forms (FormData strings) and the data functions.
import { z } from "zod";
import { calendarDateSchema } from "../../calendar-date.ts";
import { milestoneMessages as m } from "../../messages/milestones.ts";
import { recordIdSchema } from "../../record-id.ts";

export const TITLE_LIMIT = 500;
const id = recordIdSchema(m.idInvalid);
const version = z.coerce.number({ error: m.versionConflict }).int({ error: m.versionConflict }).min(1, { error: m.versionConflict });
const title = z
  .string({ error: m.titleRequired })
  .trim()
  .min(1, { error: m.titleRequired })
  .max(TITLE_LIMIT, { error: m.titleTooLong(TITLE_LIMIT) });
const dueOn = calendarDateSchema(m.dueInvalid);
/** Blank (or absent) means "no planned percent". */
const plannedPercent = z.preprocess(
  (v) =>
    v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? null : typeof v === "string" ? Number(v.trim()) : v,
  z
    .number({ error: m.percentRange })
    .int({ error: m.percentRange })
    .min(0, { error: m.percentRange })
    .max(100, { error: m.percentRange })
    .nullable(),
);

export const createMilestoneSchema = z.object({ measureId: id, title, dueOn, plannedPercent });
export type CreateMilestoneInput = z.infer<typeof createMilestoneSchema>;

export const updateMilestoneSchema = z.object({ milestoneId: id, version, title, dueOn, plannedPercent });
export type UpdateMilestoneInput = z.infer<typeof updateMilestoneSchema>;

export const moveMilestoneSchema = z.object({ milestoneId: id, version, direction: z.enum(["up", "down"]) });
export type MoveMilestoneInput = z.infer<typeof moveMilestoneSchema>;

export const deleteMilestoneSchema = z.object({ milestoneId: id, version });
export type DeleteMilestoneInput = z.infer<typeof deleteMilestoneSchema>;
