"use server";
// 一键催报 from the dashboard or the review desk: the plan comes as an id and is resolved for the
// viewer (a plan out of reach is "not found"); the data function checks the permission.
import { z } from "zod";
import { chaseOverdueUnits } from "../../data/chases/chase-overdue-units.ts";
import { getPlanSummary } from "../../data/plans/resolve-plan.ts";
import { AppError } from "../../errors.ts";
import { chaseAllMessages as m } from "../../messages/chase-all.ts";
import { notificationMessages } from "../../messages/notifications.ts";
import { recordIdSchema } from "../../record-id.ts";
import { createAction } from "../safe-action.ts";

const schema = z.object({
  planId: recordIdSchema(m.planNotFound),
  message: z
    .string({ error: notificationMessages.chase.messageRequired })
    .trim()
    .min(1, { error: notificationMessages.chase.messageRequired })
    .max(500, { error: notificationMessages.chase.messageTooLong }),
});

export const chaseOverdueAction = createAction(schema, async ({ planId, message }, viewer) => {
  const plan = await getPlanSummary(viewer, planId);
  if (!plan) throw new AppError("NOT_FOUND", m.planNotFound);
  const result = await chaseOverdueUnits(viewer, plan, message);
  return { data: result, message: m.done(result.units, result.reports, result.skipped) };
});
