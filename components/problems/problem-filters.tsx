import Link from "next/link";
import { actionOrdinal } from "@/components/plan/action-overview.tsx";
import { PROBLEM_STATE_FILTERS, type ProblemList } from "@/lib/data/problems/list-problems.ts";
import { problemMessages as m } from "@/lib/messages/problems.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
import { PlanField } from "@/components/plan/plan-field.tsx";
import { planHref } from "@/lib/plan-links.ts";
import { Button } from "@/components/ui/button.tsx";

const l = m.list;
const selectClass = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm focus:border-brand-600";

/** A plain GET form: the filters live in the URL and work without client JavaScript. */
export function ProblemFilters({ list, showDrafts }: { list: ProblemList; showDrafts: boolean }) {
  const { filters } = list;
  return (
    <form
      action="/problems"
      method="get"
      role="search"
      aria-label={l.filters}
      className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_auto_auto] lg:items-end"
    >
      <PlanField plan={list.plan} />
      {list.measure ? (
        <p className="text-sm sm:col-span-2 lg:col-span-5">
          <input type="hidden" name="measure" value={list.measure.id} />
          {l.measureFilter(`${messages.tasks.number(list.measure.task.number)} ${messages.tasks.measure(list.measure.number)}`)}
        </p>
      ) : null}
      <div>
        <label htmlFor="filter-unit" className="mb-1 block text-sm font-medium">
          {l.unit}
        </label>
        <select id="filter-unit" name="unit" defaultValue={filters.unit ?? ""} className={selectClass}>
          <option value="">{l.allUnits}</option>
          {list.units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-action" className="mb-1 block text-sm font-medium">
          {l.action}
        </label>
        <select id="filter-action" name="action" defaultValue={filters.action ?? ""} className={selectClass}>
          <option value="">{l.allActions}</option>
          {list.actions.map((a) => (
            <option key={a.number} value={a.number}>{`${actionOrdinal(a.number)}、${a.title}`}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-state" className="mb-1 block text-sm font-medium">
          {l.state}
        </label>
        <select id="filter-state" name="state" defaultValue={filters.state} className={selectClass}>
          {PROBLEM_STATE_FILTERS.filter((s) => s !== "DRAFT" || showDrafts).map((s) => (
            <option key={s} value={s}>
              {l.stateOptions[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-2 lg:pb-1.5">
        <input type="checkbox" id="filter-overdue" name="overdue" value="1" defaultChecked={filters.overdue === "1"} className="h-4 w-4" />
        <label htmlFor="filter-overdue" className="text-sm">
          {l.overdue}
        </label>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm">
          {l.apply}
        </Button>
        <Link href={planHref("/problems", list.plan)} className="text-sm">
          {l.reset}
        </Link>
      </div>
    </form>
  );
}
