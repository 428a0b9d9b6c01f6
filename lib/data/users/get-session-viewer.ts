// The viewer behind a session: read from the database on every request, so a role change or a
// deactivation takes effect at once instead of when the session cookie expires.
import { prisma } from "../../db.ts";
import type { Viewer } from "../../auth/permissions.ts";
import { viewerOf, viewerSelect } from "./viewer-of.ts";

export async function getActiveViewer(userId: number): Promise<Viewer | null> {
  const db = await prisma();
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { ...viewerSelect, active: true },
  });
  if (!user?.active) return null;
  return viewerOf(user);
}
