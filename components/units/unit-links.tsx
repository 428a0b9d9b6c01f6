import Link from "next/link";
import { UnitRoleBadge } from "./unit-role-badge.tsx";

/** A measure's units in the notice's order, each marked 牵头 / 配合. */
export function UnitLinks({ units }: { units: { id: number; name: string; role: "LEAD" | "CO" }[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1.5">
      {units.map((unit) => (
        <li key={unit.id} className="flex items-center gap-1.5" data-testid="measure-unit">
          <UnitRoleBadge role={unit.role} />
          <Link href={`/units/${unit.id}`}>{unit.name}</Link>
        </li>
      ))}
    </ul>
  );
}
