// The viewer's notification centre (/notifications): unread chases (催办) pinned on top of the first
// page, then everything else newest first, paged. Only the viewer's own rows are ever read: the
// user id in every WHERE is the viewer's, never one from the request.
import "server-only";
import { z } from "zod";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

export const PAGE_SIZE = 20;
/** Unread chases are few (the bureau writes them by hand); the pinned block shows at most this many. */
const MAX_PINNED = 50;

export const notificationPageSchema = z.object({
  page: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});

const SELECT = { id: true, kind: true, title: true, body: true, href: true, createdAt: true, readAt: true, chaseId: true } as const;
export type NotificationItem = Prisma.NotificationGetPayload<{ select: typeof SELECT }>;

export type NotificationPage = {
  pinned: NotificationItem[];
  items: NotificationItem[];
  /** Rows in `items` over all pages (the pinned ones not counted). */
  total: number;
  unread: number;
  page: number;
  pageCount: number;
};

export async function listNotifications(viewer: Viewer, page = 1): Promise<NotificationPage> {
  assertCan(viewer, { action: "notification:read" });
  const db = await prisma();
  const pinnedWhere = { userId: viewer.id, readAt: null, chaseId: { not: null } } satisfies Prisma.NotificationWhereInput;
  const restWhere = { userId: viewer.id, OR: [{ readAt: { not: null } }, { chaseId: null }] } satisfies Prisma.NotificationWhereInput;
  const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];
  const [pinned, total, unread] = await Promise.all([
    page === 1 ? db.notification.findMany({ where: pinnedWhere, orderBy: newestFirst, take: MAX_PINNED, select: SELECT }) : [],
    db.notification.count({ where: restWhere }),
    countUnread(viewer),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const items = await db.notification.findMany({
    where: restWhere,
    orderBy: newestFirst,
    skip: (current - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: SELECT,
  });
  return { pinned: current === 1 ? pinned : [], items, total, unread, page: current, pageCount };
}

/** The bell's number: one count on the (userId, readAt, createdAt) index. */
export async function countUnread(viewer: Viewer): Promise<number> {
  const db = await prisma();
  return db.notification.count({ where: { userId: viewer.id, readAt: null } });
}

/**
 * What the bell shows, as a version: the viewer's newest notification and the unread count. Neither
 * ever returns to an earlier pair (new ones raise the id, reading only lowers the count), so a page
 * rendered after this was read shows this state or a later one (lib/http/response-cache).
 */
export async function getBellVersion(viewer: Viewer): Promise<string> {
  const db = await prisma();
  const [row] = await db.$queryRaw<{ latest: number | null; unread: bigint }[]>`
    SELECT max(id) AS latest, count(*) FILTER (WHERE "readAt" IS NULL) AS unread FROM "Notification" WHERE "userId" = ${viewer.id}`;
  return `${row?.latest ?? 0}:${row?.unread ?? 0}`;
}
