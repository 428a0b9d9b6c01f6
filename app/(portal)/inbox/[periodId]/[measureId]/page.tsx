import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { ReportProblemCard } from "@/components/problems/report-problem-card.tsx";
import { ForbiddenNotice } from "@/components/reports/forbidden-notice.tsx";
import { ReportContext } from "@/components/reports/report-context.tsx";
import { ReportFormCard } from "@/components/reports/report-form-card.tsx";
import { ReportStateBadge } from "@/components/reports/report-state-badge.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { getReportProblem } from "@/lib/data/problems/get-report-problem.ts";
import { PERSON_LIMIT } from "@/lib/data/problems/problem-input.ts";
import { getReportForm } from "@/lib/data/reports/get-report-form.ts";
import { addDays } from "@/lib/domain/dates.ts";
import { canStep } from "@/lib/domain/report-workflow.ts";
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
  const { measure, period, unit, report, today, plan } = data;
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
      <ReportFormCard data={data} editable={editable} />
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
