"use server";

import { thresholdsInputSchema, updateThresholds } from "../../data/status/update-thresholds.ts";
import { createFormAction } from "../safe-action.ts";

export const updateThresholdsAction = createFormAction(thresholdsInputSchema, async (input, viewer) => {
  const thresholds = await updateThresholds(viewer, input);
  return { data: thresholds, message: "阈值已保存，颜色按新阈值重新计算。" };
});
