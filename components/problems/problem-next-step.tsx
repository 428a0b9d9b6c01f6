// Under an entry's resolutions, the step that is the viewer's: the unit submits its 整改情况, the
// bureau decides on one (销号 or reject).
import { DecisionForm } from "@/components/problems/decision-form.tsx";
import { ResolutionForm } from "@/components/problems/resolution-form.tsx";
import type { ProblemDetail } from "@/lib/data/problems/get-problem.ts";
import { DESCRIPTION_LIMIT, REASON_LIMIT } from "@/lib/data/problems/problem-input.ts";
import { problemMessages as m } from "@/lib/messages/problems.ts";

export function ProblemNextStep({ problem }: { problem: ProblemDetail }) {
  const { may } = problem;
  return (
    <>
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
    </>
  );
}
