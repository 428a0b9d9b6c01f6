// Next.js 16's proxy (formerly middleware.ts): runs before every page is rendered. It gives each
// rendering a fresh nonce and the Content-Security-Policy that names it (lib/http/content-security-policy.ts):
// Next.js reads the policy from the request headers and puts the nonce on its inline scripts, and
// the browser gets the same policy on the response. Authorization does not live here (STYLE.md):
// pages and data functions decide. Pages the response cache answers (scripts/serve.mjs) never get
// here: they are replayed with the nonce and the policy they were rendered with (see
// docs/ARCHITECTURE.md "Content-Security-Policy").
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "./lib/http/content-security-policy.ts";
import { RETURN_PATH_HEADER } from "./lib/http/return-path.ts";

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  // scripts/serve.mjs has reduced X-Forwarded-Proto to "http" or "https" (lib/http/request-guard).
  const policy = contentSecurityPolicy(nonce, {
    https: request.headers.get("x-forwarded-proto") === "https",
    dev: process.env.NODE_ENV === "development",
  });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  // Layouts are not given the URL: the signed-in pages' layout sends a visitor to sign in and back here.
  headers.set(RETURN_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages and file downloads; not the JSON API, Next.js's static files or the icon, nor the two
      // upload routes that answer their form's script with JSON: for a request the proxy runs on,
      // Next.js keeps a copy of the body, and a body the client aborts (an upload cancelled) makes
      // it log "Error: aborted" with a stack, although the route itself answers quietly.
      source: "/((?!api/|_next/static|_next/image|favicon.ico|inbox/save$|plans/import/upload$).*)",
      // Prefetches carry no HTML to protect.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
