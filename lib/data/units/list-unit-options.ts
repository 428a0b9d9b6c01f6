// The choices of the admin user forms: every responsible unit (a county's named with its county, as
// names repeat between regions), and the counties a coordinator or leader may be confined to.
import "server-only";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";

export type UnitOption = { id: number; name: string };

export async function listUnitOptions(viewer: Viewer): Promise<UnitOption[]> {
  assertCan(viewer, { action: "user:manage" });
  const db = await prisma();
  // The city's first; within a region units were created in the notice's order.
  const units = await db.unit.findMany({
    select: { id: true, name: true, region: { select: { name: true, level: true } } },
    orderBy: [{ region: { level: "asc" } }, { region: { position: "asc" } }, { regionId: "asc" }, { id: "asc" }],
  });
  return units.map((u) => ({ id: u.id, name: u.region.level === "CITY" ? u.name : `${u.region.name} · ${u.name}` }));
}

export async function listCountyOptions(viewer: Viewer): Promise<UnitOption[]> {
  assertCan(viewer, { action: "user:manage" });
  const db = await prisma();
  return db.region.findMany({
    where: { level: "COUNTY" },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}
