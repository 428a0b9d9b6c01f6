import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ProblemForm } from "@/components/problems/problem-form.tsx";
import { ForbiddenNotice } from "@/components/reports/forbidden-notice.tsx";
import { Card } from "@/components/ui/card.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { today } from "@/lib/clock.ts";
import { getProblem } from "@/lib/data/problems/get-problem.ts";
import { listProblemMeasures } from "@/lib/data/problems/list-problem-measures.ts";
import { DESCRIPTION_LIMIT, PERSON_LIMIT, REMEDY_LIMIT } from "@/lib/data/problems/problem-input.ts";
import { problemMessages as m } from "@/lib/messages/problems.ts";
import { getPlanSummary } from "@/lib/data/plans/resolve-plan.ts";
import { idParamSchema } from "@/lib/route-params.ts";
import { Breadcrumb } from "@/components/ui/breadcrumb.tsx";

export const metadata: Metadata = { title: m.form.editTitle };

type Props = { params: Promise<{ id: string }> };

export default async function EditProblemPage({ params }: Props) {
  await connection();
  const raw = (await params).id;
  const viewer = await requirePageViewer();
  const id = idParamSchema.safeParse(raw);
  if (!id.success) notFound();
  const problem = await getProblem(viewer, id.data);
  if (!problem) notFound();
  if (!problem.may.edit) return <ForbiddenNotice title={m.form.editTitle} detail={m.form.editForbidden} />;
  const plan = await getPlanSummary(viewer, problem.planId);
  const measures = plan ? await listProblemMeasures(viewer, plan) : [];
  return (
    <>
      <Breadcrumb trail={[{ href: `/problems/${problem.id}`, label: m.detail.eyebrow(problem.id) }]} />
      <PageTitle eyebrow={m.detail.eyebrow(problem.id)}>{m.form.editTitle}</PageTitle>
      <Card>
        <ProblemForm
          measures={measures}
          asUnit={viewer.role === "REPORTER"}
          limits={{ description: DESCRIPTION_LIMIT, remedy: REMEDY_LIMIT, person: PERSON_LIMIT }}
          today={today()}
          defaults={{ dueOn: problem.dueOn }}
          values={{
            problemId: problem.id,
            version: problem.version,
            measureId: problem.measure.id,
            unitId: problem.unit.id,
            description: problem.description,
            responsiblePerson: problem.responsiblePerson,
            dueOn: problem.dueOn,
            remedy: problem.remedy,
            dueLocked: problem.dueOn !== problem.originalDueOn,
          }}
        />
      </Card>
    </>
  );
}
