// Under the dashboard's title: the plan's colour as of the day with its roll-up formula, and the
// ledger exports (by action, by unit) and, for the city's plan, the counties' comparison.
import { ColourBadge } from "@/components/status/colour-badge.tsx";
import type { PlanSummary } from "@/lib/data/plans/resolve-plan.ts";
import type { getDashboard } from "@/lib/data/status/get-dashboard.ts";
import { formatDate } from "@/lib/format.ts";
import { planMessages } from "@/lib/messages/plans.ts";
import { statusMessages } from "@/lib/messages/status.ts";
import { planHref } from "@/lib/plan-links.ts";

const d = statusMessages.dashboard;
type DashboardStatus = Awaited<ReturnType<typeof getDashboard>>["status"];

export function DashboardStatusLine({ status, plan }: { status: DashboardStatus; plan: PlanSummary }) {
  return (
    <p className="-mt-3 mb-5 flex flex-wrap items-center gap-2 text-sm text-slate-700" data-testid="plan-colour">
      {statusMessages.asOf} {formatDate(status.asOf)}：全计划 <ColourBadge colour={status.plan.colour} />
      {status.plan.progress === null ? null : <span>加权进度 {status.plan.progress}%</span>}
      <span className="text-slate-500" title={status.plan.formula}>
        （{statusMessages.rollUpNote}：{status.plan.formula}）
      </span>
      <a href={planHref(`/exports/ledger?asOf=${status.asOf}`, plan)} className="print:hidden" data-testid="ledger-export">
        {d.exportLedger}
      </a>
      <a href={planHref(`/exports/ledger?asOf=${status.asOf}&by=unit`, plan)} className="print:hidden" data-testid="ledger-export-by-unit">
        {d.exportLedgerByUnit}
      </a>
      {plan.region.level === "CITY" ? (
        <a href={planHref(`/counties?asOf=${status.asOf}`, plan)} className="print:hidden" data-testid="counties-link">
          {planMessages.counties.link}
        </a>
      ) : null}
    </p>
  );
}
