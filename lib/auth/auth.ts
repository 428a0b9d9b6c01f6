// Auth.js (next-auth v5): credentials sign-in, JWT sessions in an httpOnly cookie (Secure and
// __Secure- prefixed whenever the site is served over https). The JWT only carries the user id;
// role, unit and active status are read from the database on each request (get-session-viewer.ts).
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticateUser, SignInRefused } from "../data/users/authenticate-user.ts";
import { readEnv } from "../env.ts";

/** Carries why sign-in failed to the login action (Auth.js only passes a `code` string through). */
class SignInFailed extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

/**
 * The client address for per-address throttling, as the reverse proxy reports it (the app never
 * sees the socket). Without such a header there is no address to throttle by: the per-account
 * limit still applies, and one shared "unknown" bucket would let anyone lock everybody out.
 */
function clientIp(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || request.headers.get("x-real-ip") || "").slice(0, 64);
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: readEnv().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 }, // one working day
  pages: { signIn: "/login" },
  callbacks: {
    // The token's subject is the user id (from authorize); expose only that to the app.
    session: ({ session, token }) => ({ ...session, user: { ...session.user, id: token.sub ?? "" } }),
  },
  providers: [
    Credentials({
      credentials: { login: {}, password: {} },
      async authorize(credentials, request) {
        const login = typeof credentials.login === "string" ? credentials.login : "";
        const password = typeof credentials.password === "string" ? credentials.password : "";
        try {
          const viewer = await authenticateUser(login, password, clientIp(request));
          return { id: String(viewer.id), name: viewer.name };
        } catch (error) {
          if (error instanceof SignInRefused) throw new SignInFailed(`${error.reason}:${error.message}`);
          throw error;
        }
      },
    }),
  ],
});
