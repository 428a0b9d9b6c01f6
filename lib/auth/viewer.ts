// The signed-in viewer for server components, actions and route handlers.
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getSessionViewer } from "../data/users/get-session-viewer.ts";
import { AppError } from "../errors.ts";
import { RETURN_PATH_HEADER, safeReturnPath } from "../http/return-path.ts";
import { authMessages } from "../messages/auth.ts";
import { auth } from "./auth.ts";
import type { Viewer } from "./permissions.ts";
import { sessionClaims, type SessionClaims } from "./session-claims.ts";

/** The claims of this request's session cookie, or null when signed out. */
export const getSessionClaims = cache(async (): Promise<SessionClaims | null> => {
  const session = (await auth()) as { claims?: unknown } | null;
  return sessionClaims(session?.claims);
});

/** The viewer of this request, or null when signed out (or deactivated, or the session was ended). Cached per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const claims = await getSessionClaims();
  return claims ? getSessionViewer(claims) : null;
});

/** For actions: the viewer, or an UNAUTHENTICATED error. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED", authMessages.signInRequired);
  return viewer;
}

/**
 * For pages and the signed-in pages' layout: the viewer, or a redirect to the login page that comes
 * back here afterwards (to `returnTo`, by default the requested path and query).
 */
export async function requirePageViewer(returnTo?: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) {
    const back = returnTo ?? safeReturnPath((await headers()).get(RETURN_PATH_HEADER));
    redirect(`/login?callbackUrl=${encodeURIComponent(back)}`);
  }
  return viewer;
}
