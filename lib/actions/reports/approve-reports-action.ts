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

// One report is approved where it is shown (a row, the review desk); several at once only when the
// viewer opened each of them on the review desk, so a batch never approves a report unread.
export const approveReportsAction = createAction(schema, async ({ reportIds }, viewer) => {
  const count = await approveReports(viewer, reportIds, { requireOpened: new Set(reportIds).size > 1 });
  return { data: { count }, message: m.approved(count) };
});
