import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { MeasureMilestones } from "@/components/milestones/measure-milestones.tsx";
import { MeasureProblems } from "@/components/problems/measure-problems.tsx";
import { MeasureExtensions, RequestExtensionLink } from "@/components/extensions/measure-extensions.tsx";
import { ChaseCard } from "@/components/chases/chase-card.tsx";
import { MeasureHistory } from "@/components/reports/measure-history.tsx";
import { MeasureReports } from "@/components/reports/measure-reports.tsx";
import { MeasureCard } from "@/components/tasks/measure-card.tsx";
import { MeasureHeading } from "@/components/tasks/measure-heading.tsx";
import { MeasureStatusPanel } from "@/components/status/measure-status-panel.tsx";
import { IndicatorMarks } from "@/components/quality/indicator-marks.tsx";
import { listIndicatorMarks } from "@/lib/data/quality/indicator-marks.ts";
import { getMeasureTimeline } from "@/lib/data/milestones/get-measure-timeline.ts";
import { getMeasureExtensions } from "@/lib/data/extensions/get-measure-extensions.ts";
import { getMeasureStatus } from "@/lib/data/status/get-measure-status.ts";
import { asOfSchema } from "@/lib/data/status/status-params.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { listMeasureProblems } from "@/lib/data/problems/list-measure-problems.ts";
import { getChaseOptions } from "@/lib/data/chases/get-chase-options.ts";
import { listMeasureChases } from "@/lib/data/chases/list-measure-chases.ts";
import { getMeasureHistory } from "@/lib/data/reports/get-measure-history.ts";
import { listMeasureReports } from "@/lib/data/reports/list-measure-reports.ts";
import { reportMessages } from "@/lib/messages/reports.ts";
import { idParamSchema } from "@/lib/route-params.ts";
import { CarryOverNote } from "@/components/plan/carry-over-note.tsx";
import { ForbiddenNotice } from "@/components/reports/forbidden-notice.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { getMeasurePlan } from "@/lib/data/plans/measure-plan.ts";
import { getCarryOverLinks } from "@/lib/data/plans/get-carry-over-links.ts";
import { planRef } from "@/lib/data/plans/resolve-plan.ts";
import { planMessages } from "@/lib/messages/plans.ts";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: reportMessages.measurePage.title };

export default async function MeasurePage({ params, searchParams }: Props) {
  const asOf = asOfSchema.safeParse((await searchParams).asOf);
  await connection();
  const raw = (await params).id;
  const viewer = await requirePageViewer();
  const id = idParamSchema.safeParse(raw);
  if (!id.success) notFound();
  const plan = await getMeasurePlan(viewer, id.data);
  if (!plan) notFound();
  const when = asOf.success ? asOf.data : undefined;
  // Another county's staff see the measure's text (a public notice) and nothing of its work.
  if (!can(viewer, { action: "plan:read", plan: planRef(plan) })) {
    const data = await listMeasureReports(viewer, id.data);
    if (!data) notFound();
    return (
      <>
        <MeasureHeading plan={plan} measure={data.measure} />
        <div className="mb-5">
          <MeasureCard measure={data.measure} plan={plan} showNumber={false} linkToReports={false} />
        </div>
        <ForbiddenNotice title="" detail={planMessages.forbidden} />
      </>
    );
  }
  const [data, history, status, milestones, extensions, chases, chaseOptions, carried] = await Promise.all([
    listMeasureReports(viewer, id.data),
    getMeasureHistory(viewer, id.data),
    getMeasureStatus(viewer, plan, id.data, when),
    getMeasureTimeline(viewer, id.data, when),
    getMeasureExtensions(viewer, id.data),
    listMeasureChases(viewer, id.data),
    getChaseOptions(viewer, id.data),
    getCarryOverLinks(id.data),
  ]);
  if (!data) notFound();
  const [problems, marks] = await Promise.all([listMeasureProblems(viewer, id.data), listIndicatorMarks(viewer, id.data)]);
  const { measure } = data;
  return (
    <>
      <MeasureHeading plan={plan} measure={measure} />
      {plan.frozenOn ? (
        <p className="mb-4 rounded-md border border-slate-300 bg-slate-100 p-3 text-sm text-slate-800" data-testid="plan-frozen">
          {planMessages.frozenNotice(plan.frozenOn)}
        </p>
      ) : null}
      <CarryOverNote links={carried} />
      <div className="mb-5">
        <MeasureCard
          measure={measure}
          plan={plan}
          showNumber={false}
          linkToReports={false}
          due={status?.status}
          actions={<RequestExtensionLink measureId={measure.id} data={extensions} />}
        />
      </div>
      {status ? <MeasureStatusPanel measureId={measure.id} data={status} /> : null}
      <IndicatorMarks data={marks} />
      {milestones ? <MeasureMilestones measureId={measure.id} data={milestones} /> : null}
      <MeasureExtensions data={extensions} />
      <MeasureReports data={data} />
      <MeasureProblems measureId={measure.id} data={problems} />
      {chaseOptions ? <ChaseCard options={chaseOptions} /> : null}
      <MeasureHistory entries={history} chases={chases} />
    </>
  );
}
