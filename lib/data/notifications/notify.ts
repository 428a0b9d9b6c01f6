// Writes in-app notifications (the bell) inside the caller's transaction, so a notification exists
// exactly when the change it announces was committed. E-mail copies are sent afterwards by the
// mail job from rows whose `emailedAt` is still null (send-pending-mail.ts).
// The reminder job calls notifyUnits with its whole day's batch: one query for the units' users and
// inserts of at most INSERT_CHUNK rows, whatever the number of items.
import "server-only";
import { now } from "../../clock.ts";
import type { PrismaLike } from "../../db.ts";

export type NotificationKind =
  | "REPORT_DUE_SOON"
  | "REPORT_OVERDUE"
  | "REPORT_RETURNED"
  | "REPORT_SUBMITTED"
  | "PROBLEM_ASSIGNED"
  | "PROBLEM_DUE_SOON"
  | "PROBLEM_OVERDUE"
  | "RESOLUTION_DECIDED"
  | "EXTENSION_REQUESTED"
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

/** Rows per INSERT: far below PostgreSQL's 65,535 bind parameters (8 per row). */
const INSERT_CHUNK = 1_000;

/** Notifies every active user of a unit. Returns how many notifications were created. */
export async function notifyUnit(tx: PrismaLike, unitId: number, notification: NewNotification): Promise<number> {
  return notifyUnits(tx, [{ unitId, notification }]);
}

/**
 * Notifies the bureau of a plan's region (its active administrators and coordinators: the city's,
 * and the county's own when the plan is a county's): a request awaits its decision.
 */
export async function notifyBureau(tx: PrismaLike, regionId: number, notification: NewNotification): Promise<number> {
  const users = await tx.user.findMany({
    where: { active: true, OR: [{ role: "ADMIN" }, { role: "COORDINATOR", OR: [{ regionId: null }, { regionId }] }] },
    select: { id: true },
  });
  return notifyUsers(
    tx,
    users.map((u) => u.id),
    notification,
  );
}

/** Notifies the listed users; with a dedupeKey, users who already have it are skipped. */
export async function notifyUsers(tx: PrismaLike, userIds: number[], n: NewNotification): Promise<number> {
  return insertNotifications(
    tx,
    userIds.map((userId) => row(userId, n)),
  );
}

/** Many notifications, each to every active user of its unit. Returns how many were created. */
export async function notifyUnits(tx: PrismaLike, list: { unitId: number; notification: NewNotification }[]): Promise<number> {
  if (list.length === 0) return 0;
  const unitIds = [...new Set(list.map((item) => item.unitId))];
  const users = await tx.user.findMany({ where: { unitId: { in: unitIds }, active: true }, select: { id: true, unitId: true } });
  const usersOf = new Map<number | null, { id: number }[]>();
  for (const u of users) usersOf.set(u.unitId, [...(usersOf.get(u.unitId) ?? []), u]);
  return insertNotifications(
    tx,
    list.flatMap(({ unitId, notification }) => (usersOf.get(unitId) ?? []).map((u) => row(u.id, notification))),
  );
}

function row(userId: number, n: NewNotification) {
  return {
    userId,
    kind: n.kind,
    title: n.title,
    body: n.body ?? "",
    href: n.href ?? null,
    dedupeKey: n.dedupeKey ?? null,
    chaseId: n.chaseId ?? null,
  };
}

async function insertNotifications(tx: PrismaLike, rows: ReturnType<typeof row>[]): Promise<number> {
  // The portal's clock (DUBAN_TODAY in demos and tests), like every other time it records.
  const createdAt = now();
  let created = 0;
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    // ON CONFLICT DO NOTHING on (userId, dedupeKey): a reminder already there (an earlier run, or
    // another server's run at the same moment) is skipped, not an error.
    const { count } = await tx.notification.createMany({
      data: rows.slice(i, i + INSERT_CHUNK).map((r) => ({ ...r, createdAt })),
      skipDuplicates: true,
    });
    created += count;
  }
  return created;
}
