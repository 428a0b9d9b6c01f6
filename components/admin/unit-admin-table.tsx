// The units with their measure counts, active reporters, and a rename form each (behind <details>).
import Link from "next/link";
import { renameUnitAction } from "@/lib/actions/units/rename-unit-action.ts";
import type { ManagedUnit } from "@/lib/data/units/list-managed-units.ts";
import { adminMessages } from "@/lib/messages/admin.ts";
import { ActionForm } from "./action-form.tsx";
import { Table } from "@/components/ui/table.tsx";
import { inputClass } from "@/components/ui/field.tsx";

const m = adminMessages.units;

export function UnitAdminTable({ units }: { units: ManagedUnit[] }) {
  return (
    <Table
      caption={m.count(units.length)}
      minWidth="min-w-[36rem]"
      columns={[
        { label: m.headers.name },
        { label: m.headers.leads, align: "right" },
        { label: m.headers.coOwns, align: "right" },
        { label: m.headers.reporters, align: "right" },
        { label: m.headers.rename },
      ]}
    >
      {units.map((unit) => (
        <tr key={unit.id} data-testid="unit-admin-row" className="align-top">
          <th scope="row" className="px-4 py-2 font-normal">
            <Link href={`/units/${unit.id}`}>{unit.name}</Link>
            <span className="block text-xs text-slate-600" data-testid="unit-region">
              {unit.region.name}
            </span>
          </th>
          <td className="px-4 py-2 text-right tabular-nums">{unit.leads}</td>
          <td className="px-4 py-2 text-right tabular-nums">{unit.coOwns}</td>
          <td className="px-4 py-2 text-right tabular-nums">{unit.reporters}</td>
          <td className="min-w-56 px-4 py-2">
            <details>
              <summary className="cursor-pointer text-brand-700" aria-label={m.renameLabel(unit.name)}>
                {m.headers.rename}
              </summary>
              <ActionForm
                action={renameUnitAction}
                submitLabel={m.rename}
                pendingLabel={m.renaming}
                className="mt-2 space-y-2"
                testId={`rename-unit-${unit.id}`}
              >
                <input type="hidden" name="unitId" value={unit.id} />
                <input type="hidden" name="currentName" value={unit.name} />
                <label htmlFor={`unit-name-${unit.id}`} className="block text-sm font-medium text-slate-700">
                  {m.newName}
                </label>
                <input id={`unit-name-${unit.id}`} name="name" required maxLength={60} defaultValue={unit.name} className={inputClass} />
              </ActionForm>
            </details>
          </td>
        </tr>
      ))}
    </Table>
  );
}
