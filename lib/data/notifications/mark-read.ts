// Marking the viewer's notifications read. The notification id comes from the browser, so it is
// only ever used together with the viewer's own user id: another user's id matches no row.
// Read marks are the user's own view state, like a token's last use: not audited (an audit event
// would also move the data version that status caches are keyed by, for every reader).
import "server-only";
import { z } from "zod";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { now } from "../../clock.ts";
import { prisma } from "../../db.ts";
import { AppError } from "../../errors.ts";
import { notificationMessages as m } from "../../messages/notifications.ts";
import { recordIdSchema } from "../../record-id.ts";

export const markReadSchema = z.object({
  id: recordIdSchema(m.notFound),
});

/** NOT_FOUND unless a notification of the viewer's has this id; one already read stays as it was. */
export async function markNotificationRead(viewer: Viewer, id: number): Promise<void> {
  assertCan(viewer, { action: "notification:read" });
  const db = await prisma();
  const { count } = await db.notification.updateMany({ where: { id, userId: viewer.id, readAt: null }, data: { readAt: now() } });
  if (count === 1) return;
  const own = await db.notification.count({ where: { id, userId: viewer.id } });
  if (own === 0) throw new AppError("NOT_FOUND", m.notFound);
}

/** How many were unread. */
export async function markAllNotificationsRead(viewer: Viewer): Promise<number> {
  assertCan(viewer, { action: "notification:read" });
  const db = await prisma();
  const { count } = await db.notification.updateMany({ where: { userId: viewer.id, readAt: null }, data: { readAt: now() } });
  return count;
}
