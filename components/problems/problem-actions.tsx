// What the viewer may do to a ledger entry besides resolving it: edit it, ask for an extension,
// publish a unit's draft, name its 责任人 and 整改措施. Nothing when none of these is allowed.
import Link from "next/link";
import { PublishForm } from "@/components/problems/publish-form.tsx";
import { RemedyForm } from "@/components/problems/remedy-form.tsx";
import { Card } from "@/components/ui/card.tsx";
import type { ProblemDetail } from "@/lib/data/problems/get-problem.ts";
import { PERSON_LIMIT, REMEDY_LIMIT } from "@/lib/data/problems/problem-input.ts";
import { problemMessages as m } from "@/lib/messages/problems.ts";

export function ProblemActions({ problem }: { problem: ProblemDetail }) {
  const { may } = problem;
  if (!(may.edit || may.publish || may.remedy || may.requestExtension)) return null;
  return (
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
  );
}
