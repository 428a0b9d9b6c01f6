// Which requests the proxy (proxy.ts: the CSP nonce) runs on, as Next.js matches them: every page
// and download, but not the API, static files, or the upload routes (a cancelled upload's aborted
// body must not reach Next.js's copy of it, which logs "Error: aborted").
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { config } from "@/proxy.ts";

const matches = (url: string, headers: Record<string, string> = {}) =>
  unstable_doesMiddlewareMatch({ config, url: `http://localhost:3000${url}`, headers });

describe("proxy matcher", () => {
  it.each(["/", "/inbox", "/inbox/12/34", "/plans/import", "/plans/import/7", "/review/5", "/bulletins/3/docx", "/exports/ledger"])(
    "runs on %s",
    (url) => expect(matches(url)).toBe(true),
  );

  it.each(["/inbox/save", "/plans/import/upload", "/api/v1/status", "/_next/static/chunks/a.js", "/favicon.ico"])(
    "leaves %s alone",
    (url) => expect(matches(url)).toBe(false),
  );

  it("leaves prefetches alone", () => {
    expect(matches("/dashboard", { "next-router-prefetch": "1" })).toBe(false);
  });
});
