// Sessions end when they should (issue 13, item 3), on the real database: a session cookie's claims
// are checked against the user row and the revoked sessions on every request — by the pages and
// actions (getSessionViewer) and by the response cache's key — so a password reset, a sign-out, a
// sign-out everywhere, a role change or a deactivation ends the sessions at once; a reset also
// revokes the user's API tokens unless the administrator keeps them.
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { SESSION_MAX_AGE_SECONDS, type SessionClaims } from "@/lib/auth/session-claims.ts";
import { authenticateToken } from "@/lib/data/tokens/authenticate-token.ts";
import { createToken } from "@/lib/data/tokens/create-token.ts";
import { endAllOwnSessions, revokeSession } from "@/lib/data/users/end-sessions.ts";
import { getSessionViewer } from "@/lib/data/users/get-session-viewer.ts";
import { resetPassword } from "@/lib/data/users/reset-password.ts";
import { setUserActive } from "@/lib/data/users/set-user-active.ts";
import { updateUser } from "@/lib/data/users/update-user.ts";
import { responseKey } from "@/lib/http/response-cache/response-key.ts";
import { installTestDb } from "../helpers/app-db.ts";
import { createViewer } from "../helpers/factories.ts";
import { testBackendName, type TestDb } from "../helpers/test-db.ts";

const SECRET = "sessions-test-secret-0123456789abcdefghij";
const PASSWORD = "NewPassw0rd2023";

let db: TestDb;
let admin: Viewer;
let savedSecret: string | undefined;

/** A new session of `user`, as Auth.js signs one in (lib/auth/auth.ts: jwt callback). */
async function signIn(user: Viewer, signedInAt = Math.floor(Date.now() / 1000)): Promise<SessionClaims> {
  const row = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
  return { userId: user.id, sessionVersion: row.sessionVersion, sessionId: randomUUID(), signedInAt };
}
const valid = async (claims: SessionClaims) => (await getSessionViewer(claims)) !== null;
const version = async (user: Viewer) => (await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).updatedAt.toISOString();

