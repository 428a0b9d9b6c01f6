import { qualityMessages as m } from "@/lib/messages/quality.ts";
import type { QualityWarning } from "@/lib/domain/quality/report-checks.ts";

/** A submitted report's data-quality warnings with the reporter's explanation (the review desk, the measure page). */
export function QualityWarnings({
  warnings,
  explanation,
  compact = false,
}: {
  warnings: QualityWarning[];
  explanation: string | null;
  compact?: boolean;
}) {
  if (warnings.length === 0) return null;
  return (
    <div
      className={`rounded-md border border-amber-300 bg-amber-50 text-amber-950 ${compact ? "mt-1 p-2 text-xs" : "p-3 text-sm"}`}
      data-testid="quality-warnings"
    >
      <p className="font-medium">{m.review.badge(warnings.length)}</p>
      <ul className="mt-1 list-disc pl-5">
        {warnings.map((w) => (
          <li key={`${w.code}-${w.indicatorId ?? ""}`}>{w.text}</li>
        ))}
      </ul>
      <p className="mt-1" data-testid="quality-explanation">
        <span className="font-medium">{m.review.explanation}：</span>
        <span className="whitespace-pre-wrap">{explanation || m.review.none}</span>
      </p>
    </div>
  );
}
