import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { InspectionTable } from "@/components/inspections/inspection-table.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { listInspections } from "@/lib/data/inspections/list-inspections.ts";
import { inspectionMessages as m } from "@/lib/messages/inspections.ts";

export const metadata: Metadata = { title: m.title };

export default async function InspectionsPage() {
  await connection();
  const viewer = await requirePageViewer("/inspections");
  const list = await listInspections(viewer);
  const canRecord = can(viewer, { action: "inspection:manage" }) && list.planYear !== null;
  return (
    <>
      <PageTitle
        aside={
          canRecord ? (
            <Link href="/inspections/new" className="rounded-md bg-brand-600 px-4 py-1.5 font-medium text-white no-underline hover:bg-brand-700 print:hidden">{m.create}</Link>
          ) : null
        }
      >
        {m.title}
      </PageTitle>
      <p className="mb-4 text-sm text-slate-700">{m.intro}</p>
      {list.planYear === null ? (
        <p className="text-slate-700">{m.noPlan}</p>
      ) : list.rows.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">{m.empty}</p>
      ) : (
        <InspectionTable rows={list.rows} />
      )}
    </>
  );
}
