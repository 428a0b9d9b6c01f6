import type { ReportDetails as Report, ReportIndicator } from "@/lib/data/reports/report-details.ts";
import { fromDbDate } from "@/lib/domain/dates.ts";
import { formatDate, formatDateTime, formatNumber } from "@/lib/format.ts";
import { milestoneMessages } from "@/lib/messages/milestones.ts";
import { reportMessages as m } from "@/lib/messages/reports.ts";
import { AttachmentLink } from "./attachment-link.tsx";
import { QualityWarnings } from "@/components/quality/quality-warnings.tsx";
import { readStoredWarnings } from "@/lib/domain/quality/stored-warnings.ts";

const d = m.details;

/** One report, read-only: figures, texts, indicator actuals and evidence files. */
export function ReportDetails({ report, indicators }: { report: Report; indicators: ReportIndicator[] }) {
  const actual = new Map(report.actuals.map((a) => [a.indicatorId, a.value]));
  return (
    <div className="text-sm" data-testid="report-details">
      <div className="mb-3 empty:hidden">
        <QualityWarnings warnings={readStoredWarnings(report.qualityWarnings)} explanation={report.qualityExplanation} />
      </div>
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[7rem_1fr]">
        <dt className="text-slate-600">{d.percent}</dt>
        <dd className="font-medium tabular-nums" data-testid="report-percent">
          {report.percent != null ? `${report.percent}%` : d.empty}
        </dd>
        {(["progress", "problems", "nextSteps"] as const).map((field) => (
          <div key={field} className="contents">
            <dt className="text-slate-600">{d[field]}</dt>
            <dd className="whitespace-pre-wrap leading-6" data-testid={`report-${field}`}>
              {report[field] || <span className="text-slate-600">{d.empty}</span>}
            </dd>
          </div>
        ))}
        {indicators.length > 0 ? (
          <>
            <dt className="text-slate-600">{d.actuals}</dt>
            <dd>
              <ul className="space-y-0.5">
                {indicators.map((i) => (
                  <li key={i.id} data-testid="report-actual">
                    {i.label}：
                    <span className="font-medium tabular-nums">
                      {actual.has(i.id) ? `${formatNumber(actual.get(i.id)!)}${i.unit === "%" ? "%" : ` ${i.unit}`}` : d.noActual}
                    </span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {report.milestoneMarks.length > 0 ? (
          <>
            <dt className="text-slate-600">{milestoneMessages.report.detailsTitle}</dt>
            <dd>
              <ul className="space-y-0.5" data-testid="report-milestones">
                {report.milestoneMarks.map((mark) => (
                  <li key={mark.milestoneId}>
                    {milestoneMessages.report.detailsItem(mark.milestone.title, formatDate(fromDbDate(mark.reachedOn)))}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt className="text-slate-600">{d.attachments}</dt>
        <dd>
          {report.attachments.length === 0 ? (
            <span className="text-slate-600">{m.form.noFiles}</span>
          ) : (
            <ul className="space-y-0.5">
              {report.attachments.map((file) => (
                <li key={file.id}>
                  <AttachmentLink file={file} />
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <p className="mt-3 text-xs text-slate-600">
        {[
          report.submittedAt ? d.submittedAt(formatDateTime(report.submittedAt)) : null,
          report.reviewedAt ? d.reviewedAt(formatDateTime(report.reviewedAt)) : null,
          d.updatedAt(formatDateTime(report.updatedAt)),
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
    </div>
  );
}
