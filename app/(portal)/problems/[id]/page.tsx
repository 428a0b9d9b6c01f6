import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ChaseDisclosure } from "@/components/chases/chase-disclosure.tsx";
import { DecisionForm } from "@/components/problems/decision-form.tsx";
import { ProblemDetails } from "@/components/problems/problem-details.tsx";
import { ProblemHistory } from "@/components/problems/problem-history.tsx";
import { ProblemResolutions } from "@/components/problems/problem-resolutions.tsx";
import { ProblemStateBadge } from "@/components/problems/problem-state-badge.tsx";
import { measureLabel } from "@/components/problems/problem-table.tsx";
import { PublishForm } from "@/components/problems/publish-form.tsx";
import { RemedyForm } from "@/components/problems/remedy-form.tsx";
import { ResolutionForm } from "@/components/problems/resolution-form.tsx";
import { Card } from "@/components/ui/card.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { problemDoneSchema } from "@/lib/actions/problems/problem-done.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { getProblem } from "@/lib/data/problems/get-problem.ts";
import { DESCRIPTION_LIMIT, PERSON_LIMIT, REASON_LIMIT, REMEDY_LIMIT } from "@/lib/data/problems/problem-input.ts";
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
      {may.edit || may.publish || may.remedy || may.requestExtension ? (
        <Card className="mb-5" aria-labelledby="problem-actions-title">
          <h2 id="problem-actions-title" className="sr-only">
            {m.form.editTitle}
          </h2>
          <div className="space-y-4">
            {may.edit || may.requestExtension ? (
              <p className="flex flex-wrap items-center gap-4 text-sm">
                {may.edit ? (
                  <Link href={`/problems/${problem.id}/edit`} className="font-medium">
                    {m.detail.edit}
                  </Link>
                ) : null}
                {/* The extension request form (issue 5, 延期申请) lives under /extensions. */}
                {may.requestExtension ? (
                  <span>
                    <Link href={`/extensions/new?problemId=${problem.id}`} className="font-medium">
                      {m.detail.requestExtension}
                    </Link>
                    <span className="ml-2 text-slate-600">{m.detail.extensionHint}</span>
                  </span>
                ) : null}
              </p>
            ) : null}
            {may.publish ? <PublishForm problemId={problem.id} version={problem.version} /> : null}
            {may.remedy && problem.published ? (
              <section aria-labelledby="remedy-title">
                <h3 id="remedy-title" className="mb-2 font-bold">
                  {m.form.remedyTitle}
                </h3>
                <RemedyForm
                  problemId={problem.id}
                  version={problem.version}
                  responsiblePerson={problem.responsiblePerson}
                  remedy={problem.remedy}
                  limits={{ remedy: REMEDY_LIMIT, person: PERSON_LIMIT }}
                />
              </section>
            ) : null}
          </div>
        </Card>
      ) : null}
      {problem.published ? (
        <ProblemResolutions problem={problem}>
          {may.resolve ? (
            <section aria-labelledby="resolve-title">
              <h3 id="resolve-title" className="mb-1 font-bold">
                {m.resolution.title}
              </h3>
              <p className="mb-3 text-sm text-slate-700">{m.resolution.intro}</p>
              <ResolutionForm problemId={problem.id} version={problem.version} limit={DESCRIPTION_LIMIT} />
            </section>
          ) : may.verify ? (
            <section aria-labelledby="decide-title">
              <h3 id="decide-title" className="mb-1 font-bold">
                {m.resolution.decideTitle}
              </h3>
              <p className="mb-3 text-sm text-slate-700">{m.resolution.decideIntro}</p>
              <DecisionForm problemId={problem.id} version={problem.version} reasonLimit={REASON_LIMIT} />
            </section>
          ) : null}
        </ProblemResolutions>
      ) : null}
      <ProblemHistory entries={problem.history} />
    </>
  );
}
