// Every responsible unit for the admin page, the city's first and then each county's: its region,
// its measures in the plans still open (not frozen) and its active reporters.
import "server-only";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";

export type ManagedUnit = {
  id: number;
  name: string;
  region: { id: number; name: string };
  leads: number;
  coOwns: number;
  reporters: number;
};

export async function listManagedUnits(viewer: Viewer): Promise<ManagedUnit[]> {
  assertCan(viewer, { action: "unit:manage" });
  const db = await prisma();
  const [units, measureCounts, reporterCounts] = await Promise.all([
    db.unit.findMany({
      select: { id: true, name: true, region: { select: { id: true, name: true } } },
      orderBy: [{ region: { level: "asc" } }, { region: { position: "asc" } }, { regionId: "asc" }, { id: "asc" }],
    }),
    db.measureUnit.groupBy({ by: ["unitId", "role"], where: { measure: { plan: { frozenAt: null } } }, _count: { _all: true } }),
    db.user.groupBy({ by: ["unitId"], where: { role: "REPORTER", active: true }, _count: { _all: true } }),
  ]);
  const measures = (unitId: number, role: "LEAD" | "CO") =>
    measureCounts.find((c) => c.unitId === unitId && c.role === role)?._count._all ?? 0;
  return units.map((u) => ({
    ...u,
    leads: measures(u.id, "LEAD"),
    coOwns: measures(u.id, "CO"),
    reporters: reporterCounts.find((c) => c.unitId === u.id)?._count._all ?? 0,
  }));
}
