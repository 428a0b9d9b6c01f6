import Link from "next/link";
import { Table } from "@/components/ui/table.tsx";
import type { InspectionListRow } from "@/lib/data/inspections/list-inspections.ts";
import { FINDING_LEVELS } from "@/lib/domain/inspections/inspection-rules.ts";
import { formatDate } from "@/lib/format.ts";
import { inspectionMessages as m } from "@/lib/messages/inspections.ts";

const h = m.headers;

export function InspectionTable({ rows }: { rows: InspectionListRow[] }) {
  return (
    <Table
      caption={m.caption}
      minWidth="min-w-[40rem]"
      dense
      columns={[
        { label: h.quarter },
        { label: h.date },
        { label: h.measures, align: "right" },
        { label: h.levels },
        { label: h.problems, align: "right" },
        { label: h.recordedBy },
      ]}
    >
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
    </Table>
  );
}
