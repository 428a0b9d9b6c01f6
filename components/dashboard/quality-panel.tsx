import Link from "next/link";
import { QualityWarnings } from "@/components/quality/quality-warnings.tsx";
import type { UnitWarnings } from "@/lib/domain/quality/warnings-by-unit.ts";
import { qualityMessages } from "@/lib/messages/quality.ts";

const m = qualityMessages.panel;

/** 数据质量 on the dashboard: per unit, the reports submitted with warnings awaiting review (each
 *  with its warnings and explanation) and how many were approved with them. */
export function QualityPanel({ units, canReview }: { units: UnitWarnings[]; canReview: boolean }) {
  if (units.length === 0) return <p className="text-sm text-slate-600">{m.empty}</p>;
  return (
    <div data-testid="quality-panel">
      <p className="mb-2 text-sm text-slate-600">{m.intro}</p>
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              {m.unit}
            </th>
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">
              {m.open}
            </th>
            <th scope="col" className="py-1.5 text-right font-medium">
              {m.accepted}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {units.map((u) => (
            <tr key={u.unit.id} data-testid="quality-unit" data-unit={u.unit.name}>
              <th scope="row" className="py-1.5 pr-3 align-top font-normal">
                {u.unit.name}
                {u.open.length ? (
                  <ul className="mt-1 space-y-1">
                    {u.open.map((r) => (
                      <li key={r.id} data-testid="quality-open-report">
                        <Link href={`/measures/${r.measure.id}`}>{m.item(r.measure.taskNumber, r.measure.number, r.periodLabel)}</Link>
                        <QualityWarnings warnings={r.warnings} explanation={r.explanation} compact />
                      </li>
                    ))}
                  </ul>
                ) : null}
                {canReview && u.open.length ? (
                  <Link href={`/review?unit=${u.unit.id}&state=SUBMITTED`} className="mt-1 inline-block text-xs print:hidden">
                    {m.review}
                  </Link>
                ) : null}
              </th>
              <td className="py-1.5 pr-3 text-right align-top tabular-nums">{u.open.length}</td>
              <td className="py-1.5 text-right align-top tabular-nums">{u.accepted.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
