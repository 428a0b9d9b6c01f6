import { messages } from "@/lib/messages/zh-CN.ts";
import type { PlanOverview } from "@/lib/data/plans/get-plan-overview.ts";

const ORDER = ["actions", "tasks", "measures", "units", "indicators"] as const;

export function PlanCounts({ counts }: { counts: PlanOverview["counts"] }) {
  return (
    <dl className="mb-8 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {ORDER.map((key) => (
        <div key={key} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={`count-${key}`}>
          <dt className="text-sm text-slate-600">{messages.counts[key]}</dt>
          <dd className="mt-1 text-3xl font-bold text-brand-800 tabular-nums">{counts[key]}</dd>
        </div>
      ))}
    </dl>
  );
}
