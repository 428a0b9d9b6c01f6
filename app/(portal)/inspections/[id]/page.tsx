import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { InspectionFindings } from "@/components/inspections/inspection-findings.tsx";
import { Card } from "@/components/ui/card.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { getInspection } from "@/lib/data/inspections/get-inspection.ts";
import { formatDate, formatDateTime } from "@/lib/format.ts";
import { inspectionMessages as m } from "@/lib/messages/inspections.ts";
import { getPlanSummary } from "@/lib/data/plans/resolve-plan.ts";
import { planHref } from "@/lib/plan-links.ts";
import { idParamSchema } from "@/lib/route-params.ts";
import { Breadcrumb } from "@/components/ui/breadcrumb.tsx";

export const metadata: Metadata = { title: m.title };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const savedSchema = z.enum(["1"]).optional().catch(undefined);

export default async function InspectionPage({ params, searchParams }: Props) {
  await connection();
  const raw = (await params).id;
  const viewer = await requirePageViewer();
  const id = idParamSchema.safeParse(raw);
  if (!id.success) notFound();
  const inspection = await getInspection(viewer, id.data);
  if (!inspection) notFound();
  const saved = savedSchema.parse((await searchParams).saved);
  const d = m.detail;
  return (
    <>
      <Breadcrumb trail={[{ href: planHref("/inspections", await getPlanSummary(viewer, inspection.planId)), label: d.back }]} />
      <PageTitle eyebrow={m.title}>{m.quarterLabel(inspection.year, inspection.quarter)}</PageTitle>
      {saved ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900"
          data-testid="inspection-saved"
        >
          {m.form.saved(inspection.findings.filter((f) => f.problem).length)}
        </p>
      ) : null}
      <Card className="mb-5">
        <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[7rem_1fr]">
          <dt className="text-slate-600">{d.date}</dt>
          <dd>{formatDate(inspection.inspectedOn)}</dd>
          <dt className="text-slate-600">{d.notes}</dt>
          <dd className="whitespace-pre-wrap">{inspection.notes || "—"}</dd>
        </dl>
        <p className="mt-3 text-xs text-slate-600">{d.recordedBy(inspection.recordedBy, formatDateTime(inspection.createdAt))}</p>
      </Card>
      <Card aria-labelledby="findings-title">
        <h2 id="findings-title" className="mb-2 text-lg font-bold">
          {d.findings}
        </h2>
        <InspectionFindings findings={inspection.findings} />
      </Card>
    </>
  );
}
