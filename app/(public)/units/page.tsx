import type { Metadata } from "next";
import { connection } from "next/server";
import { PlanEyebrow } from "@/components/plan/plan-eyebrow.tsx";
import { choosePagePlan } from "@/components/plan/plan-gate.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { UnitTable } from "@/components/units/unit-table.tsx";
import { getViewer } from "@/lib/auth/viewer.ts";
import { colourOf, getStatusIndex } from "@/lib/data/status/get-status-index.ts";
import { listUnits } from "@/lib/data/units/list-units.ts";
import { messages } from "@/lib/messages/zh-CN.ts";

export const metadata: Metadata = { title: messages.units.title };

export default async function UnitsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const viewer = await getViewer();
  const { plan, blocked } = await choosePagePlan(viewer, await searchParams, "public");
  if (!plan) return blocked;
  const [list, status] = await Promise.all([listUnits(plan), getStatusIndex(viewer, plan)]);
  return (
    <>
      <PageTitle
        eyebrow={<PlanEyebrow plan={plan} />}
        aside={<p className="text-sm text-slate-600">{messages.units.unitCount(list.units.length)}</p>}
      >
        {messages.units.title}
      </PageTitle>
      <UnitTable units={list.units} plan={plan} colours={status ? colourOf(status.units) : undefined} />
    </>
  );
}
