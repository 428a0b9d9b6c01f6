import { Badge } from "@/components/ui/badge.tsx";
import type { MilestoneState } from "@/lib/domain/milestones/milestone-state.ts";
import { milestoneMessages as m } from "@/lib/messages/milestones.ts";

const TONE = { PENDING: "muted", DONE: "success", MISSED: "danger" } as const;

/** 待完成 / 已完成 / 已逾期 N 天, in words (the colour only repeats them). */
export function MilestoneStateBadge({ state, daysPastDue = 0 }: { state: MilestoneState; daysPastDue?: number }) {
  return (
    <span data-testid="milestone-state" data-state={state}>
      <Badge tone={TONE[state]}>{state === "MISSED" && daysPastDue > 0 ? `${m.states.MISSED} ${daysPastDue} 天` : m.states[state]}</Badge>
    </span>
  );
}
