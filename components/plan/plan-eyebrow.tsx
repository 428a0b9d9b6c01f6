import { Badge } from "@/components/ui/badge.tsx";
import type { PlanSummary } from "@/lib/data/plans/resolve-plan.ts";
import { planLabel } from "@/lib/format.ts";
import { planMessages } from "@/lib/messages/plans.ts";

/** Above a page's title: which plan it shows (year, city or county, title), and whether it is frozen. */
export function PlanEyebrow({ plan }: { plan: PlanSummary }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2" data-testid="plan-eyebrow">
      <span className="font-medium text-brand-800">{planLabel(plan)}</span>
      <span>{plan.title}</span>
      {plan.frozenOn ? <Badge tone="muted">{planMessages.frozenBadge}</Badge> : null}
    </span>
  );
}
