import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ChaseDisclosure } from "@/components/chases/chase-disclosure.tsx";
import { ProblemActions } from "@/components/problems/problem-actions.tsx";
import { ProblemDetails } from "@/components/problems/problem-details.tsx";
import { ProblemHistory } from "@/components/problems/problem-history.tsx";
import { ProblemNextStep } from "@/components/problems/problem-next-step.tsx";
import { ProblemResolutions } from "@/components/problems/problem-resolutions.tsx";
import { ProblemStateBadge } from "@/components/problems/problem-state-badge.tsx";
import { measureLabel } from "@/components/problems/problem-table.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { problemDoneSchema } from "@/lib/actions/problems/problem-done.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { getProblem } from "@/lib/data/problems/get-problem.ts";
import { shortDescription } from "@/lib/domain/problems/problem-workflow.ts";
import { problemMessages as m } from "@/lib/messages/problems.ts";
import { getPlanSummary } from "@/lib/data/plans/resolve-plan.ts";
import { planHref } from "@/lib/plan-links.ts";
import { idParamSchema } from "@/lib/route-params.ts";
import { Breadcrumb } from "@/components/ui/breadcrumb.tsx";

export const metadata: Metadata = { title: m.title };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProblemPage({ params, searchParams }: Props) {
  await connection();
  const raw = (await params).id;
  const viewer = await requirePageViewer();
  const id = idParamSchema.safeParse(raw);
  if (!id.success) notFound();
  const problem = await getProblem(viewer, id.data);
  if (!problem) notFound();
  const done = problemDoneSchema.parse((await searchParams).done);
  const { may } = problem;
  const plan = await getPlanSummary(viewer, problem.planId);
  return (
    <>
      <Breadcrumb trail={[{ href: planHref("/problems", plan), label: m.detail.back }]} />
      <PageTitle
        eyebrow={`${m.detail.eyebrow(problem.id)} · ${measureLabel(problem)}`}
        aside={<ProblemStateBadge state={problem.state} published={problem.published} overdueDays={problem.overdueDays} />}
      >
        {shortDescription(problem.description, 60)}
      </PageTitle>
      {done ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900"
          data-testid="problem-done"
        >
          {m.done[done]}
        </p>
      ) : null}
      {!problem.published ? (
        <p className="mb-4 rounded-md border border-slate-300 bg-slate-100 p-3 text-sm text-slate-800">{m.detail.draftNote}</p>
      ) : null}
      <ProblemDetails problem={problem} />
      {/* 催办: the bureau chases the responsible unit about an entry still open. */}
      {may.chase ? (
        <div className="mb-5 print:hidden" data-testid="problem-chase">
          <ChaseDisclosure target={{ kind: "problem", problemId: problem.id }} label={shortDescription(problem.description, 30)} />
        </div>
      ) : null}
      <ProblemActions problem={problem} />
      {problem.published ? (
        <ProblemResolutions problem={problem}>
          {may.resolve || may.verify ? <ProblemNextStep problem={problem} /> : null}
        </ProblemResolutions>
      ) : null}
      <ProblemHistory entries={problem.history} />
    </>
  );
}
