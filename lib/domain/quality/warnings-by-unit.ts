// The dashboard's 数据质量 panel, pure: reports that were submitted with data-quality warnings,
// grouped by unit as of a date. Open: not yet approved by then (the reviewer still has to weigh the
// explanation); accepted: approved by then, the warnings and explanation stand with the figures.
// A returned report's warnings are not counted: it comes back with a fresh check.
import type { QualityWarning } from "./report-checks.ts";

export type WarnedReport = {
  id: number;
  unit: { id: number; name: string };
  measure: { id: number; number: number; taskNumber: number };
  periodLabel: string;
  state: "SUBMITTED" | "APPROVED";
  /** Approval instant (epoch ms); null while submitted. */
  reviewedAt: number | null;
  warnings: QualityWarning[];
  explanation: string | null;
};

export type UnitWarnings = { unit: { id: number; name: string }; open: WarnedReport[]; accepted: WarnedReport[] };

/** Units with any warned report, those with open ones first (most first), then by name. */
export function warningsByUnit(reports: readonly WarnedReport[], asOfEnd: number): UnitWarnings[] {
  const byUnit = new Map<number, UnitWarnings>();
  for (const r of reports) {
    if (r.warnings.length === 0) continue;
    const entry = byUnit.get(r.unit.id) ?? { unit: r.unit, open: [], accepted: [] };
    (r.state === "APPROVED" && r.reviewedAt !== null && r.reviewedAt < asOfEnd ? entry.accepted : entry.open).push(r);
    byUnit.set(r.unit.id, entry);
  }
  return [...byUnit.values()].sort((a, b) => b.open.length - a.open.length || a.unit.name.localeCompare(b.unit.name, "zh-CN"));
}
