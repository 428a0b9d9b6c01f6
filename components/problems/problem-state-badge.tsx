import { OverdueMark } from "@/components/reports/report-state-badge.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import type { ProblemState } from "@/lib/domain/problems/problem-workflow.ts";
import { problemMessages as m } from "@/lib/messages/problems.ts";

const TONE = { DRAFT: "muted", OPEN: "warning", RESOLUTION_SUBMITTED: "info", RESOLVED: "success" } as const;

/** An entry's state in words (草稿 for a unit's unpublished entry), and how long it is overdue. */
export function ProblemStateBadge({
  state,
  published,
  overdueDays = 0,
}: {
  state: ProblemState;
  published: boolean;
  overdueDays?: number;
}) {
  const key = published ? state : "DRAFT";
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <span data-testid="problem-state" data-state={key}>
        <Badge tone={TONE[key]}>{m.states[key]}</Badge>
      </span>
      <OverdueMark days={overdueDays} />
    </span>
  );
}
