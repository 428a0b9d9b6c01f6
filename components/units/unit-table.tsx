import Link from "next/link";
import { Table } from "@/components/ui/table.tsx";
import { messages } from "@/lib/messages/zh-CN.ts";
import { ColourBadge } from "@/components/status/colour-badge.tsx";
import type { Colour } from "@/lib/domain/status/measure-status.ts";
import { statusMessages } from "@/lib/messages/status.ts";
import type { UnitListItem } from "@/lib/data/units/list-units.ts";
import { planHref, type LinkedPlan } from "@/lib/plan-links.ts";

/** `colours`: each unit's colour by id (its measures rolled up), for viewers who may read the status. */
export function UnitTable({ units, plan, colours }: { units: UnitListItem[]; plan: LinkedPlan; colours?: Map<number, Colour> }) {
  return (
    <Table
      caption={messages.units.unitCount(units.length)}
      columns={[
        { label: messages.units.title },
        { label: messages.units.leads, align: "right" },
        { label: messages.units.coOwns, align: "right" },
        { label: messages.units.total, align: "right" },
        ...(colours ? [{ label: statusMessages.colourHeader }] : []),
      ]}
    >
      {units.map((unit) => (
        <tr key={unit.id} data-testid="unit-row">
          <th scope="row" className="px-4 py-2 font-normal">
            <Link href={planHref(`/units/${unit.id}`, plan)}>{unit.name}</Link>
          </th>
          <td className="px-4 py-2 text-right tabular-nums">{unit.leads}</td>
          <td className="px-4 py-2 text-right tabular-nums">{unit.coOwns}</td>
          <td className="px-4 py-2 text-right font-medium tabular-nums">{unit.leads + unit.coOwns}</td>
          {colours ? <td className="px-4 py-2">{colours.has(unit.id) ? <ColourBadge colour={colours.get(unit.id)!} /> : null}</td> : null}
        </tr>
      ))}
    </Table>
  );
}
