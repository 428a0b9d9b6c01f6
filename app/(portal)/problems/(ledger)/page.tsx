import type { Metadata } from "next";
import { connection } from "next/server";
import { ProblemCounts } from "@/components/problems/problem-counts.tsx";
import { ProblemFilters } from "@/components/problems/problem-filters.tsx";
import { ProblemTable } from "@/components/problems/problem-table.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { listProblems, PROBLEM_PAGE_SIZE, problemFilterQuery, problemFiltersSchema } from "@/lib/data/problems/list-problems.ts";
import { formatDate } from "@/lib/format.ts";
import { PlanEyebrow } from "@/components/plan/plan-eyebrow.tsx";
import { choosePagePlan } from "@/components/plan/plan-gate.tsx";
import { planRef } from "@/lib/data/plans/resolve-plan.ts";
import { planHref } from "@/lib/plan-links.ts";
import { problemMessages as m } from "@/lib/messages/problems.ts";
import { ButtonLink, buttonClass } from "@/components/ui/button.tsx";
import { Pager } from "@/components/ui/pager.tsx";

export const metadata: Metadata = { title: m.title };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProblemsPage({ searchParams }: Props) {
  await connection();
  const raw = await searchParams;
  const viewer = await requirePageViewer();
  const { plan, blocked } = await choosePagePlan(viewer, raw, "read", m.title);
  if (!plan) return blocked;
  const filters = problemFiltersSchema.parse(raw);
  const list = await listProblems(viewer, plan, filters);
  const canCreate = can(viewer, { action: "problem:create", unitId: viewer.unitId ?? -1, plan: planRef(plan) });
  const exportQuery = problemFilterQuery(filters).toString();
  return (
    <>
      <PageTitle
        eyebrow={<PlanEyebrow plan={plan} />}
        aside={
          <div className="flex flex-wrap items-center gap-3 print:hidden">
            {canCreate ? (
              <ButtonLink href={planHref(filters.measure ? `/problems/new?measureId=${filters.measure}` : "/problems/new", plan)}>
                {m.list.create}
              </ButtonLink>
            ) : null}
            {/* A plain <a>: the route answers with a download, not a page to prefetch. */}
            <a
              href={`/exports/problems${exportQuery ? `?${exportQuery}` : ""}`}
              download
              className={buttonClass({ variant: "secondary" })}
              title={m.list.exportHint}
            >
              {m.list.export}
            </a>
          </div>
        }
      >
        {m.title}
      </PageTitle>
      <p className="mb-4 text-sm text-slate-700">{m.intro}</p>
      <ProblemFilters list={list} showDrafts={viewer.role === "REPORTER"} />
      <ProblemCounts list={list} />
      <p className="mb-2 text-sm text-slate-700">
        <span data-testid="problem-total">{m.list.count(list.total)}</span>
        <span className="ml-2 text-slate-600">{m.list.asOf(formatDate(list.asOf))}</span>
      </p>
      {list.rows.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">{m.list.empty}</p>
      ) : (
        <ProblemTable rows={list.rows} firstNumber={(filters.page - 1) * PROBLEM_PAGE_SIZE + 1} />
      )}
      <Pager
        page={filters.page}
        pageCount={list.pageCount}
        href={(n) => `/problems?${problemFilterQuery(filters, n)}`}
        label={m.list.page(filters.page, list.pageCount)}
        previous={m.list.previousPage}
        next={m.list.nextPage}
      />
    </>
  );
}
