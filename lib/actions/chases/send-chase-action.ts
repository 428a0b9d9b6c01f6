"use server";
// 催办 from the measure page or the review page.
import { chaseInputSchema, sendChase } from "../../data/chases/send-chase.ts";
import { notificationMessages } from "../../messages/notifications.ts";
import { createAction } from "../safe-action.ts";

export const sendChaseAction = createAction(chaseInputSchema, async (input, viewer) => {
  const sent = await sendChase(viewer, input);
  return { data: { chaseId: sent.chaseId }, message: notificationMessages.chase.sent(sent.unitName, sent.recipients) };
});
