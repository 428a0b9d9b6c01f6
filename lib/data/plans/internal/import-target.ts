// Where an import from the portal goes, checked against the viewer: an existing region (the city or
// a county) or a new county named by the importer. A county's own staff import only into their
// county; only the city's staff add a county. Shared by the upload and the confirmation.
import { assertCan, type Viewer } from "../../../auth/permissions.ts";
import type { PrismaLike } from "../../../db.ts";
import { AppError } from "../../../errors.ts";
import { planMessages } from "../../../messages/plans.ts";

export type ImportRegion = { id: number | null; name: string; level: "CITY" | "COUNTY" };

/** The region of that name (a new county when none has it), if the viewer may import into it. */
export async function importRegion(db: PrismaLike, viewer: Viewer, regionName: string): Promise<ImportRegion> {
  assertCan(viewer, { action: "plan:manage", plan: "any" });
  const region = await db.region.findUnique({ where: { name: regionName }, select: { id: true, name: true, level: true } });
  if (region) {
    assertCan(viewer, { action: "plan:manage", plan: { regionId: region.id, frozen: false } });
    return region;
  }
  // A new county: only the city's staff may add one.
  if (viewer.regionId !== null) throw new AppError("FORBIDDEN", planMessages.manage.newCountyForbidden);
  return { id: null, name: regionName, level: "COUNTY" };
}
