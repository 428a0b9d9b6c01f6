import { Badge } from "@/components/ui/badge.tsx";
import type { InboxState } from "@/lib/domain/inbox.ts";
import { reportMessages as m } from "@/lib/messages/reports.ts";

const TONE = { NONE: "muted", DRAFT: "muted", SUBMITTED: "info", RETURNED: "warning", APPROVED: "success" } as const;

/** The report's state in words (the colour only repeats them). */
export function ReportStateBadge({ state }: { state: InboxState }) {
  return (
    <span data-testid="report-state">
      <Badge tone={TONE[state]}>{m.states[state]}</Badge>
    </span>
  );
}

export function OverdueMark({ days }: { days: number }) {
  if (days <= 0) return null;
  return (
    <span data-testid="overdue">
      <Badge tone="danger">{m.overdue(days)}</Badge>
    </span>
  );
}
