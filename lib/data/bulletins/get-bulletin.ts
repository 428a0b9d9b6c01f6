// One issued bulletin, exactly as issued.
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import type { BulletinSnapshot } from "../../domain/bulletin/bulletin-snapshot.ts";
import { toChinaDate } from "../../domain/dates.ts";

export async function getBulletin(viewer: Viewer | null, id: number) {
  assertCan(viewer, { action: "status:read" });
  const db = await prisma();
  const bulletin = await db.bulletin.findUnique({ where: { id }, select: { id: true, issuedAt: true, issuedById: true, snapshot: true } });
  if (!bulletin) return null;
  const issuer = await db.user.findUnique({ where: { id: bulletin.issuedById }, select: { displayName: true } });
  return {
    id: bulletin.id,
    issuedOn: toChinaDate(bulletin.issuedAt),
    issuedBy: issuer?.displayName ?? "",
    // Written by bulletinSnapshot() at issue and never changed since.
    snapshot: bulletin.snapshot as unknown as BulletinSnapshot,
  };
}
