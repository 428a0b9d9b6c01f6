// Ending sessions: one (sign-out: its id is refused from now on, so a copy of the cookie taken
// before is worthless) or all of a user's (the session version moves on: sign-out everywhere).
import "server-only";
import type { Viewer } from "../../auth/permissions.ts";
import { SESSION_MAX_AGE_SECONDS, type SessionClaims } from "../../auth/session-claims.ts";
import { prisma } from "../../db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { mutate } from "../mutate.ts";

/** Revokes one session until it would have ended anyway; expired revocations are cleared on the way. */
export async function revokeSession(claims: SessionClaims, now = new Date()): Promise<void> {
  const db = await prisma();
  const expiresAt = new Date((claims.signedInAt + SESSION_MAX_AGE_SECONDS) * 1000);
  // Session bookkeeping, like the sign-in throttle: not the portal's data, so not through mutate
  // (it would move the data version every cached page is keyed by). Two independent statements.
  await db.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } });
  await db.revokedSession.upsert({
    where: { sessionId: claims.sessionId },
    create: { sessionId: claims.sessionId, userId: claims.userId, expiresAt },
    update: {},
  });
}

/** The viewer signs out of every browser and device at once (this one included). Audited. */
export async function endAllOwnSessions(viewer: Viewer): Promise<void> {
  await mutate(viewer, { permission: { action: "token:manage" }, touches: { pages: ["/account/tokens"] } }, async (tx) => {
    await tx.user.update({ where: { id: viewer.id }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, viewer, {
      action: "user.sign-out-everywhere",
      entityType: "User",
      entityId: viewer.id,
      after: { sessionsEnded: true },
    });
  });
}
