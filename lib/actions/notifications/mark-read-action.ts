"use server";
// The viewer marks one or all of their own notifications read (the bell's count follows).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { markAllNotificationsRead, markNotificationRead, markReadSchema } from "../../data/notifications/mark-read.ts";
import { notificationMessages as m } from "../../messages/notifications.ts";
import { createFormAction } from "../safe-action.ts";

export const markNotificationReadAction = createFormAction(markReadSchema, async ({ id }, viewer) => {
  await markNotificationRead(viewer, id);
  // The header's count is in the root layout.
  revalidatePath("/", "layout");
  return { data: null, message: m.markedRead };
});

export const markAllNotificationsReadAction = createFormAction(z.object({}), async (_input, viewer) => {
  const count = await markAllNotificationsRead(viewer);
  revalidatePath("/", "layout");
  return { data: null, message: m.markedAllRead(count) };
});
