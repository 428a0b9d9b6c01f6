"use server";
// Return a submitted report to its unit with a reason (required).
import { returnInputSchema, returnReport } from "../../data/reports/review-reports.ts";
import { reportMessages as m } from "../../messages/reports.ts";
import { createAction } from "../safe-action.ts";

export const returnReportAction = createAction(returnInputSchema, async ({ reportId, reason }, viewer) => {
  await returnReport(viewer, reportId, reason);
  return { data: null, message: m.returned };
});
