import Link from "next/link";
import { ChaseDisclosure } from "@/components/chases/chase-disclosure.tsx";
import type { ReviewQueue } from "@/lib/data/reports/list-review-queue.ts";
import { formatDateTime, planLabel } from "@/lib/format.ts";
import { reportMessages as m } from "@/lib/messages/reports.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
import { deskMessages as desk } from "@/lib/messages/review-desk.ts";
import { deskHref } from "@/lib/review-links.ts";
import { BULK_FORM_ID, ReviewRowActions } from "./review-actions.tsx";
import { ReportStateBadge } from "./report-state-badge.tsx";
import { QualityWarnings } from "@/components/quality/quality-warnings.tsx";

const r = m.review;
const h = r.headers;

/** `showPlan`: the rows come from several plans, each row names its plan. */
export function ReviewTable({
  rows,
  showPlan,
  filters,
}: {
  rows: ReviewQueue["rows"];
  showPlan: boolean;
  filters: ReviewQueue["filters"];
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[56rem] text-left text-sm">
        <caption className="sr-only">{r.caption}</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {h.select}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {h.unit}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {h.measure}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {h.period}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {h.percent}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {h.state}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {h.submittedAt}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {h.actions}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => {
            const measure = `${messages.tasks.number(row.measure.task.number)} ${messages.tasks.measure(row.measure.number)}`;
            const label = `${row.unit.name} ${measure} ${row.period.label}`;
            const reviewable = row.state === "SUBMITTED";
            return (
              <tr key={row.id} data-testid="review-row" data-unit={row.unit.name} data-measure={measure} data-period={row.period.label}>
                <td className="px-3 py-2 align-top">
                  {reviewable && row.opened ? (
                    <>
                      <input type="checkbox" id={`select-${row.id}`} name="reportIds" value={row.id} form={BULK_FORM_ID} />
                      <label htmlFor={`select-${row.id}`} className="sr-only">
                        {r.select(row.unit.name, measure, row.period.label)}
                      </label>
                      <span className="block text-xs text-slate-600">{desk.opened}</span>
                    </>
                  ) : reviewable ? (
                    <span className="text-xs text-slate-600" data-testid="not-opened">
                      {desk.notOpenedHint}
                    </span>
                  ) : null}
                </td>
                <th scope="row" className="px-3 py-2 align-top font-normal">
                  {row.unit.name}
                </th>
                <td className="px-3 py-2 align-top">
                  {showPlan ? (
                    <span className="mb-0.5 block text-xs text-brand-800" data-testid="review-plan">
                      {planLabel(row.plan)}
                    </span>
                  ) : null}
                  <span className="font-medium">{measure}</span>
                  <span className="ml-1 text-slate-700">{row.measure.task.title}</span>
                  {row.state === "RETURNED" && row.returnReason ? (
                    <p className="mt-1 text-amber-900">{m.inbox.returnReason(row.returnReason)}</p>
                  ) : null}
                  <QualityWarnings warnings={row.qualityWarnings} explanation={row.qualityExplanation} compact />
                </td>
                <td className="px-3 py-2 align-top whitespace-nowrap">{row.period.label}</td>
                <td className="px-3 py-2 text-right align-top tabular-nums">{row.percent != null ? `${row.percent}%` : "—"}</td>
                <td className="px-3 py-2 align-top">
                  <ReportStateBadge state={row.state} />
                </td>
                <td className="px-3 py-2 align-top whitespace-nowrap">{row.submittedAt ? formatDateTime(row.submittedAt) : "—"}</td>
                <td className="px-3 py-2 align-top">
                  <div className="flex items-start gap-3">
                    <Link
                      href={deskHref(row.id, filters)}
                      aria-label={`${desk.open} ${label}`}
                      className="pt-1 font-medium"
                      data-testid="open-desk"
                    >
                      {desk.openShort}
                    </Link>
                    <Link href={`/measures/${row.measure.id}`} aria-label={`${r.viewMeasure} ${label}`} className="pt-1">
                      {r.viewMeasure}
                    </Link>
                    {reviewable ? <ReviewRowActions reportId={row.id} label={label} /> : null}
                    {row.state === "RETURNED" ? (
                      <ChaseDisclosure
                        target={{ kind: "report", measureId: row.measure.id, unitId: row.unit.id, periodId: row.period.id }}
                        label={label}
                      />
                    ) : null}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
