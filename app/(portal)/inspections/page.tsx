import type { Metadata } from "next";
import { connection } from "next/server";
import { InspectionTable } from "@/components/inspections/inspection-table.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { listInspections } from "@/lib/data/inspections/list-inspections.ts";
import { inspectionMessages as m } from "@/lib/messages/inspections.ts";
import { PlanEyebrow } from "@/components/plan/plan-eyebrow.tsx";
import { choosePagePlan } from "@/components/plan/plan-gate.tsx";
import { planRef } from "@/lib/data/plans/resolve-plan.ts";
import { planHref } from "@/lib/plan-links.ts";
import { ButtonLink } from "@/components/ui/button.tsx";

export const metadata: Metadata = { title: m.title };

export default async function InspectionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const raw = await searchParams;
  const viewer = await requirePageViewer();
  const { plan, blocked } = await choosePagePlan(viewer, raw, "read", m.title);
  if (!plan) return blocked;
  const list = await listInspections(viewer, plan);
  const canRecord = can(viewer, { action: "inspection:manage", plan: planRef(plan) });
  return (
    <>
      <PageTitle
        eyebrow={<PlanEyebrow plan={plan} />}
        aside={
          canRecord ? (
            <ButtonLink href={planHref("/inspections/new", plan)} className="print:hidden">
              {m.create}
            </ButtonLink>
          ) : null
        }
      >
        {m.title}
      </PageTitle>
      <p className="mb-4 text-sm text-slate-700">{m.intro}</p>
      {list.rows.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">{m.empty}</p>
      ) : (
        <InspectionTable rows={list.rows} />
      )}
    </>
  );
}
