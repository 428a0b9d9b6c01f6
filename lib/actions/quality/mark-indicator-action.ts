"use server";
// Bureau staff mark a measure's indicator 只增不减 (must not fall), or lift the mark.
import { markIndicator, markIndicatorSchema } from "../../data/quality/indicator-marks.ts";
import { qualityMessages } from "../../messages/quality.ts";
import { createFormAction } from "../safe-action.ts";

export const markIndicatorAction = createFormAction(markIndicatorSchema, async (input, viewer) => {
  await markIndicator(viewer, input);
  return { data: null, message: qualityMessages.mustNotFall.saved };
});
