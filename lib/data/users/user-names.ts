// Display names of the users who did something (recorded, sent, decided…), for lists that show
// who: one query for all of them, however many rows name them.
import "server-only";
import type { PrismaLike } from "../../db.ts";

export async function userNames(db: PrismaLike, ids: Iterable<number | null | undefined>): Promise<Map<number, string>> {
  const wanted = [...new Set([...ids].filter((id): id is number => typeof id === "number"))];
  if (wanted.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, displayName: true } });
  return new Map(users.map((u) => [u.id, u.displayName]));
}
