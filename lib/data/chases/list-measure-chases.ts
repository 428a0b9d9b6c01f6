// The chases (催办) on a measure for its history, newest last like the rest of the history. Who
// reads a chase is decided in the WHERE (chase:read): the bureau and the leadership see all of
// them, a unit only those sent to it.
import "server-only";
import { can, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { userNames } from "../users/user-names.ts";
import { plansInScopeWhere } from "../scope/plans-in-scope.ts";

export type MeasureChase = {
  id: number;
  at: Date;
  senderName: string;
  unit: { id: number; name: string };
  period: { id: number; label: string } | null;
  problem: { id: number; description: string } | null;
  message: string;
};

/** chase:read as a WHERE: every chase for the bureau and leaders (a county's own: in its plans), the viewer's unit's otherwise. */
export function visibleChasesWhere(viewer: Viewer): Prisma.ChaseWhereInput {
  if (can(viewer, { action: "chase:read", unitId: -1 }))
    return viewer.regionId === null ? {} : { measure: { plan: plansInScopeWhere(viewer) } };
  return viewer.unitId !== null && can(viewer, { action: "chase:read", unitId: viewer.unitId }) ? { unitId: viewer.unitId } : { id: -1 };
}

export async function listMeasureChases(viewer: Viewer, measureId: number): Promise<MeasureChase[]> {
  const db = await prisma();
  const chases = await db.chase.findMany({
    where: { AND: [visibleChasesWhere(viewer), { measureId }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      createdAt: true,
      createdById: true,
      message: true,
      unit: { select: { id: true, name: true } },
      period: { select: { id: true, label: true } },
      problem: { select: { id: true, description: true } },
    },
  });
  if (chases.length === 0) return [];
  const nameOf = await userNames(
    db,
    chases.map((c) => c.createdById),
  );
  return chases.map((c) => ({
    id: c.id,
    at: c.createdAt,
    senderName: nameOf.get(c.createdById) ?? "",
    unit: c.unit,
    period: c.period,
    problem: c.problem,
    message: c.message,
  }));
}
