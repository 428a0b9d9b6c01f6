// The leadership summary: one printable A4 page of the plan's colours with their change, its mean
// progress, the worst items (at most MAX_ITEMS, the rest counted) and each unit's on-time rate.
import Link from "next/link";
import { PlanEyebrow } from "@/components/plan/plan-eyebrow.tsx";
import { AsOfForm } from "@/components/status/as-of-form.tsx";
import { ColourBadge } from "@/components/status/colour-badge.tsx";
import { COLOUR_ORDER, COLOUR_STYLE } from "@/components/status/colour-style.ts";
import { PrintButton } from "@/components/ui/print-button.tsx";
import type { PlanSummary } from "@/lib/data/plans/resolve-plan.ts";
import type { getSummary } from "@/lib/data/status/get-summary.ts";
import { formatDate } from "@/lib/format.ts";
import { statusMessages } from "@/lib/messages/status.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
import { planHref } from "@/lib/plan-links.ts";

const s = statusMessages.summary;
// One A4 page: the worst items first, the rest counted and left to the dashboard.
const MAX_ITEMS = 20;

function delta(now: number, before: number): string {
  const d = now - before;
  return d === 0 ? s.unchanged : d > 0 ? `↑${d}` : `↓${-d}`;
}

type Summary = Awaited<ReturnType<typeof getSummary>>;

/** `asOfError`: the message for an as-of date in the address that could not be read. */
export function SummarySheet({ data, plan, asOfError }: { data: Summary; plan: PlanSummary; asOfError?: string }) {
  return (
    <article
      className="mx-auto max-w-3xl bg-white p-4 text-[15px] sm:p-6 print:max-w-none print:p-0 print:text-[9pt] print:leading-snug"
      data-testid="summary"
    >
      <header className="mb-4 flex flex-wrap items-start justify-between gap-3 border-b-2 border-red-700 pb-3 print:mb-2 print:pb-1">
        <div>
          <h1 className="text-xl font-bold">{s.title}</h1>
          <p className="text-sm text-slate-700">
            <PlanEyebrow plan={plan} /> · {s.asOf(formatDate(data.asOf))} · {s.comparedWith(formatDate(data.previousDate))}
          </p>
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <AsOfForm action="/summary" asOf={data.asOf} error={asOfError} plan={plan} />
          <PrintButton />
        </div>
      </header>

      <section aria-labelledby="summary-counts" className="mb-4 print:mb-2">
        <h2 id="summary-counts" className="mb-2 font-bold">
          {s.counts}
        </h2>
        <ul className="grid grid-cols-5 gap-2 text-center">
          {COLOUR_ORDER.map((c) => (
            <li key={c} className={`rounded p-2 print:p-1 ${COLOUR_STYLE[c].cell}`} data-testid={`summary-count-${c}`}>
              <span className="block text-xs">{statusMessages.colours[c]}</span>
              <span className="block text-2xl font-bold tabular-nums print:text-lg">{data.counts[c]}</span>
              <span className="block text-xs">
                {s.change}
                {delta(data.counts[c], data.previousCounts[c])}
              </span>
            </li>
          ))}
        </ul>
        <p className="mt-2 text-sm" data-testid="summary-progress">
          {data.progress.progress !== null
            ? s.progress(data.progress.progress, data.progress.reported, data.progress.total)
            : s.noProgress(data.progress.total)}
        </p>
      </section>

      <section aria-labelledby="summary-items" className="mb-4 print:mb-2">
        <h2 id="summary-items" className="mb-2 font-bold">
          {s.items}
        </h2>
        {data.items.length === 0 ? (
          <p className="text-sm">{s.noItems}</p>
        ) : (
          <table className="w-full text-left text-sm print:text-[8.5pt]">
            <thead className="border-b border-slate-300">
              <tr>
                <th scope="col" className="py-1 pr-2 print:py-0.5 font-medium">
                  {s.colour}
                </th>
                <th scope="col" className="py-1 pr-2 print:py-0.5 font-medium">
                  {s.item}
                </th>
                <th scope="col" className="py-1 pr-2 print:py-0.5 font-medium">
                  {s.leadUnit}
                </th>
                <th scope="col" className="py-1 font-medium">
                  {s.reason}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.items.slice(0, MAX_ITEMS).map((item) => (
                <tr key={item.id} className="break-inside-avoid" data-testid="summary-item">
                  <td className="py-1 pr-2 print:py-0.5 align-top">
                    <ColourBadge colour={item.colour} />
                  </td>
                  <td className="py-1 pr-2 print:py-0.5 align-top">
                    {/* In print every row keeps to one line, so the page holds them all. */}
                    <div className="print:line-clamp-1">
                      <Link href={planHref(`/tasks/${item.task}`, plan)}>
                        {messages.tasks.number(item.task)}·{item.number}
                      </Link>{" "}
                      {item.taskTitle}
                    </div>
                  </td>
                  <td className="py-1 pr-2 print:py-0.5 align-top whitespace-nowrap">{item.leadUnit}</td>
                  <td className="py-1 align-top print:py-0.5">
                    <div className="print:line-clamp-1">
                      {item.reason}
                      {item.more > 0 ? s.more(item.more) : ""}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {data.items.length > MAX_ITEMS ? <p className="mt-1 text-sm">{s.moreItems(data.items.length - MAX_ITEMS)}</p> : null}
      </section>

      <section aria-labelledby="summary-units">
        <h2 id="summary-units" className="mb-2 font-bold">
          {s.units}
        </h2>
        <ul className="grid grid-cols-2 gap-x-6 gap-y-0.5 text-sm sm:grid-cols-3" data-testid="summary-units">
          {data.units.map((u) => (
            <li key={u.unitId} className="flex justify-between gap-2">
              <span>{u.name}</span>
              <span className="tabular-nums">{u.onTimeRate === null ? "—" : `${u.onTimeRate}%`}</span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
