import Link from "next/link";
import { ColourMixBar } from "@/components/counties/colour-mix-bar.tsx";
import { ColourBadge } from "@/components/status/colour-badge.tsx";
import { Table } from "@/components/ui/table.tsx";
import type { CountyRow } from "@/lib/domain/status/county-comparison.ts";
import { planMessages } from "@/lib/messages/plans.ts";
import { messages } from "@/lib/messages/zh-CN.ts";

const c = planMessages.counties;

/** 县市区对比: a row per county, its name leading to its own dashboard; worst first as sorted. */
export function CountyTable({ rows, asOf }: { rows: CountyRow[]; asOf: string }) {
  return (
    <Table
      caption={c.title}
      minWidth="min-w-[48rem]"
      testId="county-table"
      columns={[
        { label: c.columns.region },
        { label: c.columns.colour },
        { label: c.columns.mix },
        { label: c.columns.progress, align: "right" },
        { label: c.columns.onTime, align: "right" },
        { label: c.columns.red },
      ]}
    >
      {rows.map((row) => (
        <tr key={row.planId} data-testid="county-row" data-region={row.region.name}>
          <th scope="row" className="px-3 py-2 align-top font-medium">
            <Link href={`/dashboard?plan=${row.planId}&asOf=${asOf}`}>{row.region.name}</Link>
          </th>
          <td className="px-3 py-2 align-top">
            <ColourBadge colour={row.colour} />
          </td>
          <td className="px-3 py-2 align-top">
            <ColourMixBar counts={row.counts} />
          </td>
          <td className="px-3 py-2 text-right align-top tabular-nums">{row.progress === null ? c.notReported : `${row.progress}%`}</td>
          <td className="px-3 py-2 text-right align-top tabular-nums" title={`${row.onTime}/${row.due}`}>
            {row.onTimeRate === null ? c.notDue : `${row.onTimeRate}%`}
          </td>
          <td className="px-3 py-2 align-top">
            {row.red.length === 0 ? (
              <span className="text-slate-500">{c.noneRed}</span>
            ) : (
              <ul className="space-y-0.5">
                {row.red.map((item) => (
                  <li key={item.id}>
                    <Link href={`/measures/${item.id}`}>{`${messages.tasks.number(item.task)}·${item.number}`}</Link>
                    <span className="ml-1 text-slate-600">{item.leadUnit}</span>
                  </li>
                ))}
                {row.counts.RED > row.red.length ? <li className="text-slate-600">{c.moreRed(row.counts.RED - row.red.length)}</li> : null}
              </ul>
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
