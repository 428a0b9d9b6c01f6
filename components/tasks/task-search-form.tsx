import Link from "next/link";
import { messages } from "@/lib/messages/zh-CN.ts";
import { planHref, type LinkedPlan } from "@/lib/plan-links.ts";
import { PlanField } from "@/components/plan/plan-field.tsx";
import { Button } from "@/components/ui/button.tsx";

/** A plain GET form: search works without any client JavaScript. */
export function TaskSearchForm({ query, error, plan }: { query?: string; error?: string; plan: LinkedPlan }) {
  return (
    <form action="/tasks" method="get" role="search" className="mb-6 print:hidden">
      <PlanField plan={plan} />
      <label htmlFor="task-search" className="mb-1 block text-sm font-medium text-slate-700">
        {messages.tasks.searchLabel}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id="task-search"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={50}
          placeholder={messages.tasks.searchPlaceholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "task-search-error" : undefined}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm placeholder:text-slate-500 focus:border-brand-600"
        />
        <Button type="submit">{messages.tasks.searchButton}</Button>
        {query ? (
          <Link href={planHref("/tasks", plan)} className="self-center text-sm">
            {messages.tasks.clearSearch}
          </Link>
        ) : null}
      </div>
      {error ? (
        <p id="task-search-error" className="mt-2 text-sm text-red-700" data-testid="search-error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
