import type { Metadata } from "next";
import { connection } from "next/server";
import { InspectionForm } from "@/components/inspections/inspection-form.tsx";
import { ForbiddenNotice } from "@/components/reports/forbidden-notice.tsx";
import { Card } from "@/components/ui/card.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { FINDING_NOTES_LIMIT, INSPECTION_NOTES_LIMIT } from "@/lib/data/inspections/inspection-input.ts";
import { listInspectionMeasures } from "@/lib/data/inspections/list-inspection-measures.ts";
import { inspectionMessages as m } from "@/lib/messages/inspections.ts";
import { PlanEyebrow } from "@/components/plan/plan-eyebrow.tsx";
import { choosePagePlan } from "@/components/plan/plan-gate.tsx";
import { planRef } from "@/lib/data/plans/resolve-plan.ts";
import { planHref } from "@/lib/plan-links.ts";
import { Breadcrumb } from "@/components/ui/breadcrumb.tsx";

export const metadata: Metadata = { title: m.form.title };

export default async function NewInspectionPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const raw = await searchParams;
  const viewer = await requirePageViewer();
  const { plan, blocked } = await choosePagePlan(viewer, raw, "read", m.form.title);
  if (!plan) return blocked;
  if (!can(viewer, { action: "inspection:manage", plan: planRef(plan) }))
    return <ForbiddenNotice title={m.form.title} detail={m.form.forbidden} />;
  const data = await listInspectionMeasures(viewer, plan);
  return (
    <>
      <Breadcrumb trail={[{ href: planHref("/inspections", plan), label: m.detail.back }]} />
      <PageTitle eyebrow={<PlanEyebrow plan={plan} />}>{m.form.title}</PageTitle>
      <p className="mb-4 text-sm text-slate-700">{m.form.intro}</p>
      <Card>
        <InspectionForm data={data} limits={{ notes: INSPECTION_NOTES_LIMIT, findingNotes: FINDING_NOTES_LIMIT }} />
      </Card>
    </>
  );
}
