// Checks a login and password, with throttling, and returns the viewer or a Chinese error.
import "server-only";
import { prisma } from "../../db.ts";
import { AppError } from "../../errors.ts";
import type { Viewer } from "../../auth/permissions.ts";
import { verifyPassword } from "../../auth/password.ts";
import { authMessages } from "../../messages/auth.ts";
import { recordSignInAttempt, throttledForMinutes } from "./internal/sign-in-throttle.ts";
import { viewerOf } from "./viewer-of.ts";

export type SignInError = "throttled" | "invalid";
export class SignInRefused extends AppError {
  constructor(
    readonly reason: SignInError,
    message: string,
  ) {
    super("UNAUTHENTICATED", message);
  }
}

export async function authenticateUser(rawLogin: string, password: string, ip: string): Promise<Viewer & { sessionVersion: number }> {
  const login = rawLogin.trim().toLowerCase().slice(0, 80);
  // No account has control characters in its login, and PostgreSQL stores no NUL: refuse such a
  // sign-in before the database sees it (it answered 500), as any wrong login is answered.
  if (/[\u0000-\u001f\u007f]/.test(login) || password.includes("\u0000"))
    throw new SignInRefused("invalid", authMessages.invalidCredentials);
  const db = await prisma();
  const minutes = await throttledForMinutes(db, login, ip);
  if (minutes > 0) throw new SignInRefused("throttled", authMessages.throttled(minutes));

  const user = await db.user.findUnique({ where: { login } });
  const ok = await verifyPassword(password, user?.passwordHash ?? null);
  // A deactivated account counts as a failure: it must not reveal that the password was right.
  const success = ok && !!user?.active;
  await recordSignInAttempt(db, login, ip, success);
  if (!success || !user) throw new SignInRefused("invalid", authMessages.invalidCredentials);
  return { ...viewerOf(user), sessionVersion: user.sessionVersion };
}
