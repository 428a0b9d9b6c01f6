"use server";
// 催办 from the measure page or the review page.
import { revalidatePath } from "next/cache";
import { chaseInputSchema, sendChase } from "../../data/chases/send-chase.ts";
import { notificationMessages } from "../../messages/notifications.ts";
import { createAction } from "../safe-action.ts";

export const sendChaseAction = createAction(chaseInputSchema, async (input, viewer) => {
  const sent = await sendChase(viewer, input);
  revalidatePath("/measures/[id]", "page");
  revalidatePath("/notifications");
  return { data: { chaseId: sent.chaseId }, message: notificationMessages.chase.sent(sent.unitName, sent.recipients) };
});
