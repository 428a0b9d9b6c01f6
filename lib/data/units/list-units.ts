// A plan's responsible units with how many measures each leads and co-owns.
import "server-only";
import { prisma } from "../../db.ts";
import { compareChinese } from "../../domain/collate.ts";
import type { PlanSummary } from "../plans/resolve-plan.ts";

export type UnitListItem = { id: number; name: string; leads: number; coOwns: number };

export async function listUnits(plan: PlanSummary): Promise<{ plan: PlanSummary; units: UnitListItem[] }> {
  const db = await prisma();
  // One grouped count instead of a count per unit.
  const counts = await db.measureUnit.groupBy({
    by: ["unitId", "role"],
    where: { measure: { planId: plan.id } },
    _count: { _all: true },
  });
  const units = await db.unit.findMany({
    where: { id: { in: [...new Set(counts.map((c) => c.unitId))] } },
    select: { id: true, name: true },
  });
  const count = (unitId: number, role: "LEAD" | "CO") => counts.find((c) => c.unitId === unitId && c.role === role)?._count._all ?? 0;
  const items = units.map((u) => ({ ...u, leads: count(u.id, "LEAD"), coOwns: count(u.id, "CO") }));
  items.sort((a, b) => b.leads + b.coOwns - (a.leads + a.coOwns) || b.leads - a.leads || compareChinese(a.name, b.name));
  return { plan, units: items };
}
