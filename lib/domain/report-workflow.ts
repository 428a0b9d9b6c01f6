// The report's life (DESIGN.md "ProgressReport"): DRAFT → SUBMITTED → APPROVED, or SUBMITTED →
// RETURNED (with a reason) → SUBMITTED. Which step is allowed from which state; who may take it
// is decided in lib/auth/permissions.ts.
import type { ReportState } from "../auth/permissions.ts";

export type ReportStep = "save" | "submit" | "approve" | "return";

const ALLOWED: Record<ReportStep, ReportState[]> = {
  save: ["DRAFT", "RETURNED"],
  submit: ["DRAFT", "RETURNED"],
  approve: ["SUBMITTED"],
  return: ["SUBMITTED"],
};

export const NEXT_STATE: Record<ReportStep, (from: ReportState) => ReportState> = {
  // Editing a returned report keeps it returned (the reason stays visible) until resubmitted.
  save: (from) => from,
  submit: () => "SUBMITTED",
  approve: () => "APPROVED",
  return: () => "RETURNED",
};

export function canStep(state: ReportState, step: ReportStep): boolean {
  return ALLOWED[step].includes(state);
}
