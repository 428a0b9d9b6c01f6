import { Card } from "@/components/ui/card.tsx";
import { UnitRoleBadge } from "@/components/units/unit-role-badge.tsx";
import type { MeasureReports as Data } from "@/lib/data/reports/list-measure-reports.ts";
import { reportMessages as m } from "@/lib/messages/reports.ts";
import { ReportDetails } from "./report-details.tsx";
import { ReportStateBadge } from "./report-state-badge.tsx";

/** Every readable report on the measure, by period; co-owning units' reports side by side. */
export function MeasureReports({ data }: { data: Data }) {
  return (
    <Card aria-labelledby="reports-title" className="mb-5">
      <h2 id="reports-title" className="mb-1 text-lg font-bold">
        {m.measurePage.reportsTitle}
      </h2>
      <p className="mb-4 text-sm text-slate-600">{m.measurePage.visibilityNote}</p>
      {data.periods.length === 0 ? (
        <p className="text-sm text-slate-700">{m.measurePage.noReports}</p>
      ) : (
        data.periods.map((period) => (
          <section key={period.id} aria-labelledby={`reports-${period.id}`} className="mb-5 last:mb-0" data-testid="report-period">
            <h3 id={`reports-${period.id}`} className="mb-2 font-bold">
              {period.label}
            </h3>
            <div className="grid gap-3 md:grid-cols-2">
              {period.reports.map((report) => (
                <article
                  key={report.id}
                  aria-labelledby={`report-${report.id}`}
                  className="rounded-md border border-slate-200 p-3"
                  data-testid="unit-report"
                >
                  <h4 id={`report-${report.id}`} className="mb-2 flex flex-wrap items-center gap-2 font-medium">
                    {report.unit.name}
                    <UnitRoleBadge role={report.unit.role} />
                    <ReportStateBadge state={report.state} />
                  </h4>
                  {report.state === "RETURNED" && report.returnReason ? (
                    <p className="mb-2 rounded bg-amber-50 p-2 text-sm text-amber-900">{m.inbox.returnReason(report.returnReason)}</p>
                  ) : null}
                  <ReportDetails report={report} indicators={data.measure.indicators} />
                </article>
              ))}
            </div>
          </section>
        ))
      )}
    </Card>
  );
}
