// How each unit named in the notice is matched: the region's own unit, the city's unit of that name
// (a county may tick it to create its own instead), or a new unit.
import { Card } from "@/components/ui/card.tsx";
import type { ImportPreview } from "@/lib/data/plans/get-import-preview.ts";
import { planMessages } from "@/lib/messages/plans.ts";

const p = planMessages.preview;

export function ImportUnitMatches({ preview }: { preview: ImportPreview }) {
  const { region } = preview;
  return (
    <Card className="mb-5">
      <h2 className="mb-1 font-bold">{p.unitsTitle}</h2>
      {region.level === "COUNTY" ? <p className="mb-2 text-sm text-slate-700">{p.unitsIntro}</p> : null}
      <div tabIndex={0} className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="import-units">
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                {p.unitColumns.name}
              </th>
              <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                {p.unitColumns.leads}
              </th>
              <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                {p.unitColumns.coOwns}
              </th>
              <th scope="col" className="py-1.5 font-medium">
                {p.unitColumns.match}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {preview.units.map((u) => (
              <tr key={u.name} data-testid="import-unit" data-match={u.source}>
                <th scope="row" className="py-1.5 pr-3 font-normal">
                  {u.name}
                </th>
                <td className="py-1.5 pr-3 text-right tabular-nums">{u.leads}</td>
                <td className="py-1.5 pr-3 text-right tabular-nums">{u.coOwns}</td>
                <td className="py-1.5">
                  {p.matches[u.source]}
                  {u.source === "CITY" ? (
                    <label className="ml-3 inline-flex items-center gap-1 text-slate-700">
                      <input type="checkbox" name="ownUnits" value={u.name} /> {p.ownUnit}
                    </label>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
