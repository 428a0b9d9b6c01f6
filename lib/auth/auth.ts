// Auth.js (next-auth v5): credentials sign-in, JWT sessions in an httpOnly cookie (Secure and
// __Secure- prefixed whenever the site is served over https). The JWT only carries the user id;
// role, unit and active status are read from the database on each request (get-session-viewer.ts),
// together with the session's claims (session-claims.ts: version, id, sign-in time).
import { randomUUID } from "node:crypto";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticateUser, SignInRefused } from "../data/users/authenticate-user.ts";
import { readEnv } from "../env.ts";
import { SESSION_MAX_AGE_SECONDS } from "./session-claims.ts";

/** Carries why sign-in failed to the login action (Auth.js only passes a `code` string through). */
class SignInFailed extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

/**
 * The client address for per-address throttling. scripts/serve.mjs has replaced X-Forwarded-For
 * with the one address it found (lib/http/request-guard: the socket's, or the client's as a
 * trusted proxy reports it), so the first entry is all there is.
 */
function clientIp(request: Request): string {
  return (request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "").slice(0, 64);
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: readEnv().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  callbacks: {
    // At sign-in (`user` is what authorize returned) the token gets the session's claims; renewals
    // keep them unchanged, so the sign-in time and the version stay those of the sign-in.
    jwt: ({ token, user }) => {
      if (user)
        Object.assign(token, {
          sv: (user as { sessionVersion?: number }).sessionVersion ?? 0,
          sid: randomUUID(),
          sit: Math.floor(Date.now() / 1000),
        });
      return token;
    },
    // The token's subject is the user id (from authorize); the app reads it with the claims
    // (lib/auth/viewer.ts) and checks them against the database on every request.
    session: ({ session, token }) => ({
      ...session,
      user: { ...session.user, id: token.sub ?? "" },
      claims: { sub: token.sub, sv: token.sv, sid: token.sid, sit: token.sit },
    }),
  },
  providers: [
    Credentials({
      credentials: { login: {}, password: {} },
      async authorize(credentials, request) {
        const login = typeof credentials.login === "string" ? credentials.login : "";
        const password = typeof credentials.password === "string" ? credentials.password : "";
        try {
          const viewer = await authenticateUser(login, password, clientIp(request));
          return { id: String(viewer.id), name: viewer.name, sessionVersion: viewer.sessionVersion };
        } catch (error) {
          if (error instanceof SignInRefused) throw new SignInFailed(`${error.reason}:${error.message}`);
          throw error;
        }
      },
    }),
  ],
});
