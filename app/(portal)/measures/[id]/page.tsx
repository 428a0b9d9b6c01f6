import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { MeasureMilestones } from "@/components/milestones/measure-milestones.tsx";
import { MeasureProblems } from "@/components/problems/measure-problems.tsx";
import { MeasureExtensions, RequestExtensionLink } from "@/components/extensions/measure-extensions.tsx";
import { ChaseCard } from "@/components/chases/chase-card.tsx";
import { MeasureHistory } from "@/components/reports/measure-history.tsx";
import { MeasureReports } from "@/components/reports/measure-reports.tsx";
import { MeasureCard } from "@/components/tasks/measure-card.tsx";
import { MeasureStatusPanel } from "@/components/status/measure-status-panel.tsx";
import { IndicatorMarks } from "@/components/quality/indicator-marks.tsx";
import { listIndicatorMarks } from "@/lib/data/quality/indicator-marks.ts";
import { getMeasureTimeline } from "@/lib/data/milestones/get-measure-timeline.ts";
import { getMeasureExtensions } from "@/lib/data/extensions/get-measure-extensions.ts";
import { getMeasureStatus } from "@/lib/data/status/get-measure-status.ts";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { asOfSchema } from "@/lib/data/status/status-params.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { listMeasureProblems } from "@/lib/data/problems/list-measure-problems.ts";
import { getChaseOptions } from "@/lib/data/chases/get-chase-options.ts";
import { listMeasureChases } from "@/lib/data/chases/list-measure-chases.ts";
import { getMeasureHistory } from "@/lib/data/reports/get-measure-history.ts";
import { listMeasureReports } from "@/lib/data/reports/list-measure-reports.ts";
import { reportMessages as m } from "@/lib/messages/reports.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
import { idParamSchema } from "@/lib/route-params.ts";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: m.measurePage.title };

export default async function MeasurePage({ params, searchParams }: Props) {
  const asOf = asOfSchema.safeParse((await searchParams).asOf);
  await connection();
  const raw = (await params).id;
  const viewer = await requirePageViewer(`/measures/${encodeURIComponent(raw)}`);
  const id = idParamSchema.safeParse(raw);
  if (!id.success) notFound();
  const [data, history, status, milestones, extensions, chases, chaseOptions] = await Promise.all([listMeasureReports(viewer, id.data), getMeasureHistory(viewer, id.data), getMeasureStatus(viewer, id.data, asOf.success ? asOf.data : undefined), getMeasureTimeline(viewer, id.data, asOf.success ? asOf.data : undefined), getMeasureExtensions(viewer, id.data), listMeasureChases(viewer, id.data), getChaseOptions(viewer, id.data)]);
  if (!data) notFound();
  const [problems, marks] = await Promise.all([listMeasureProblems(viewer, id.data), listIndicatorMarks(viewer, id.data)]);
  const { measure } = data;
  return (
    <>
      <nav aria-label="面包屑" className="mb-3 text-sm print:hidden">
        <Link href={`/tasks/${measure.task.number}`}>{m.measurePage.backToTask(measure.task.number)}</Link>
      </nav>
      <PageTitle eyebrow={`${messages.tasks.number(measure.task.number)}：${measure.task.title}`}>
        {messages.tasks.number(measure.task.number)} {messages.tasks.measure(measure.number)}
      </PageTitle>
      <div className="mb-5">
        <MeasureCard measure={measure} showNumber={false} linkToReports={false} due={status?.status} actions={<RequestExtensionLink measureId={measure.id} data={extensions} />} />
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
