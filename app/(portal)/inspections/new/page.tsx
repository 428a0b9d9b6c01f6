import type { Metadata } from "next";
import Link from "next/link";
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

export const metadata: Metadata = { title: m.form.title };

export default async function NewInspectionPage() {
  await connection();
  const viewer = await requirePageViewer("/inspections/new");
  if (!can(viewer, { action: "inspection:manage" })) return <ForbiddenNotice title={m.form.title} detail={m.form.forbidden} />;
  const data = await listInspectionMeasures(viewer);
  return (
    <>
      <nav aria-label="面包屑" className="mb-3 text-sm print:hidden">
        <Link href="/inspections">{m.detail.back}</Link>
      </nav>
      <PageTitle>{m.form.title}</PageTitle>
      <p className="mb-4 text-sm text-slate-700">{m.form.intro}</p>
      <Card>{data ? <InspectionForm data={data} limits={{ notes: INSPECTION_NOTES_LIMIT, findingNotes: FINDING_NOTES_LIMIT }} /> : <p>{m.noPlan}</p>}</Card>
    </>
  );
}
