import Link from "next/link";
import type { ScoreRow, ScoreSort } from "@/lib/domain/status/dashboard-tables.ts";
import { statusMessages } from "@/lib/messages/status.ts";
import { planHref, type LinkedPlan } from "@/lib/plan-links.ts";

const d = statusMessages.dashboard;
const COLUMNS: { sort: ScoreSort; label: string }[] = [
  { sort: "onTime", label: d.onTimeRate },
  { sort: "red", label: d.redCount },
  { sort: "overdue", label: d.overdueCount },
];

/** Sorting is a link per column: no client JavaScript. */
export function UnitScoreboard({ rows, sort, asOf, plan }: { rows: ScoreRow[]; sort: ScoreSort; asOf: string; plan: LinkedPlan }) {
  const href = (s: ScoreSort) => planHref(`/dashboard?asOf=${asOf}&sort=${s}#scoreboard`, plan);
  return (
    <div tabIndex={0} className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="scoreboard">
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium" aria-sort={sort === "name" ? "ascending" : undefined}>
              <Link href={href("name")}>{d.unit}</Link>
            </th>
            {COLUMNS.map((c) => (
              <th
                key={c.sort}
                scope="col"
                className="py-2 pr-3 text-right font-medium"
                aria-sort={sort === c.sort ? "descending" : undefined}
              >
                <Link href={href(c.sort)} aria-label={d.sortBy(c.label)}>
                  {c.label}
                  {sort === c.sort ? " ▼" : ""}
                </Link>
              </th>
            ))}
            <th scope="col" className="py-2 text-right font-medium">
              {d.measures}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.unitId} data-testid="scoreboard-row">
              <th scope="row" className="py-1.5 pr-3 font-normal">
                <Link href={planHref(`/units/${r.unitId}`, plan)}>{r.name}</Link>
              </th>
              <td className="py-1.5 pr-3 text-right tabular-nums">
                {r.onTimeRate === null ? "—" : `${r.onTimeRate}%（${r.onTime}/${r.due}）`}
              </td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{r.red}</td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{r.overdue}</td>
              <td className="py-1.5 text-right tabular-nums">{r.measures}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
