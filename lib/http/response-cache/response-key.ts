// The key a response is stored under: everything the response depends on. The viewer is found as
// the page or route will find it (session cookie or bearer token, then the user row: deactivated
// users and revoked tokens get no key and go to Next.js, which refuses them). The data version
// moves with every audited write and every import, the bell version with the viewer's
// notifications, and the date with the clock, so a stored response is only ever served for the
// state it was rendered from or a later one. No key (null): do not cache this request.
import { bearerToken } from "../../api/bearer-token.ts";
import { isHttpsForAuth, sessionCookieClaims } from "../../auth/session-user-id.ts";
import type { Viewer } from "../../auth/permissions.ts";
import { today } from "../../clock.ts";
import { getBellVersion } from "../../data/notifications/list-notifications.ts";
import { currentDataVersion } from "../../data/status/data-version.ts";
import { authenticateToken } from "../../data/tokens/authenticate-token.ts";
import { getSessionViewer } from "../../data/users/get-session-viewer.ts";
import { cacheableKind, type RequestHead } from "./cacheable-request.ts";

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(",") : value);

async function viewerOf(kind: "page" | "api", request: RequestHead): Promise<Viewer | null> {
  if (kind === "api") {
    const token = bearerToken(header(request.headers.authorization));
    return token ? authenticateToken(token) : null;
  }
  const claims = await sessionCookieClaims(header(request.headers.cookie), isHttpsForAuth(header(request.headers["x-forwarded-proto"])));
  // The same check as the page's (lib/auth/viewer.ts): an ended session gets no key, and Next.js
  // then treats it as signed out.
  return claims ? getSessionViewer(claims) : null;
}

export async function responseKey(request: RequestHead): Promise<string | null> {
  const kind = cacheableKind(request);
  if (!kind) return null;
  const viewer = await viewerOf(kind, request);
  if (!viewer) return null;
  const [data, bell] = await Promise.all([currentDataVersion(), kind === "page" ? getBellVersion(viewer) : ""]);
  if (data === null) return null; // a write is in flight: render for this request alone
  // Next.js compresses per Accept-Encoding, so the stored bytes depend on it too.
  return JSON.stringify([
    request.url,
    viewer.id,
    viewer.role,
    viewer.unitId,
    viewer.regionId,
    viewer.name,
    data,
    bell,
    today(),
    header(request.headers["accept-encoding"]) ?? "",
  ]);
}
