import Link from "next/link";
import { UnitRoleBadge } from "./unit-role-badge.tsx";
import { planHref, type LinkedPlan } from "@/lib/plan-links.ts";

/** A measure's units in the notice's order, each marked 牵头 / 配合, linking to their page in `plan`. */
export function UnitLinks({ units, plan }: { units: { id: number; name: string; role: "LEAD" | "CO" }[]; plan: LinkedPlan }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1.5">
      {units.map((unit) => (
        <li key={unit.id} className="flex items-center gap-1.5" data-testid="measure-unit">
          <UnitRoleBadge role={unit.role} />
          <Link href={planHref(`/units/${unit.id}`, plan)}>{unit.name}</Link>
        </li>
      ))}
    </ul>
  );
}
