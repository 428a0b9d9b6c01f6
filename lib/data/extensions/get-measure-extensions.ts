// The extension part of a measure's page: the requests on it the viewer may read (the bureau all,
// a unit its own), and whether the viewer's unit may ask for one now (it owns the measure and has
// no request pending on it).
import "server-only";
import { reporterUnitId, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { extensionRowSelect, toExtensionRows, type ExtensionRow } from "./extension-row.ts";
import { canListExtensions, visibleExtensionsWhere } from "./visible-extensions.ts";

export type MeasureExtensions = { requests: ExtensionRow[]; canRequest: boolean; pending: boolean };

/** Null for viewers who read no extension requests (leaders). */
export async function getMeasureExtensions(viewer: Viewer, measureId: number): Promise<MeasureExtensions | null> {
  if (!canListExtensions(viewer)) return null;
  const db = await prisma();
  const unitId = reporterUnitId(viewer);
  const [rows, owns] = await Promise.all([
    db.extensionRequest.findMany({
      where: { ...visibleExtensionsWhere(viewer), measureId },
      orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
      select: extensionRowSelect,
    }),
    unitId === null ? Promise.resolve(0) : db.measureUnit.count({ where: { measureId, unitId } }),
  ]);
  const requests = await toExtensionRows(db, rows);
  const pending = requests.some((r) => r.state === "PENDING" && r.unit.id === viewer.unitId);
  return { requests, canRequest: owns > 0 && !pending, pending };
}
