"use server";

import { bulletinSettingsSchema, updateBulletinSettings } from "../../data/bulletins/bulletin-settings.ts";
import { bulletinMessages } from "../../messages/bulletins.ts";
import { createFormAction } from "../safe-action.ts";

export const updateBulletinSettingsAction = createFormAction(bulletinSettingsSchema, async (input, viewer) => {
  await updateBulletinSettings(viewer, input);
  return { data: null, message: bulletinMessages.settings.saved };
});
