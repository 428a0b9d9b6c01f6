// Sign-in throttling shared by every server instance (state in PostgreSQL): after 5 failures for
// one account, or from one address, within 15 minutes, attempts are refused until the window passes.
import type { PrismaLike } from "../../../db.ts";

export const THROTTLE = { maxFailures: 5, windowMinutes: 15 };

/** Minutes until sign-in is allowed again for this login or address ("" = unknown), or 0 when it is allowed now. */
export async function throttledForMinutes(db: PrismaLike, login: string, ip: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const [byLogin, byIp] = await Promise.all([
    db.loginAttempt.findMany({
      where: { login, success: false, at: { gt: since } },
      orderBy: { at: "desc" },
      take: THROTTLE.maxFailures,
      select: { at: true },
    }),
    ip
      ? db.loginAttempt.findMany({
          where: { ip, success: false, at: { gt: since } },
          orderBy: { at: "desc" },
          take: THROTTLE.maxFailures,
          select: { at: true },
        })
      : [],
  ]);
  const blockedUntil = [byLogin, byIp]
    .filter((failures) => failures.length >= THROTTLE.maxFailures)
    // The window reopens when the oldest of the last five failures leaves it.
    .map((failures) => failures[THROTTLE.maxFailures - 1].at.getTime() + THROTTLE.windowMinutes * 60_000);
  if (blockedUntil.length === 0) return 0;
  return Math.max(1, Math.ceil((Math.max(...blockedUntil) - now.getTime()) / 60_000));
}

export async function recordSignInAttempt(db: PrismaLike, login: string, ip: string, success: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { login, ip, success } });
}
