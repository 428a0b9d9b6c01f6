// One issued bulletin, exactly as issued.
import "server-only";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import type { BulletinSnapshot } from "../../domain/bulletin/bulletin-snapshot.ts";
import { toChinaDate } from "../../domain/dates.ts";
import { plansInScopeWhere } from "../scope/plans-in-scope.ts";

export async function getBulletin(viewer: Viewer | null, id: number) {
  assertCan(viewer, { action: "status:read" });
  const db = await prisma();
  const bulletin = await db.bulletin.findFirst({
    where: { id, plan: plansInScopeWhere(viewer) },
    select: { id: true, planId: true, issuedAt: true, issuedById: true, snapshot: true },
  });
  if (!bulletin) return null;
  const issuer = await db.user.findUnique({ where: { id: bulletin.issuedById }, select: { displayName: true } });
  return {
    id: bulletin.id,
    planId: bulletin.planId,
    issuedOn: toChinaDate(bulletin.issuedAt),
    issuedBy: issuer?.displayName ?? "",
    // Written by bulletinSnapshot() at issue and never changed since.
    snapshot: bulletin.snapshot as unknown as BulletinSnapshot,
  };
}
