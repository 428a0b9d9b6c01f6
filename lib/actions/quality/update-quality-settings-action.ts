"use server";

import { qualitySettingsInputSchema, updateQualitySettings } from "../../data/quality/quality-settings.ts";
import { qualityMessages } from "../../messages/quality.ts";
import { createFormAction } from "../safe-action.ts";

export const updateQualitySettingsAction = createFormAction(qualitySettingsInputSchema, async (input, viewer) => {
  const settings = await updateQualitySettings(viewer, input);
  return { data: settings, message: qualityMessages.settings.saved };
});
