import type { Metadata } from "next";
import { connection } from "next/server";
import { ActionColourChart } from "@/components/dashboard/action-colour-chart.tsx";
import { ColourMixChart } from "@/components/dashboard/colour-mix-chart.tsx";
import { AllUnitsLink } from "@/components/dashboard/all-units-link.tsx";
import { HeatmapTable } from "@/components/dashboard/heatmap-table.tsx";
import { RedItemList } from "@/components/dashboard/red-item-list.tsx";
import { TrendChart } from "@/components/dashboard/trend-chart.tsx";
import { UnitScoreboard } from "@/components/dashboard/unit-scoreboard.tsx";
import { QualityPanel } from "@/components/dashboard/quality-panel.tsx";
import { MilestoneAgenda } from "@/components/milestones/milestone-agenda.tsx";
import { PlanEyebrow } from "@/components/plan/plan-eyebrow.tsx";
import { choosePagePlan } from "@/components/plan/plan-gate.tsx";
import { AsOfForm } from "@/components/status/as-of-form.tsx";
import { ColourBadge } from "@/components/status/colour-badge.tsx";
import { Card } from "@/components/ui/card.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { listQualityWarnings } from "@/lib/data/quality/list-quality-warnings.ts";
import { qualityMessages } from "@/lib/messages/quality.ts";
import { listMilestoneAgenda } from "@/lib/data/milestones/list-milestone-agenda.ts";
import { getDashboard } from "@/lib/data/status/get-dashboard.ts";
import { dashboardParamsSchema } from "@/lib/data/status/status-params.ts";
import { statusMessages } from "@/lib/messages/status.ts";
import { planMessages } from "@/lib/messages/plans.ts";
import { planHref } from "@/lib/plan-links.ts";
import { ChaseOverdueForm } from "@/components/chases/chase-overdue-form.tsx";
import { getOverdueSummary } from "@/lib/data/chases/chase-overdue-units.ts";
import { planRef } from "@/lib/data/plans/resolve-plan.ts";
import { formatDate, planLabel } from "@/lib/format.ts";

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
  const [data, agenda] = await Promise.all([
    getDashboard(viewer, plan, params.asOf, { sort: params.sort, unitLimit }),
    listMilestoneAgenda(viewer, plan, params.asOf),
  ]);
  const { status, tables } = data;
  const ledgerHref = planHref(`/exports/ledger?asOf=${status.asOf}`, plan);
  const quality = await listQualityWarnings(viewer, plan.id, status.asOf);
  const overdue = can(viewer, { action: "chase:send", plan: planRef(plan) }) ? await getOverdueSummary(viewer, plan) : null;
  return (
    <>
      <PageTitle
        eyebrow={<PlanEyebrow plan={plan} />}
        aside={
          <AsOfForm action="/dashboard" asOf={status.asOf} error={parsed.success ? undefined : statusMessages.asOfInvalid} plan={plan} />
        }
      >
        {d.title}
      </PageTitle>
      <p className="-mt-3 mb-5 flex flex-wrap items-center gap-2 text-sm text-slate-700" data-testid="plan-colour">
        {statusMessages.asOf} {formatDate(status.asOf)}：全计划 <ColourBadge colour={status.plan.colour} />
        {status.plan.progress === null ? null : <span>加权进度 {status.plan.progress}%</span>}
        <span className="text-slate-500" title={status.plan.formula}>
          （{statusMessages.rollUpNote}：{status.plan.formula}）
        </span>
        <a href={ledgerHref} className="print:hidden" data-testid="ledger-export">
          {d.exportLedger}
        </a>
        <a
          href={planHref(`/exports/ledger?asOf=${status.asOf}&by=unit`, plan)}
          className="print:hidden"
          data-testid="ledger-export-by-unit"
        >
          {d.exportLedgerByUnit}
        </a>
        {plan.region.level === "CITY" ? (
          <a href={planHref(`/counties?asOf=${status.asOf}`, plan)} className="print:hidden" data-testid="counties-link">
            {planMessages.counties.link}
          </a>
        ) : null}
      </p>
      {overdue ? (
        <div className="mb-4 print:hidden">
          <ChaseOverdueForm planId={plan.id} planName={planLabel(plan)} summary={overdue} />
        </div>
      ) : null}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Card>
          <h2 className="mb-2 font-bold">{d.colourMix}</h2>
          <ColourMixChart counts={tables.counts} />
        </Card>
        <Card>
          <h2 className="mb-2 font-bold">{d.trend}</h2>
          <TrendChart points={data.trend.map((p) => ({ label: p.label, ...p.counts }))} />
        </Card>
        <Card className="lg:col-span-2">
          <h2 className="mb-2 font-bold">{d.byAction}</h2>
          <ActionColourChart rows={tables.byAction.map((a) => ({ ...a, name: `行动${a.number}` }))} />
        </Card>
        <Card className="lg:col-span-2">
          <h2 className="mb-2 font-bold">{d.redItems}</h2>
          <RedItemList items={tables.redItems} ledgerHref={ledgerHref} plan={plan} />
        </Card>
        <MilestoneAgenda data={agenda} className="lg:col-span-2" />
        <Card>
          <h2 id="scoreboard" className="mb-2 font-bold">
            {d.scoreboard}
          </h2>
          <UnitScoreboard rows={tables.scoreboard} sort={params.sort} asOf={status.asOf} plan={plan} />
          <AllUnitsLink
            shown={Math.min(unitLimit, status.units.length)}
            total={status.units.length}
            href={planHref(`/dashboard?asOf=${status.asOf}&sort=${params.sort}&units=all#scoreboard`, plan)}
          />
        </Card>
        <Card>
          <h2 className="mb-2 font-bold">{d.heatmap}</h2>
          <HeatmapTable data={tables.heatmap} />
        </Card>
        <Card className="lg:col-span-2">
          <h2 className="mb-2 font-bold">{qualityMessages.panel.title}</h2>
          <QualityPanel units={quality} canReview={can(viewer, { action: "review:list" })} />
        </Card>
      </div>
    </>
  );
}
