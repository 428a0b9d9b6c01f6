// The viewer behind a session: read from the database on every request, so a role change or a
// deactivation takes effect at once instead of when the session cookie expires. A session also
// ends when the user's session version moved on since it was signed in (password reset, sign-out
// everywhere, role change, deactivation) or when it was signed out (RevokedSession).
import "server-only";
import { prisma } from "../../db.ts";
import type { Viewer } from "../../auth/permissions.ts";
import { viewerOf, viewerSelect } from "./viewer-of.ts";
import { sessionExpired, type SessionClaims } from "../../auth/session-claims.ts";

export async function getActiveViewer(userId: number): Promise<Viewer | null> {
  const user = await activeUser(userId);
  return user && viewerOf(user);
}

/** The viewer of a session cookie's claims, or null when that session is no longer valid. */
export async function getSessionViewer(claims: SessionClaims, now = Date.now()): Promise<Viewer | null> {
  if (sessionExpired(claims.signedInAt, now)) return null;
  const db = await prisma();
  const [user, revoked] = await Promise.all([
    activeUser(claims.userId),
    db.revokedSession.findUnique({ where: { sessionId: claims.sessionId }, select: { sessionId: true } }),
  ]);
  if (!user || revoked || user.sessionVersion !== claims.sessionVersion) return null;
  return viewerOf(user);
}

type ActiveUser = {
  id: number;
  role: Viewer["role"];
  unitId: number | null;
  displayName: string;
  regionId: number | null;
  sessionVersion: number;
};

async function activeUser(userId: number): Promise<ActiveUser | null> {
  const db = await prisma();
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { ...viewerSelect, active: true, sessionVersion: true },
  });
  return user?.active ? user : null;
}
