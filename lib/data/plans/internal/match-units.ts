// Which unit each name of a notice's 责任单位 is, for a plan of a region: the region's own unit of
// that name; for a county's plan, else the city's unit of that name (a county list may give work to
// a city body), unless the importer chose to create the county's own; else a new unit of the region.
// The import preview shows the same answer the import then writes.
import type { PrismaLike } from "../../../db.ts";

export type UnitMatch = { name: string; unitId: number | null; source: "OWN" | "CITY" | "NEW" };

/** `region.id` is null for a county not created yet (the preview of its first import): no units of its own. */
export async function matchUnits(
  db: PrismaLike,
  region: { id: number | null; level: "CITY" | "COUNTY" },
  names: readonly string[],
  ownUnits: readonly string[] = [],
): Promise<UnitMatch[]> {
  const unique = [...new Set(names)];
  const own =
    region.id === null
      ? []
      : await db.unit.findMany({ where: { regionId: region.id, name: { in: unique } }, select: { id: true, name: true } });
  const ownId = new Map(own.map((u) => [u.name, u.id]));
  const wanted = new Set(ownUnits);
  const fromCity = region.level === "COUNTY" ? unique.filter((n) => !ownId.has(n) && !wanted.has(n)) : [];
  const city = fromCity.length
    ? await db.unit.findMany({ where: { region: { level: "CITY" }, name: { in: fromCity } }, select: { id: true, name: true } })
    : [];
  const cityId = new Map(city.map((u) => [u.name, u.id]));
  return unique.map((name) => {
    if (ownId.has(name)) return { name, unitId: ownId.get(name)!, source: "OWN" };
    if (cityId.has(name)) return { name, unitId: cityId.get(name)!, source: "CITY" };
    return { name, unitId: null, source: "NEW" };
  });
}
