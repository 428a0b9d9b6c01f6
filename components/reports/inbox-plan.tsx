import type { InboxPlan as InboxPlanData } from "@/lib/data/reports/list-inbox.ts";
import { planLabel } from "@/lib/format.ts";
import { InboxPeriod } from "./inbox-period.tsx";

/** One plan's part of 我的填报: its label and title, then its periods (each a level-2 heading). */
export function InboxPlan({ entry }: { entry: InboxPlanData }) {
  const label = planLabel(entry.plan);
  return (
    <section aria-label={label} className="mb-8" data-testid="inbox-plan" data-plan-id={entry.plan.id}>
      <p className="mb-3 flex flex-wrap items-baseline gap-x-3 border-l-4 border-brand-600 pl-3">
        <span className="text-base font-bold text-brand-800">{label}</span>
        <span className="text-sm text-slate-600">{entry.plan.title}</span>
      </p>
      {entry.groups.map((group) => (
        <InboxPeriod key={group.period.id} group={group} planLabel={label} />
      ))}
    </section>
  );
}
