// What every change to an existing account shares: the administrator's permission, the version
// check on `updatedAt` (two admins editing one user: the later save is refused, not merged), the
// rule that one active administrator always remains, and one audit event with before/after — all
// in one transaction. The password and its hash never enter the audit trail.
import { z } from "zod";
import { type Role, type Viewer } from "../../../auth/permissions.ts";
import { type PrismaTx } from "../../../db.ts";
import { AppError } from "../../../errors.ts";
import type { Prisma } from "../../../generated/prisma/client.ts";
import { adminMessages } from "../../../messages/admin.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import { mutate } from "../../mutate.ts";

const m = adminMessages.users;

const USER_SELECT = {
  id: true,
  login: true,
  displayName: true,
  role: true,
  unitId: true,
  regionId: true,
  email: true,
  active: true,
  updatedAt: true,
} as const;
export type StoredUser = Prisma.UserGetPayload<{ select: typeof USER_SELECT }>;

/** What the audit trail keeps of an account. */
export function userSnapshot(u: Omit<StoredUser, "id" | "updatedAt">) {
  return {
    login: u.login,
    displayName: u.displayName,
    role: u.role,
    unitId: u.unitId,
    regionId: u.regionId,
    email: u.email,
    active: u.active,
  };
}

export type UserChange = {
  action: string;
  data: {
    displayName?: string;
    role?: Role;
    unitId?: number | null;
    regionId?: number | null;
    email?: string | null;
    active?: boolean;
    passwordHash?: string;
  };
  /** End every session of the user (session version + 1): a new password, another role, unit or county, deactivation. */
  endSessions?: boolean;
  /** Audit values when the snapshot would not show the change (a new password). */
  audit?: { before: Prisma.InputJsonValue | null; after: Prisma.InputJsonValue };
};

export type ChangeResult = { changed: boolean; updatedAt: Date };

/**
 * Loads the user, refuses when it changed since `expectedUpdatedAt` (when given), asks `plan` what
 * to write (null: nothing to do) and writes it with its audit event.
 */
export async function changeUser(
  viewer: Viewer,
  userId: number,
  expectedUpdatedAt: Date | null,
  plan: (tx: PrismaTx, user: StoredUser) => Promise<UserChange | null>,
): Promise<ChangeResult> {
  // A user's name shows in pages' headers and the audit trail: the users' pages are what changes.
  const options = {
    permission: { action: "user:manage" },
    touches: { pages: ["/admin/users"] },
    unaudited: "a change to nothing writes nothing",
    timeout: 30_000,
  } as const;
  return mutate(viewer, options, async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: USER_SELECT });
    if (!user) throw new AppError("NOT_FOUND", m.notFound);
    if (expectedUpdatedAt && user.updatedAt.getTime() !== expectedUpdatedAt.getTime()) throw new AppError("CONFLICT", m.conflict);
    const change = await plan(tx, user);
    if (!change) return { changed: false, updatedAt: user.updatedAt };

    const { passwordHash, ...fields } = change.data;
    const next = { ...user, ...fields };
    if (user.role === "ADMIN" && user.active && !(next.role === "ADMIN" && next.active)) await requireAnotherAdmin(tx, user.id);

    // Strictly later than what was read, so a stale form can never match again, even within a millisecond.
    const updatedAt = new Date(Math.max(Date.now(), user.updatedAt.getTime() + 1));
    const sessionVersion = change.endSessions ? { increment: 1 } : undefined;
    const written = await tx.user.updateMany({
      where: { id: user.id, updatedAt: user.updatedAt },
      data: { ...fields, passwordHash, updatedAt, sessionVersion },
    });
    if (written.count !== 1) throw new AppError("CONFLICT", m.conflict);

    await recordAudit(tx, viewer, {
      action: change.action,
      entityType: "User",
      entityId: user.id,
      before: change.audit ? change.audit.before : userSnapshot(user),
      after: change.audit ? change.audit.after : userSnapshot(next),
    });
    return { changed: true, updatedAt };
  });
}

/**
 * Refuses to leave no active administrator. The active administrators' rows are locked first, so
 * two admins demoting each other at the same moment cannot both succeed: the second one waits,
 * then sees the first one's change.
 */
async function requireAnotherAdmin(tx: PrismaTx, userId: number): Promise<void> {
  const admins = await tx.$queryRaw<{ id: number }[]>`SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND "active" ORDER BY "id" FOR UPDATE`;
  if (!admins.some((a) => a.id !== userId)) throw new AppError("CONFLICT", m.lastAdmin);
}

/** NOT_FOUND unless the unit exists (a reporter's unit comes from a form). */
export async function requireUnit(tx: PrismaTx, unitId: number | null): Promise<void> {
  if (unitId === null) return;
  const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { id: true } });
  if (!unit) throw new AppError("NOT_FOUND", m.unitNotFound);
}

/** NOT_FOUND unless the region is a county (a staff member's county comes from a form). */
export async function requireCounty(tx: PrismaTx, regionId: number | null): Promise<void> {
  if (regionId === null) return;
  const region = await tx.region.findUnique({ where: { id: regionId }, select: { level: true } });
  if (region?.level !== "COUNTY") throw new AppError("NOT_FOUND", m.regionInvalid);
}

/** A user id from a form or JSON. */
export const userIdSchema = z.coerce.number({ error: m.notFound }).int({ error: m.notFound }).positive({ error: m.notFound });
/** The `updatedAt` the admin's form was rendered with (ISO 8601): the optimistic-lock token. */
export const userVersionSchema = z.iso.datetime({ error: m.conflict }).transform((s) => new Date(s));
