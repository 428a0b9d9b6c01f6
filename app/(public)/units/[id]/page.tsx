import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { RollUpNote } from "@/components/status/roll-up-note.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { asOfSchema } from "@/lib/data/status/status-params.ts";
import { getViewer } from "@/lib/auth/viewer.ts";
import { getStatusIndex } from "@/lib/data/status/get-status-index.ts";
import { UnitMeasureList } from "@/components/units/unit-measure-list.tsx";
import { getUnitById } from "@/lib/data/units/get-unit-by-id.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
import { PlanEyebrow } from "@/components/plan/plan-eyebrow.tsx";
import { choosePagePlan } from "@/components/plan/plan-gate.tsx";
import { planHref } from "@/lib/plan-links.ts";
import { Breadcrumb } from "@/components/ui/breadcrumb.tsx";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const unitIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,8}$/)
  .transform(Number);

async function loadUnit({ params, searchParams }: Props) {
  const { plan } = await choosePagePlan(await getViewer(), await searchParams, "public");
  const parsed = unitIdSchema.safeParse((await params).id);
  return plan && parsed.success ? getUnitById(plan, parsed.data) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  await connection();
  return { title: (await loadUnit(props))?.name ?? messages.errors.notFoundTitle };
}

export default async function UnitPage(props: Props) {
  const asOf = asOfSchema.safeParse((await props.searchParams).asOf);
  await connection();
  const unit = await loadUnit(props);
  if (!unit) notFound();
  const { plan } = unit;
  const status = await getStatusIndex(await getViewer(), plan, asOf.success ? asOf.data : undefined);
  const rollUp = status?.units.get(unit.id);
  const leads = unit.measures.filter((m) => m.role === "LEAD");
  const coOwns = unit.measures.filter((m) => m.role === "CO");
  return (
    <>
      <Breadcrumb trail={[{ href: planHref("/units", plan), label: messages.units.title }]} />
      <PageTitle eyebrow={<PlanEyebrow plan={plan} />}>{unit.name}</PageTitle>
      {rollUp ? <RollUpNote rollUp={rollUp} /> : null}
      <UnitMeasureList id="lead-measures" title={messages.units.leadSection} measures={leads} statuses={status?.measures} plan={plan} />
      <UnitMeasureList id="co-measures" title={messages.units.coSection} measures={coOwns} statuses={status?.measures} plan={plan} />
    </>
  );
}
