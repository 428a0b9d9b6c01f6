import type { Metadata } from "next";
import { connection } from "next/server";
import { NoPlan } from "@/components/plan/no-plan.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { UnitTable } from "@/components/units/unit-table.tsx";
import { listUnits } from "@/lib/data/units/list-units.ts";
import { messages } from "@/lib/messages/zh-CN.ts";

export const metadata: Metadata = { title: messages.units.title };

export default async function UnitsPage() {
  await connection();
  const list = await listUnits();
  if (!list) return <NoPlan />;
  return (
    <>
      <PageTitle eyebrow={list.plan.title} aside={<p className="text-sm text-slate-600">{messages.units.unitCount(list.units.length)}</p>}>
        {messages.units.title}
      </PageTitle>
      <UnitTable units={list.units} />
    </>
  );
}