beforeAll(async () => {
  savedSecret = process.env.AUTH_SECRET;
  process.env.AUTH_SECRET = SECRET;
  db = await installTestDb();
  admin = await createViewer(db.prisma, "ADMIN");
});
afterAll(async () => {
  if (savedSecret === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = savedSecret;
  await db?.drop();
});

describe(`sessions (${testBackendName()})`, () => {
  it("a fresh session is valid; one past its absolute limit is not, however often it was renewed", async () => {
    const user = await createViewer(db.prisma, "LEADER");
    expect(await getSessionViewer(await signIn(user))).toEqual(user);
    const old = await signIn(user, Math.floor(Date.now() / 1000) - SESSION_MAX_AGE_SECONDS - 1);
    expect(await valid(old)).toBe(false);
  });

  it("a password reset ends every session and revokes the API tokens", async () => {
    const unit = await db.prisma.unit.create({
      data: { name: `会话测试科${randomUUID().slice(0, 6)}`, region: { connect: { name: "市本级" } } },
    });
    const user = await createViewer(db.prisma, "REPORTER", unit.id);
    const [a, b] = [await signIn(user), await signIn(user)];
    const { token } = await createToken(user, { name: "集成" });
    expect(await authenticateToken(token)).not.toBeNull();

    await resetPassword(admin, { userId: user.id, password: PASSWORD });
    expect(await valid(a)).toBe(false);
    expect(await valid(b)).toBe(false);
    expect(await authenticateToken(token)).toBeNull();
    // Signing in again (with the new password) gives a working session.
    expect(await valid(await signIn(user))).toBe(true);
    const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "user.reset-password", entityId: String(user.id) } });
    expect(event.after).toMatchObject({ passwordReset: true, sessionsEnded: true, tokensRevoked: 1 });
  });

  it("a reset may keep the API tokens when the administrator says so; sessions end all the same", async () => {
    const user = await createViewer(db.prisma, "LEADER");
    const session = await signIn(user);
    const { token } = await createToken(user, { name: "保留" });
    await resetPassword(admin, { userId: user.id, password: PASSWORD, keepTokens: true });
    expect(await authenticateToken(token)).not.toBeNull();
    expect(await valid(session)).toBe(false);
  });

  it("signing out revokes that session only; signing out everywhere ends them all", async () => {
    const user = await createViewer(db.prisma, "COORDINATOR");
    const [here, elsewhere] = [await signIn(user), await signIn(user)];
    await revokeSession(here);
    expect(await valid(here)).toBe(false); // a copy of the cookie taken before sign-out is worthless
    expect(await valid(elsewhere)).toBe(true);
    await revokeSession(here); // signing out twice is harmless

    await endAllOwnSessions(user);
    expect(await valid(elsewhere)).toBe(false);
    expect(await valid(await signIn(user))).toBe(true);
  });

  it("revocations are cleared once the session would have ended anyway", async () => {
    const user = await createViewer(db.prisma, "LEADER");
    const expired = await signIn(user, Math.floor(Date.now() / 1000) - SESSION_MAX_AGE_SECONDS - 60);
    await db.prisma.revokedSession.create({
      data: { sessionId: expired.sessionId, userId: user.id, expiresAt: new Date(Date.now() - 60_000) },
    });
    await revokeSession(await signIn(user));
    expect(await db.prisma.revokedSession.count({ where: { sessionId: expired.sessionId } })).toBe(0);
  });

  it("a role change and a deactivation end the sessions; a change of name does not", async () => {
    const user = await createViewer(db.prisma, "LEADER");
    const session = await signIn(user);
    await updateUser(admin, {
      userId: user.id,
      updatedAt: new Date(await version(user)),
      displayName: "改名后",
      role: "LEADER",
      unitId: null,
    });
    expect(await valid(session)).toBe(true);
    await updateUser(admin, {
      userId: user.id,
      updatedAt: new Date(await version(user)),
      displayName: "改名后",
      role: "COORDINATOR",
      unitId: null,
    });
    expect(await valid(session)).toBe(false);

    const next = await signIn(user);
    await setUserActive(admin, { userId: user.id, updatedAt: new Date(await version(user)), active: false });
    await setUserActive(admin, { userId: user.id, updatedAt: new Date(await version(user)), active: true });
    expect(await valid(next)).toBe(false); // reactivated, the old session stays ended
  });

  it("the response cache gives an ended session no key, so it is never served a stored page", async () => {
    const user = await createViewer(db.prisma, "COORDINATOR");
    const cookieName = "authjs.session-token";
    const request = async (claims: SessionClaims | { sub: string }) => {
      const token =
        "sub" in claims ? claims : { sub: String(claims.userId), sv: claims.sessionVersion, sid: claims.sessionId, sit: claims.signedInAt };
      return {
        method: "GET",
        url: "/dashboard",
        headers: { cookie: `${cookieName}=${await encode({ token, secret: SECRET, salt: cookieName })}` },
      };
    };
    /**
     * The keys of `ended` and of a valid session read at the same moment. Any open write on the
     * server (other test files share it) withholds every key, so read until the valid one has one:
     * then a null for `ended` can only be its session's doing.
     */
    const keysBeside = async (ended: Awaited<ReturnType<typeof request>>) => {
      for (let i = 0; i < 50; i++) {
        const [control, key] = [await responseKey(await request(await signIn(user))), await responseKey(ended)];
        if (control !== null) return key;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error("no settled data version in 5 s");
    };
    const signedOut = await signIn(user);
    const signedOutRequest = await request(signedOut);
    expect(await keysBeside(signedOutRequest)).not.toBeNull();
    await revokeSession(signedOut);
    expect(await keysBeside(signedOutRequest)).toBeNull();

    const everywhere = await request(await signIn(user));
    expect(await keysBeside(everywhere)).not.toBeNull();
    await endAllOwnSessions(user);
    expect(await keysBeside(everywhere)).toBeNull();
    // A cookie without the claims (issued before they existed, or made up) has no session at all.
    expect(await keysBeside(await request({ sub: String(user.id) }))).toBeNull();
  });
});
