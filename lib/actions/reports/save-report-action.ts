"use server";
// The report form's action: save a draft or submit (intent), with evidence files.
import { saveReport, type SavedReport } from "../../data/reports/save-report.ts";
import { reportMessages as m } from "../../messages/reports.ts";
import { createFormAction } from "../safe-action.ts";
import { reportFormSchema } from "./report-form-fields.ts";

export const saveReportAction = createFormAction(reportFormSchema, async ({ evidence, ...input }, viewer) => {
  const files = await Promise.all(evidence.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  const saved: SavedReport = await saveReport(viewer, input, files);
  return { data: saved, message: input.submit ? m.submitted : m.saved };
});
