"use server";
// Return a submitted report to its unit with a reason (required).
import { revalidatePath } from "next/cache";
import { returnInputSchema, returnReport } from "../../data/reports/review-reports.ts";
import { reportMessages as m } from "../../messages/reports.ts";
import { createAction } from "../safe-action.ts";

export const returnReportAction = createAction(returnInputSchema, async ({ reportId, reason }, viewer) => {
  await returnReport(viewer, reportId, reason);
  revalidatePath("/review");
  revalidatePath("/measures/[id]", "page");
  revalidatePath("/inbox", "layout");
  return { data: null, message: m.returned };
});
