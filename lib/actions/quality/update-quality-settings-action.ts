"use server";

import { revalidatePath } from "next/cache";
import { qualitySettingsInputSchema, updateQualitySettings } from "../../data/quality/quality-settings.ts";
import { qualityMessages } from "../../messages/quality.ts";
import { createFormAction } from "../safe-action.ts";

export const updateQualitySettingsAction = createFormAction(qualitySettingsInputSchema, async (input, viewer) => {
  const settings = await updateQualitySettings(viewer, input);
  revalidatePath("/admin/settings");
  return { data: settings, message: qualityMessages.settings.saved };
});
