// A unit's report of a period on the inbox page: why it was returned, if it was, and the form (or,
// once submitted, what was filed).
import { ReportDetails } from "@/components/reports/report-details.tsx";
import { ReportForm } from "@/components/reports/report-form.tsx";
import { Card } from "@/components/ui/card.tsx";
import type { ReportForm as ReportFormData } from "@/lib/data/reports/get-report-form.ts";
import { TEXT_LIMIT } from "@/lib/data/reports/report-input.ts";
import { formatTarget } from "@/lib/format.ts";
import { reportMessages as m } from "@/lib/messages/reports.ts";

/** `editable`: the report may still be saved (not frozen, in a state that takes a save). */
export function ReportFormCard({ data, editable }: { data: ReportFormData; editable: boolean }) {
  const { measure, period, report, milestones, today } = data;
  return (
    <>
      {report?.state === "RETURNED" && report.returnReason ? (
        <section
          aria-labelledby="return-reason"
          className="mb-5 rounded-lg border-2 border-amber-400 bg-amber-50 p-4 text-amber-950"
          data-testid="return-reason"
        >
          <h2 id="return-reason" className="font-bold">
            {m.form.returnedTitle}
          </h2>
          <p className="mt-1 whitespace-pre-wrap">{m.history.reason(report.returnReason)}</p>
        </section>
      ) : null}
      <Card aria-labelledby="report-heading">
        <h2 id="report-heading" className="mb-4 text-lg font-bold">
          {m.form.heading(period.label)}
        </h2>
        <ReportForm
          measureId={measure.id}
          periodId={period.id}
          editable={editable}
          report={report}
          indicators={measure.indicators.map((i) => ({ id: i.id, label: i.label, target: formatTarget(i), unit: i.unit }))}
          textLimit={TEXT_LIMIT}
          milestones={{ items: milestones, today }}
          quality={{ context: data.quality, today }}
        >
          {report ? (
            <>
              <p className="mb-3 text-sm text-slate-700" data-testid="read-only-note">
                {m.form.readOnlyNote(m.states[report.state])}
              </p>
              <ReportDetails report={report} indicators={measure.indicators} />
            </>
          ) : null}
        </ReportForm>
      </Card>
    </>
  );
}
