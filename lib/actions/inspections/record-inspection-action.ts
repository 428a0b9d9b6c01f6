"use server";
// Record a quarterly inspection; its 不符合 findings become ledger entries.
import { redirect } from "next/navigation";
import { inspectionFormSchema } from "../../data/inspections/inspection-input.ts";
import { recordInspection } from "../../data/inspections/record-inspection.ts";
import { createFormAction } from "../safe-action.ts";

export const recordInspectionAction = createFormAction(inspectionFormSchema, async (input, viewer) => {
  const recorded = await recordInspection(viewer, input);
  redirect(`/inspections/${recorded.id}?saved=1`);
});
