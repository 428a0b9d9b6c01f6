// What a session cookie (an Auth.js JWT) says about its session, besides the user id: the user's
// session version when it was signed in (bumped to end every older session), its own id (so one
// sign-out can revoke exactly this session) and when it was signed in (sessions end 8 hours after
// sign-in however often the cookie is renewed, so a revocation only has to be kept that long).
import { z } from "zod";

/** One working day, from sign-in: Auth.js's maxAge and the absolute limit of a session. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export type SessionClaims = { userId: number; sessionVersion: number; sessionId: string; signedInAt: number };

const claimsSchema = z.object({
  sub: z
    .string()
    .regex(/^[1-9]\d{0,9}$/)
    .transform(Number),
  sv: z.number().int().nonnegative(),
  sid: z.string().min(16).max(64),
  sit: z.number().int().positive(),
});

/** The claims of a decoded session token, or null for a token without them (issued before they existed, or forged). */
export function sessionClaims(token: unknown): SessionClaims | null {
  const parsed = claimsSchema.safeParse(token);
  if (!parsed.success) return null;
  const { sub, sv, sid, sit } = parsed.data;
  return { userId: sub, sessionVersion: sv, sessionId: sid, signedInAt: sit };
}

/** Whether a session signed in at `signedInAt` (epoch seconds) has outlived its absolute limit. */
export function sessionExpired(signedInAt: number, now = Date.now()): boolean {
  return now / 1000 - signedInAt >= SESSION_MAX_AGE_SECONDS;
}
