"use server";
// Approve one report (a row's button) or several (the queue's checkboxes and 批量通过).
import { z } from "zod";
import { approveInputSchema, approveReports } from "../../data/reports/review-reports.ts";
import { reportMessages as m } from "../../messages/reports.ts";
import { createAction } from "../safe-action.ts";
import { asList } from "./report-form-fields.ts";

// From a form, one checked box arrives as a single value: make it a list either way.
const schema = z.preprocess(
  (raw) => (typeof raw === "object" && raw !== null ? { ...raw, reportIds: asList((raw as { reportIds?: unknown }).reportIds) } : raw),
  approveInputSchema,
);

export const approveReportsAction = createAction(schema, async ({ reportIds }, viewer) => {
  const count = await approveReports(viewer, reportIds);
  return { data: { count }, message: m.approved(count) };
});
