"use server";
// Bureau staff reopen a done measure (已完成) with a reason: reporting resumes.
import { reopenMeasure, reopenMeasureSchema } from "../../data/status/reopen-measure.ts";
import { qualityMessages } from "../../messages/quality.ts";
import { createFormAction } from "../safe-action.ts";

export const reopenMeasureAction = createFormAction(reopenMeasureSchema, async (input, viewer) => {
  await reopenMeasure(viewer, input);
  return { data: null, message: qualityMessages.done.reopened };
});
