import Link from "next/link";
import { messages } from "@/lib/messages/zh-CN.ts";
import { ColourBadge } from "@/components/status/colour-badge.tsx";
import type { Colour } from "@/lib/domain/status/measure-status.ts";
import { statusMessages } from "@/lib/messages/status.ts";
import type { UnitListItem } from "@/lib/data/units/list-units.ts";
import { planHref, type LinkedPlan } from "@/lib/plan-links.ts";

/** `colours`: each unit's colour by id (its measures rolled up), for viewers who may read the status. */
export function UnitTable({ units, plan, colours }: { units: UnitListItem[]; plan: LinkedPlan; colours?: Map<number, Colour> }) {
  return (
    <div tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{messages.units.unitCount(units.length)}</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              {messages.units.title}
            </th>
            <th scope="col" className="px-4 py-2 text-right font-medium">
              {messages.units.leads}
            </th>
            <th scope="col" className="px-4 py-2 text-right font-medium">
              {messages.units.coOwns}
            </th>
            <th scope="col" className="px-4 py-2 text-right font-medium">
              {messages.units.total}
            </th>
            {colours ? (
              <th scope="col" className="px-4 py-2 font-medium">
                {statusMessages.colourHeader}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {units.map((unit) => (
            <tr key={unit.id} data-testid="unit-row">
              <th scope="row" className="px-4 py-2 font-normal">
                <Link href={planHref(`/units/${unit.id}`, plan)}>{unit.name}</Link>
              </th>
              <td className="px-4 py-2 text-right tabular-nums">{unit.leads}</td>
              <td className="px-4 py-2 text-right tabular-nums">{unit.coOwns}</td>
              <td className="px-4 py-2 text-right font-medium tabular-nums">{unit.leads + unit.coOwns}</td>
              {colours ? (
                <td className="px-4 py-2">{colours.has(unit.id) ? <ColourBadge colour={colours.get(unit.id)!} /> : null}</td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
