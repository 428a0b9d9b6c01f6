// Writes in-app notifications (the bell) inside the caller's transaction, so a notification exists
// exactly when the change it announces was committed. E-mail copies are sent afterwards by the
// mail sender from rows whose `emailedAt` is still null (lib/data/notifications, issue 5).
import type { PrismaTx } from "../../db.ts";

export type NotificationKind =
  | "REPORT_DUE_SOON"
  | "REPORT_OVERDUE"
  | "REPORT_RETURNED"
  | "PROBLEM_DUE_SOON"
  | "PROBLEM_OVERDUE"
  | "RESOLUTION_DECIDED"
  | "EXTENSION_DECIDED"
  | "CHASE";

export type NewNotification = {
  kind: NotificationKind;
  title: string;
  body?: string;
  /** A path inside the portal the notification leads to. */
  href?: string;
  /** Names the item (and the day, for reminders): a second notification with the same key for the
   *  same user is not created. Omit for one-off events. */
  dedupeKey?: string;
  chaseId?: number;
};

/** Notifies every active user of a unit. Returns how many notifications were created. */
export async function notifyUnit(tx: PrismaTx, unitId: number, notification: NewNotification): Promise<number> {
  const users = await tx.user.findMany({ where: { unitId, active: true }, select: { id: true } });
  return notifyUsers(tx, users.map((u) => u.id), notification);
}

/** Notifies the listed users; with a dedupeKey, users who already have it are skipped. */
export async function notifyUsers(tx: PrismaTx, userIds: number[], n: NewNotification): Promise<number> {
  if (userIds.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: userIds.map((userId) => ({
      userId,
      kind: n.kind,
      title: n.title,
      body: n.body ?? "",
      href: n.href ?? null,
      dedupeKey: n.dedupeKey ?? null,
      chaseId: n.chaseId ?? null,
    })),
    skipDuplicates: true,
  });
  return count;
}
