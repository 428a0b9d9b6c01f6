// Which requests the response cache may answer (lib/http/response-cache/cacheable-request.ts):
// full-document GETs of /dashboard, /summary and /counties with a cookie, and GET /api/v1/status with a token.
// Next.js's own client requests (RSC payloads, prefetches, server actions) always go to Next.js.
import { describe, expect, it } from "vitest";
import { cacheableKind, type RequestHead } from "@/lib/http/response-cache/cacheable-request.ts";

const COOKIE = "authjs.session-token=abc";
const get = (url: string, headers: RequestHead["headers"] = {}): RequestHead => ({ method: "GET", url, headers });

describe("cacheableKind: pages", () => {
  it.each([
    "/dashboard",
    "/summary",
    "/counties",
    "/dashboard?asOf=2023-05-31&sort=name",
    "/summary?asOf=2023-06-01",
    "/counties?plan=3&sort=name",
  ])("GET %s with a cookie is a page", (url) => {
    expect(cacheableKind(get(url, { cookie: COOKIE }))).toBe("page");
  });

  it("a cookie given as several header values still counts", () => {
    expect(cacheableKind(get("/dashboard", { cookie: [COOKIE, "other=1"] }))).toBe("page");
  });

  it("without a cookie, it is not cacheable (the page would redirect to the login page)", () => {
    expect(cacheableKind(get("/dashboard"))).toBeNull();
    expect(cacheableKind(get("/summary", { cookie: "" }))).toBeNull();
  });

  it.each(["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action"])(
    "a request with the Next.js client header %s goes to Next.js",
    (name) => {
      expect(cacheableKind(get("/dashboard", { cookie: COOKIE, [name]: "1" }))).toBeNull();
      expect(cacheableKind(get("/summary", { cookie: COOKIE, [name]: "" }))).toBeNull(); // present, even empty
    },
  );

  it("a page request with an Authorization header goes to Next.js", () => {
    expect(cacheableKind(get("/dashboard", { cookie: COOKIE, authorization: "Bearer dbn_x" }))).toBeNull();
  });

  it.each(["POST", "HEAD", "PUT", "DELETE", "OPTIONS", undefined])("%s is not cacheable", (method) => {
    expect(cacheableKind({ method, url: "/dashboard", headers: { cookie: COOKIE } })).toBeNull();
    expect(cacheableKind({ method, url: "/api/v1/status", headers: { authorization: "Bearer dbn_x" } })).toBeNull();
  });

  it.each([
    "/dashboard/",
    "/dashboard/x",
    "/Dashboard",
    "/counties/",
    "/countiesx",
    "/summary/",
    "/tasks",
    "/",
    "/api/v1/plans",
    "/api/v1/status/",
    "/exports/ledger",
    "/dashboardx",
  ])("%s is not cacheable", (url) => {
    expect(cacheableKind(get(url, { cookie: COOKIE }))).toBeNull();
    expect(cacheableKind(get(url, { cookie: COOKIE, authorization: "Bearer dbn_x" }))).toBeNull();
  });

  it("a URL that is not a path (absolute form, or none) is not cacheable", () => {
    expect(cacheableKind(get("http://example.org/dashboard", { cookie: COOKIE }))).toBeNull();
    expect(cacheableKind({ method: "GET", headers: { cookie: COOKIE } })).toBeNull();
  });
});

describe("cacheableKind: the API", () => {
  it("GET /api/v1/status with an Authorization header is an API request, with or without a query", () => {
    expect(cacheableKind(get("/api/v1/status", { authorization: "Bearer dbn_x" }))).toBe("api");
    expect(cacheableKind(get("/api/v1/status?asOf=2023-06-03", { authorization: "Bearer dbn_x" }))).toBe("api");
    // The viewer is the token's even when a session cookie comes along.
    expect(cacheableKind(get("/api/v1/status", { authorization: "Bearer dbn_x", cookie: COOKIE }))).toBe("api");
  });

  it("without an Authorization header it is not cacheable (the route answers 401)", () => {
    expect(cacheableKind(get("/api/v1/status"))).toBeNull();
    expect(cacheableKind(get("/api/v1/status", { cookie: COOKIE }))).toBeNull();
    expect(cacheableKind(get("/api/v1/status", { authorization: "" }))).toBeNull();
  });
});
