import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { ReportProblemCard } from "@/components/problems/report-problem-card.tsx";
import { ForbiddenNotice } from "@/components/reports/forbidden-notice.tsx";
import { ReportContext } from "@/components/reports/report-context.tsx";
import { ReportDetails } from "@/components/reports/report-details.tsx";
import { ReportForm } from "@/components/reports/report-form.tsx";
import { ReportStateBadge } from "@/components/reports/report-state-badge.tsx";
import { Card } from "@/components/ui/card.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { getReportProblem } from "@/lib/data/problems/get-report-problem.ts";
import { PERSON_LIMIT } from "@/lib/data/problems/problem-input.ts";
import { getReportForm } from "@/lib/data/reports/get-report-form.ts";
import { addDays } from "@/lib/domain/dates.ts";
import { TEXT_LIMIT } from "@/lib/data/reports/report-input.ts";
import { canStep } from "@/lib/domain/report-workflow.ts";
import { formatTarget } from "@/lib/format.ts";
import { reportMessages as m } from "@/lib/messages/reports.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
import { idParamSchema } from "@/lib/route-params.ts";
import { Breadcrumb } from "@/components/ui/breadcrumb.tsx";

type Props = { params: Promise<{ periodId: string; measureId: string }> };

const paramsSchema = z.object({ periodId: idParamSchema, measureId: idParamSchema });

export const metadata: Metadata = { title: m.inbox.title };

export default async function ReportFormPage({ params }: Props) {
  await connection();
  const raw = await params;
  const viewer = await requirePageViewer();
  if (!can(viewer, { action: "inbox:read" })) return <ForbiddenNotice title={m.inbox.title} detail={m.inbox.forbidden} />;
  const parsed = paramsSchema.safeParse(raw);
  if (!parsed.success) notFound();
  const data = await getReportForm(viewer, parsed.data.measureId, parsed.data.periodId);
  if (!data) notFound();
  const { measure, period, unit, report, milestones, today, plan } = data;
  const state = report?.state ?? "NONE";
  // A frozen plan (a past year's, after the rollover) takes no more reports: what was filed stays readable.
  const editable = !plan.frozen && (!report || canStep(report.state, "save"));
  return (
    <>
      <Breadcrumb trail={[{ href: "/inbox", label: m.form.backToInbox }]} />
      <PageTitle
        eyebrow={`${m.form.eyebrow(period.label, unit.name)}（${messages.roles[unit.role]}）`}
        aside={<ReportStateBadge state={state} />}
      >
        {messages.tasks.number(measure.task.number)} {messages.tasks.measure(measure.number)}：{measure.task.title}
      </PageTitle>
      <ReportContext measure={measure} period={period} />
      {plan.frozen ? (
        <p className="mb-5 rounded-md border border-slate-300 bg-slate-100 p-3 text-sm text-slate-800" data-testid="plan-frozen">
          {m.planFrozen(plan.year)}
        </p>
      ) : null}
      {report?.state === "RETURNED" && report.returnReason ? (
        <section
          aria-labelledby="return-reason"
          className="mb-5 rounded-lg border-2 border-amber-400 bg-amber-50 p-4 text-amber-950"
          data-testid="return-reason"
        >
          <h2 id="return-reason" className="font-bold">
            {m.form.returnedTitle}
          </h2>
          <p className="mt-1 whitespace-pre-wrap">{m.history.reason(report.returnReason)}</p>
        </section>
      ) : null}
      <Card aria-labelledby="report-heading">
        <h2 id="report-heading" className="mb-4 text-lg font-bold">
          {m.form.heading(period.label)}
        </h2>
        <ReportForm
          measureId={measure.id}
          periodId={period.id}
          editable={editable}
          report={report}
          indicators={measure.indicators.map((i) => ({ id: i.id, label: i.label, target: formatTarget(i), unit: i.unit }))}
          textLimit={TEXT_LIMIT}
          milestones={{ items: milestones, today }}
          quality={{ context: data.quality, today }}
        >
          {report ? (
            <>
              <p className="mb-3 text-sm text-slate-700" data-testid="read-only-note">
                {m.form.readOnlyNote(m.states[report.state])}
              </p>
              <ReportDetails report={report} indicators={measure.indicators} />
            </>
          ) : null}
        </ReportForm>
      </Card>
      {report ? (
        <ReportProblemCard
          report={report}
          raised={await getReportProblem(viewer, report.id)}
          defaults={{ dueOn: addDays(today, 30), today, personLimit: PERSON_LIMIT }}
        />
      ) : null}
    </>
  );
}
