// 审核台: the report being reviewed beside the unit's previous report on the measure and the
// measure's 序时进度, with approve / return and previous / next (links, and J/K or ←/→).
import Link from "next/link";
import { ColourBadge } from "@/components/status/colour-badge.tsx";
import { Card } from "@/components/ui/card.tsx";
import type { ReviewDesk as Desk } from "@/lib/data/reports/get-review-desk.ts";
import type { ReviewFilters } from "@/lib/data/reports/list-review-queue.ts";
import { formatDate, planLabel } from "@/lib/format.ts";
import { deskMessages as d } from "@/lib/messages/review-desk.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
import { deskHref, reviewQueueHref } from "@/lib/review-links.ts";
import { DeskDecision } from "./desk-decision.tsx";
import { DeskKeys } from "./desk-keys.tsx";
import { ReportDetails } from "./report-details.tsx";
import { ReportStateBadge } from "./report-state-badge.tsx";

type Filters = Pick<ReviewFilters, "plan" | "unit" | "action">;

export function ReviewDesk({ desk, filters }: { desk: Desk; filters: Filters }) {
  const { report, queue, status } = desk;
  const previousHref = queue.previousId ? deskHref(queue.previousId, filters) : null;
  const nextHref = queue.nextId ? deskHref(queue.nextId, filters) : null;
  const measureLabel = `${messages.tasks.number(desk.measure.task.number)} ${messages.tasks.measure(desk.measure.number)}`;
  return (
    <div
      data-testid="review-desk"
      data-report={report.id}
      data-unit={desk.unit.name}
      data-measure={measureLabel}
      data-period={desk.period.label}
    >
      <DeskKeys previousHref={previousHref} nextHref={nextHref} />
      <nav aria-label={d.keysLabel} className="mb-4 flex flex-wrap items-center gap-3 text-sm">
        <Link href={reviewQueueHref(filters)}>← {d.backToQueue}</Link>
        <span className="text-slate-700" data-testid="desk-position">
          {queue.position ? d.position(queue.position, queue.total) : d.notWaiting}
        </span>
        {previousHref ? (
          <Link href={previousHref} rel="prev" data-testid="desk-previous">
            {d.previous}
          </Link>
        ) : (
          <span className="text-slate-500">{d.previous}</span>
        )}
        {nextHref ? (
          <Link href={nextHref} rel="next" data-testid="desk-next">
            {d.next}
          </Link>
        ) : (
          <span className="text-slate-500">{d.next}</span>
        )}
        <span className="text-slate-600" data-testid="desk-keys-hint">
          <kbd className="rounded border border-slate-300 bg-slate-50 px-1">J</kbd> /{" "}
          <kbd className="rounded border border-slate-300 bg-slate-50 px-1">→</kbd> {d.next}，
          <kbd className="rounded border border-slate-300 bg-slate-50 px-1">K</kbd> /{" "}
          <kbd className="rounded border border-slate-300 bg-slate-50 px-1">←</kbd> {d.previous}
        </span>
      </nav>
      <Card className="mb-4">
        <p className="text-sm text-brand-800">{planLabel(desk.plan)}</p>
        <h2 className="mt-1 text-lg font-bold">
          {desk.unit.name} · {measureLabel} · {desk.period.label}
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          {desk.measure.task.title}：{desk.measure.text}
        </p>
        <p className="mt-2 flex flex-wrap items-center gap-3 text-sm">
          <ReportStateBadge state={report.state} />
          <Link href={`/measures/${desk.measure.id}`}>{d.viewMeasure}</Link>
        </p>
      </Card>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card aria-labelledby="desk-this">
          <h3 id="desk-this" className="mb-3 font-bold">
            {d.thisReport}
          </h3>
          <ReportDetails report={report} indicators={desk.indicators} />
          {report.state === "SUBMITTED" ? (
            <div className="mt-4 border-t border-slate-200 pt-4">
              <DeskDecision reportId={report.id} afterHref={nextHref ?? reviewQueueHref(filters)} />
            </div>
          ) : null}
        </Card>
        <div className="space-y-4">
          <Card aria-labelledby="desk-expected">
            <h3 id="desk-expected" className="mb-2 font-bold">
              {d.expected}
            </h3>
            {status ? (
              <div className="space-y-2 text-sm" data-testid="desk-expected">
                <p>{d.expectedNote(formatDate(status.asOf), status.expected)}</p>
                {report.percent != null ? <p className="font-medium">{d.percentVsExpected(report.percent, status.expected)}</p> : null}
                <p className="flex flex-wrap items-center gap-2">
                  {d.statusNote}：<ColourBadge colour={status.colour} reason={status.reasons[0]} />
                </p>
              </div>
            ) : null}
          </Card>
          <Card aria-labelledby="desk-previous-report">
            <h3 id="desk-previous-report" className="mb-3 font-bold">
              {desk.previous ? d.previousReport(desk.previous.period.label) : d.previousReport("—")}
            </h3>
            <div data-testid="desk-previous-report">
              {desk.previous ? (
                <ReportDetails report={desk.previous} indicators={desk.indicators} />
              ) : (
                <p className="text-sm text-slate-700">{d.noPreviousReport}</p>
              )}
            </div>
          </Card>
        </div>
      </div>
    </div>
  );
}
