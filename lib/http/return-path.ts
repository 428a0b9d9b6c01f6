// Where a page sends a signed-out visitor back to after signing in: the request's own path and query,
// which the proxy (proxy.ts) puts in a request header, since layouts are not given the URL.
// Only a path on this site is ever a return address (never `//evil.example` or `/\evil.example`).

export const RETURN_PATH_HEADER = "x-duban-path";

/** `value` when it is a path on this site, else the overview. */
export function safeReturnPath(value: unknown): string {
  return typeof value === "string" && /^\/(?![/\\])/.test(value) ? value : "/";
}
