// Every responsible unit by name, for the unit choices of the admin user forms.
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";

export type UnitOption = { id: number; name: string };

export async function listUnitOptions(viewer: Viewer): Promise<UnitOption[]> {
  assertCan(viewer, { action: "user:manage" });
  const db = await prisma();
  // Units were created in the notice's order: ids keep the order the bureau knows.
  return db.unit.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } });
}
