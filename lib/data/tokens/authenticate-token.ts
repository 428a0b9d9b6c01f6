// The API's sign-in: a bearer token → the active viewer it belongs to, or null. Revoked tokens and
// deactivated accounts fail; role and unit are read from the user row on every request, so a
// change takes effect at once. lastUsedAt is written at most once a minute per token, so a busy
// integration does not turn every read into a write.
import "server-only";
import type { Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { hashToken, isWellFormedToken } from "./internal/token-format.ts";
import { viewerOf, viewerSelect } from "../users/viewer-of.ts";

export const LAST_USED_RESOLUTION_MS = 60_000;

export async function authenticateToken(token: string, now = new Date()): Promise<Viewer | null> {
  return (await authenticateTokenRow(token, now))?.viewer ?? null;
}

/** The viewer and the token's id (for its rate limit), or null. */
export async function authenticateTokenRow(token: string, now = new Date()): Promise<{ viewer: Viewer; tokenId: number } | null> {
  if (!isWellFormedToken(token)) return null;
  const db = await prisma();
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: { ...viewerSelect, active: true } } },
  });
  if (!row || row.revokedAt || !row.user.active) return null;
  const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!row.lastUsedAt || row.lastUsedAt < stale) {
    // Conditional, so concurrent first requests in a minute write once between them.
    await db.apiToken.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: stale } }] },
      data: { lastUsedAt: now },
    });
  }
  return { viewer: viewerOf(row.user), tokenId: row.id };
}
