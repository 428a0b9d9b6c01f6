import { formatTarget } from "@/lib/format.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
import type { TaskDetail } from "@/lib/data/tasks/get-task-by-number.ts";

type Indicator = TaskDetail["measures"][number]["indicators"][number];
const headers = messages.measure.indicatorHeaders;

/** `label` names the scrollable box; it must differ between the tables of one page. */
export function IndicatorTable({ indicators, label = messages.measure.indicators }: { indicators: Indicator[]; label?: string }) {
  if (indicators.length === 0) return <p className="text-sm text-slate-600">{messages.measure.noIndicators}</p>;
  return (
    // On a phone the table scrolls sideways: a keyboard user must be able to focus it to scroll.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      <table className="w-full min-w-[32rem] text-left text-sm">
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              {headers.label}
            </th>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              {headers.target}
            </th>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              {headers.comparator}
            </th>
            <th scope="col" className="py-1.5 font-medium">
              {headers.source}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {indicators.map((i) => (
            <tr key={i.id} data-testid="indicator">
              <td className="py-1.5 pr-3">{i.label}</td>
              <td className="py-1.5 pr-3 font-medium tabular-nums whitespace-nowrap">{formatTarget(i)}</td>
              <td className="py-1.5 pr-3 whitespace-nowrap">{messages.comparators[i.comparator]}</td>
              <td className="py-1.5 text-slate-600">{i.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
