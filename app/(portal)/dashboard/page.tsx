import type { Metadata } from "next";
import { connection } from "next/server";
import { ChaseOverdueForm } from "@/components/chases/chase-overdue-form.tsx";
import { DashboardPanels } from "@/components/dashboard/dashboard-panels.tsx";
import { DashboardStatusLine } from "@/components/dashboard/dashboard-status-line.tsx";
import { PlanEyebrow } from "@/components/plan/plan-eyebrow.tsx";
import { choosePagePlan } from "@/components/plan/plan-gate.tsx";
import { AsOfForm } from "@/components/status/as-of-form.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { getOverdueSummary } from "@/lib/data/chases/chase-overdue-units.ts";
import { listMilestoneAgenda } from "@/lib/data/milestones/list-milestone-agenda.ts";
import { planRef, statusDateOf } from "@/lib/data/plans/resolve-plan.ts";
import { listQualityWarnings } from "@/lib/data/quality/list-quality-warnings.ts";
import { getDashboard } from "@/lib/data/status/get-dashboard.ts";
import { dashboardParamsSchema } from "@/lib/data/status/status-params.ts";
import { planLabel } from "@/lib/format.ts";
import { statusMessages } from "@/lib/messages/status.ts";

const d = statusMessages.dashboard;
const UNIT_LIMIT = 30;
export const metadata: Metadata = { title: d.title };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  await connection();
  const raw = await searchParams;
  const viewer = await requirePageViewer();
  const { plan, blocked } = await choosePagePlan(viewer, raw, "read", d.title);
  if (!plan) return blocked;
  const parsed = dashboardParamsSchema.safeParse({ asOf: raw.asOf, sort: raw.sort, units: raw.units });
  const params = parsed.success ? parsed.data : { asOf: undefined, sort: "onTime" as const, units: undefined };
  // Large plans (county plans have hundreds of units): the first units unless all are asked for.
  const unitLimit = params.units === "all" ? Infinity : UNIT_LIMIT;
  // All four read at once: after a write, this page is rendered again while readers wait for it.
  const asOf = statusDateOf(plan, params.asOf);
  const mayChase = can(viewer, { action: "chase:send", plan: planRef(plan) });
  const [data, agenda, quality, overdue] = await Promise.all([
    getDashboard(viewer, plan, asOf, { sort: params.sort, unitLimit }),
    listMilestoneAgenda(viewer, plan, asOf),
    listQualityWarnings(viewer, plan.id, asOf),
    mayChase ? getOverdueSummary(viewer, plan) : null,
  ]);
  const error = parsed.success ? undefined : statusMessages.asOfInvalid;
  return (
    <>
      <PageTitle eyebrow={<PlanEyebrow plan={plan} />} aside={<AsOfForm action="/dashboard" asOf={asOf} error={error} plan={plan} />}>
        {d.title}
      </PageTitle>
      <DashboardStatusLine status={data.status} plan={plan} />
      {overdue ? (
        <div className="mb-4 print:hidden">
          <ChaseOverdueForm planId={plan.id} planName={planLabel(plan)} summary={overdue} />
        </div>
      ) : null}
      <DashboardPanels
        data={data}
        agenda={agenda}
        quality={quality}
        sort={params.sort}
        unitLimit={unitLimit}
        canReview={can(viewer, { action: "review:list" })}
        plan={plan}
      />
    </>
  );
}
