import { COLOUR_STYLE } from "@/components/status/colour-style.ts";
import { actionOrdinal } from "@/components/plan/action-overview.tsx";
import type { heatmap } from "@/lib/domain/status/dashboard-tables.ts";
import { statusMessages } from "@/lib/messages/status.ts";

/** Each cell: the worst colour of the unit's measures in that action, in words and colour. */
export function HeatmapTable({ data }: { data: ReturnType<typeof heatmap> }) {
  return (
    <div tabIndex={0} className="overflow-x-auto">
      <table className="text-center text-xs" data-testid="heatmap">
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 bg-white p-1 text-left font-medium text-slate-600">
              {statusMessages.dashboard.action}
            </th>
            {data.units.map((u) => (
              <th key={u.id} scope="col" className="max-w-[4.5rem] p-1 align-bottom font-medium text-slate-600">
                {u.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <tr key={row.number}>
              <th scope="row" className="sticky left-0 bg-white p-1 text-left font-normal whitespace-nowrap" title={row.title}>
                {actionOrdinal(row.number)}、{row.title.slice(0, 8)}
                {row.title.length > 8 ? "…" : ""}
              </th>
              {row.cells.map((cell, i) => (
                <td key={data.units[i].id} className={`min-w-[3rem] border border-white p-1 ${cell ? COLOUR_STYLE[cell.colour].cell : ""}`}>
                  {cell ? `${statusMessages.colours[cell.colour]}·${cell.measures}` : ""}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
