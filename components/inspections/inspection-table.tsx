import Link from "next/link";
import type { InspectionListRow } from "@/lib/data/inspections/list-inspections.ts";
import { FINDING_LEVELS } from "@/lib/domain/inspections/inspection-rules.ts";
import { formatDate } from "@/lib/format.ts";
import { inspectionMessages as m } from "@/lib/messages/inspections.ts";

const h = m.headers;

export function InspectionTable({ rows }: { rows: InspectionListRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">{m.caption}</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {h.quarter}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {h.date}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {h.measures}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {h.levels}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {h.problems}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {h.recordedBy}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} data-testid="inspection-row">
              <th scope="row" className="px-3 py-2 font-normal">
                <Link href={`/inspections/${row.id}`} className="font-medium">
                  {m.quarterLabel(row.year, row.quarter)}
                </Link>
              </th>
              <td className="px-3 py-2 whitespace-nowrap">{formatDate(row.inspectedOn)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{row.findings}</td>
              <td className="px-3 py-2">{FINDING_LEVELS.map((level) => m.levelCount(m.levels[level], row.levels[level])).join(" · ")}</td>
              <td className="px-3 py-2 text-right tabular-nums">{m.problemCount(row.problems)}</td>
              <td className="px-3 py-2">{row.recordedBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
