// The warnings stored with a report (ProgressReport.qualityWarnings, JSON), read leniently: a row
// written by another version, or by hand, shows what it can instead of failing the page.
import { z } from "zod";
import type { QualityWarning } from "./report-checks.ts";

const storedSchema = z.array(z.object({ code: z.string(), text: z.string(), indicatorId: z.number().optional() }).loose());

export function readStoredWarnings(json: unknown): QualityWarning[] {
  const parsed = storedSchema.safeParse(json);
  return parsed.success ? (parsed.data as QualityWarning[]) : [];
}
