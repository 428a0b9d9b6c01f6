// The user id in a request's Auth.js session cookie, decoded exactly as Auth.js decodes it, for code
// that runs before Next.js takes the request (the response cache, lib/http/response-cache). Auth.js
// picks the cookie's name (`__Secure-` or not) from the request's protocol; this side does not try
// to guess that: it reads the one session cookie a request carries and gives up when it carries
// both kinds. If Auth.js then looks for the other name it finds no session and the page redirects
// to the sign-in page, which is never cached.
import { getToken } from "next-auth/jwt";
import { readEnv } from "../env.ts";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"] as const;

/** Session cookie names present in a Cookie header (large sessions are split into `name.0`, `name.1`…). */
function sessionCookieNames(cookieHeader: string): string[] {
  const names = new Set(cookieHeader.split(";").map((part) => part.split("=")[0].trim().replace(/\.\d+$/, "")));
  return SESSION_COOKIES.filter((name) => names.has(name));
}

export async function sessionUserId(cookieHeader: string | undefined): Promise<number | null> {
  const secret = readEnv().AUTH_SECRET;
  if (!cookieHeader || !secret) return null;
  const names = sessionCookieNames(cookieHeader);
  if (names.length !== 1) return null;
  const [cookieName] = names;
  // Only the cookie is passed on: getToken would otherwise accept an Authorization header as well.
  const token = await getToken({ req: { headers: { cookie: cookieHeader } }, secret, cookieName, salt: cookieName, secureCookie: cookieName.startsWith("__Secure-") });
  const id = Number(token?.sub);
  return Number.isInteger(id) && id > 0 ? id : null;
}
