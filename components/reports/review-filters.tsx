import Link from "next/link";
import { actionOrdinal } from "@/components/plan/action-overview.tsx";
import { REVIEW_STATES, type ReviewQueue } from "@/lib/data/reports/list-review-queue.ts";
import { reportMessages as m } from "@/lib/messages/reports.ts";
import { planLabel } from "@/lib/format.ts";
import { Button } from "@/components/ui/button.tsx";

const r = m.review;
const selectClass = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm focus:border-brand-600";

/** A plain GET form: the filters live in the URL and work without client JavaScript. */
export function ReviewFilters({ queue }: { queue: ReviewQueue }) {
  const { filters } = queue;
  return (
    <form
      action="/review"
      method="get"
      role="search"
      aria-label={r.filters}
      className={`mb-4 grid gap-3 sm:items-end ${queue.plans.length > 1 ? "sm:grid-cols-[1fr_1fr_1fr_1fr_auto]" : "sm:grid-cols-[1fr_1fr_1fr_auto]"}`}
    >
      {queue.plans.length > 1 ? (
        <div>
          <label htmlFor="filter-plan" className="mb-1 block text-sm font-medium">
            {r.plan}
          </label>
          <select id="filter-plan" name="plan" defaultValue={filters.plan ?? ""} className={selectClass}>
            <option value="">{r.allPlans}</option>
            {queue.plans.map((p) => (
              <option key={p.id} value={p.id}>
                {planLabel(p)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div>
        <label htmlFor="filter-unit" className="mb-1 block text-sm font-medium">
          {r.unit}
        </label>
        <select id="filter-unit" name="unit" defaultValue={filters.unit ?? ""} className={selectClass}>
          <option value="">{r.allUnits}</option>
          {queue.units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-action" className="mb-1 block text-sm font-medium">
          {r.action}
        </label>
        <select
          id="filter-action"
          name="action"
          defaultValue={filters.action ?? ""}
          className={selectClass}
          disabled={queue.plan === null}
          title={queue.plan === null ? r.actionNeedsPlan : undefined}
        >
          <option value="">{r.allActions}</option>
          {queue.actions.map((a) => (
            <option key={a.number} value={a.number}>{`${actionOrdinal(a.number)}、${a.title}`}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-state" className="mb-1 block text-sm font-medium">
          {r.state}
        </label>
        <select id="filter-state" name="state" defaultValue={filters.state} className={selectClass}>
          {REVIEW_STATES.map((s) => (
            <option key={s} value={s}>
              {r.states[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm">
          {r.apply}
        </Button>
        <Link href="/review" className="text-sm">
          {r.reset}
        </Link>
      </div>
    </form>
  );
}
