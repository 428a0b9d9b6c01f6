// Which requests the response cache may answer. Only read-only status views whose whole content is
// a function of (URL, viewer, data version, bell, today): pages that require a signed-in viewer
// (signed out, they redirect, and a redirect is never stored) and API routes that require a token.
// Client-side navigations (RSC payloads), prefetches and server actions always go to Next.js.

/** A page (session cookie) or an API route (bearer token). */
export type CacheableKind = "page" | "api";

export type RequestHead = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

// 县市区对比 (/counties) is the city's status beside its counties': as much a function of the data
// version as the dashboard, and sixteen statuses to lay out each time it is rendered.
const PAGES = new Set(["/dashboard", "/summary", "/counties"]);
const API_ROUTES = new Set(["/api/v1/status"]);
// Headers of Next.js's own client requests: their responses are RSC payloads, not documents.
const NEXT_CLIENT_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action"];

export function cacheableKind(request: RequestHead): CacheableKind | null {
  if (request.method !== "GET" || !request.url?.startsWith("/")) return null;
  const path = request.url.split("?")[0];
  const { headers } = request;
  if (API_ROUTES.has(path)) return headers.authorization ? "api" : null;
  if (!PAGES.has(path) || !headers.cookie || headers.authorization) return null;
  return NEXT_CLIENT_HEADERS.some((name) => headers[name] !== undefined) ? null : "page";
}
