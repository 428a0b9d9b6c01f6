// The dashboard's panels: colour mix, trend, colours per action, red items, milestones due, the
// units' scoreboard, the actions × units heatmap and the data-quality warnings.
import { ActionColourChart } from "@/components/dashboard/action-colour-chart.tsx";
import { AllUnitsLink } from "@/components/dashboard/all-units-link.tsx";
import { ColourMixChart } from "@/components/dashboard/colour-mix-chart.tsx";
import { HeatmapTable } from "@/components/dashboard/heatmap-table.tsx";
import { QualityPanel } from "@/components/dashboard/quality-panel.tsx";
import { RedItemList } from "@/components/dashboard/red-item-list.tsx";
import { TrendChart } from "@/components/dashboard/trend-chart.tsx";
import { UnitScoreboard } from "@/components/dashboard/unit-scoreboard.tsx";
import { MilestoneAgenda } from "@/components/milestones/milestone-agenda.tsx";
import { Card } from "@/components/ui/card.tsx";
import type { MilestoneAgenda as Agenda } from "@/lib/data/milestones/list-milestone-agenda.ts";
import type { PlanSummary } from "@/lib/data/plans/resolve-plan.ts";
import type { listQualityWarnings } from "@/lib/data/quality/list-quality-warnings.ts";
import type { getDashboard } from "@/lib/data/status/get-dashboard.ts";
import type { ScoreSort } from "@/lib/domain/status/dashboard-tables.ts";
import { qualityMessages } from "@/lib/messages/quality.ts";
import { statusMessages } from "@/lib/messages/status.ts";
import { planHref } from "@/lib/plan-links.ts";

const d = statusMessages.dashboard;

export function DashboardPanels({
  data,
  agenda,
  quality,
  sort,
  unitLimit,
  canReview,
  plan,
}: {
  data: Awaited<ReturnType<typeof getDashboard>>;
  agenda: Agenda;
  quality: Awaited<ReturnType<typeof listQualityWarnings>>;
  sort: ScoreSort;
  unitLimit: number;
  canReview: boolean;
  plan: PlanSummary;
}) {
  const { status, tables } = data;
  return (
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
        <RedItemList red={tables.redItems} ledgerHref={planHref(`/exports/ledger?asOf=${status.asOf}`, plan)} plan={plan} />
      </Card>
      <MilestoneAgenda data={agenda} className="lg:col-span-2" />
      <Card>
        <h2 id="scoreboard" className="mb-2 font-bold">
          {d.scoreboard}
        </h2>
        <UnitScoreboard rows={tables.scoreboard} sort={sort} asOf={status.asOf} plan={plan} />
        <AllUnitsLink
          shown={Math.min(unitLimit, status.units.length)}
          total={status.units.length}
          href={planHref(`/dashboard?asOf=${status.asOf}&sort=${sort}&units=all#scoreboard`, plan)}
        />
      </Card>
      <Card>
        <h2 className="mb-2 font-bold">{d.heatmap}</h2>
        <HeatmapTable data={tables.heatmap} />
      </Card>
      <Card className="lg:col-span-2">
        <h2 className="mb-2 font-bold">{qualityMessages.panel.title}</h2>
        <QualityPanel units={quality} canReview={canReview} />
      </Card>
    </div>
  );
}
