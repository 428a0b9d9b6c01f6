// The viewer's own API tokens (never anyone else's), newest first. No hashes leave this function.
import "server-only";
import type { Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";

export type TokenListItem = { id: number; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };

export async function listTokens(viewer: Viewer): Promise<TokenListItem[]> {
  const db = await prisma();
  return db.apiToken.findMany({
    where: { userId: viewer.id },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}
