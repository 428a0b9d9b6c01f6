import type { Metadata } from "next";
import { connection } from "next/server";
import { ProblemForm } from "@/components/problems/problem-form.tsx";
import { ForbiddenNotice } from "@/components/reports/forbidden-notice.tsx";
import { Card } from "@/components/ui/card.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { today } from "@/lib/clock.ts";
import { listProblemMeasures } from "@/lib/data/problems/list-problem-measures.ts";
import { DESCRIPTION_LIMIT, PERSON_LIMIT, REMEDY_LIMIT } from "@/lib/data/problems/problem-input.ts";
import { addDays } from "@/lib/domain/dates.ts";
import { problemMessages as m } from "@/lib/messages/problems.ts";
import { choosePagePlan } from "@/components/plan/plan-gate.tsx";
import { planRef } from "@/lib/data/plans/resolve-plan.ts";
import { planHref } from "@/lib/plan-links.ts";
import { idParamSchema } from "@/lib/route-params.ts";
import { Breadcrumb } from "@/components/ui/breadcrumb.tsx";

export const metadata: Metadata = { title: m.form.newTitle };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewProblemPage({ searchParams }: Props) {
  await connection();
  const raw = await searchParams;
  const viewer = await requirePageViewer();
  const { plan, blocked } = await choosePagePlan(viewer, raw, "read", m.form.newTitle);
  if (!plan) return blocked;
  if (!can(viewer, { action: "problem:create", unitId: viewer.unitId ?? -1, plan: planRef(plan) }))
    return <ForbiddenNotice title={m.form.newTitle} detail={m.form.forbidden} />;
  const measureId = idParamSchema.safeParse(raw.measureId);
  const measures = await listProblemMeasures(viewer, plan);
  const asUnit = viewer.role === "REPORTER";
  const date = today();
  return (
    <>
      <Breadcrumb trail={[{ href: planHref("/problems", plan), label: m.detail.back }]} />
      <PageTitle>{m.form.newTitle}</PageTitle>
      <p className="mb-4 text-sm text-slate-700">
        {m.form.intro}
        {asUnit ? m.form.unitIntro : null}
      </p>
      <Card>
        {measures.length === 0 ? (
          <p className="text-slate-700">{m.form.noMeasures}</p>
        ) : (
          <ProblemForm
            measures={measures}
            asUnit={asUnit}
            limits={{ description: DESCRIPTION_LIMIT, remedy: REMEDY_LIMIT, person: PERSON_LIMIT }}
            today={date}
            defaults={{
              measureId: measureId.success && measures.some((x) => x.id === measureId.data) ? measureId.data : undefined,
              dueOn: addDays(date, 30),
            }}
          />
        )}
      </Card>
    </>
  );
}
