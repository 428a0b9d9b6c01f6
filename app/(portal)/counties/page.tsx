import type { Metadata } from "next";
import { connection } from "next/server";
import { z } from "zod";
import { CountySortNav } from "@/components/counties/county-sort-nav.tsx";
import { CountyTable } from "@/components/counties/county-table.tsx";
import { PlanEyebrow } from "@/components/plan/plan-eyebrow.tsx";
import { choosePagePlan } from "@/components/plan/plan-gate.tsx";
import { AsOfForm } from "@/components/status/as-of-form.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { getCountyComparison } from "@/lib/data/status/get-county-comparison.ts";
import { asOfSchema } from "@/lib/data/status/status-params.ts";
import { COUNTY_SORTS, type CountySort } from "@/lib/domain/status/county-comparison.ts";
import { planMessages } from "@/lib/messages/plans.ts";
import { statusMessages } from "@/lib/messages/status.ts";
import { planHref } from "@/lib/plan-links.ts";

const c = planMessages.counties;
export const metadata: Metadata = { title: c.title };
const sortSchema = z.enum(COUNTY_SORTS).catch("red");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CountiesPage({ searchParams }: Props) {
  await connection();
  const raw = await searchParams;
  const viewer = await requirePageViewer();
  const { plan, blocked } = await choosePagePlan(viewer, raw, "read", c.title);
  if (!plan) return blocked;
  if (plan.region.level !== "CITY") return <p className="text-slate-700">{c.notCity}</p>;
  const asOf = asOfSchema.safeParse(raw.asOf);
  const sort = sortSchema.parse(raw.sort);
  const data = await getCountyComparison(viewer, plan, asOf.success ? asOf.data : undefined, sort);
  const sortHref = (s: CountySort) => planHref(`/counties?asOf=${data.asOf}&sort=${s}`, plan);
  return (
    <>
      <PageTitle
        eyebrow={<PlanEyebrow plan={plan} />}
        aside={<AsOfForm action="/counties" asOf={data.asOf} error={asOf.success ? undefined : statusMessages.asOfInvalid} plan={plan} />}
      >
        {c.title}
      </PageTitle>
      <p className="-mt-3 mb-4 text-sm text-slate-700">{c.intro(plan.year)}</p>
      {data.rows.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">{c.none(plan.year)}</p>
      ) : (
        <>
          <CountySortNav sort={sort} sortHref={sortHref} />
          <CountyTable rows={data.rows} asOf={data.asOf} />
        </>
      )}
    </>
  );
}
