// The user id in a request's Auth.js session cookie, found and decoded exactly as Auth.js does it,
// for code that runs before Next.js takes the request (the response cache, lib/http/response-cache).
// Auth.js reads one cookie name per request, chosen by the protocol it believes the request came
// over: AUTH_URL's when set, else X-Forwarded-Proto as sent (Next.js adds "http" on our plain
// connections); over https it is the `__Secure-` one (@auth/core createActionURL, defaultCookies).
import { getToken } from "next-auth/jwt";
import { readEnv } from "../env.ts";
import { sessionClaims, type SessionClaims } from "./session-claims.ts";

/** Whether Auth.js takes a request with this X-Forwarded-Proto for https. */
export function isHttpsForAuth(forwardedProto: string | undefined): boolean {
  const envUrl = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL;
  if (envUrl) return URL.canParse(envUrl) && new URL(envUrl).protocol === "https:";
  return (forwardedProto ?? "http").trim().toLowerCase().replace(/:$/, "") === "https";
}

/** The session's claims (user id, version, id, sign-in time), or null without a valid session cookie. */
export async function sessionCookieClaims(cookieHeader: string | undefined, https: boolean): Promise<SessionClaims | null> {
  const secret = readEnv().AUTH_SECRET;
  if (!cookieHeader || !secret) return null;
  const cookieName = https ? "__Secure-authjs.session-token" : "authjs.session-token";
  // Only the cookie is passed on: getToken would otherwise accept an Authorization header as well.
  // It joins a large session's chunks (`name.0`, `name.1`…) and checks the expiry, as Auth.js does.
  const token = await getToken({ req: { headers: { cookie: cookieHeader } }, secret, cookieName, salt: cookieName, secureCookie: https });
  return sessionClaims(token);
}
