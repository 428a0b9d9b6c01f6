// A county (县市区) region by name, added at the end of the counties when new: how an import creates
// the county its list belongs to (the portal's confirmation, the command line).
import type { PrismaLike } from "../../../db.ts";
import { AppError } from "../../../errors.ts";
import { planMessages } from "../../../messages/plans.ts";

export async function ensureCounty(db: PrismaLike, name: string): Promise<number> {
  const found = await db.region.findUnique({ where: { name }, select: { id: true, level: true } });
  if (found?.level === "CITY") throw new AppError("INVALID_INPUT", planMessages.manage.cityIsNotCounty(name));
  if (found) return found.id;
  const last = (await db.region.aggregate({ _max: { position: true } }))._max.position ?? 0;
  return (await db.region.create({ data: { name, level: "COUNTY", position: last + 1 }, select: { id: true } })).id;
}
