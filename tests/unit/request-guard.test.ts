// The request guard's pure parts (issue 13, items 1, 4 and 5): which address and protocol a request
// came from, believed from forwarding headers only when a trusted proxy sent them, and which
// request targets are refused before any page reads them.
import { describe, expect, it } from "vitest";
import { forwardedAddress, requestOrigin, validHost } from "@/lib/http/request-guard/forwarded.ts";
import { requestTargetError } from "@/lib/http/request-guard/request-target.ts";
import { parseTrustedProxies, trustedProxyEntryError } from "@/lib/http/request-guard/trusted-proxies.ts";
import { readEnv } from "@/lib/env.ts";

const nginx = parseTrustedProxies("127.0.0.1, 10.0.0.0/8, ::1");
const nobody = parseTrustedProxies(undefined);
const host = { host: "duban.example.org" };

describe("trusted proxies", () => {
  it("matches addresses, ranges, the loopback keyword and IPv4 on dual-stack sockets", () => {
    expect(nginx.has("127.0.0.1")).toBe(true);
    expect(nginx.has("::ffff:127.0.0.1")).toBe(true);
    expect(nginx.has("10.20.30.40")).toBe(true);
    expect(nginx.has("::1")).toBe(true);
    expect(nginx.has("127.0.0.2")).toBe(false);
    expect(nginx.has("not an address")).toBe(false);
    const loopback = parseTrustedProxies("loopback");
    expect(["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.5"].every((a) => loopback.has(a))).toBe(true);
    expect(loopback.has("192.168.1.1")).toBe(false);
    expect(nobody.has("127.0.0.1")).toBe(false);
  });

  it("refuses entries that are not addresses or ranges, in Chinese, at start-up (lib/env.ts)", () => {
    expect(trustedProxyEntryError("10.0.0.0/33")).toContain("0–32");
    expect(trustedProxyEntryError("nginx")).toContain("不是 IP 地址");
    expect(trustedProxyEntryError("2001:db8::/48")).toBeNull();
    expect(() => readEnv({ TRUSTED_PROXIES: "127.0.0.1, proxy.local" })).toThrow(/TRUSTED_PROXIES.*proxy\.local/);
    expect(readEnv({ TRUSTED_PROXIES: " 127.0.0.1 ,10.0.0.0/8 " }).TRUSTED_PROXIES).toBeDefined();
  });
});

describe("the client address", () => {
  it("reached directly, is the socket's: X-Forwarded-For and X-Real-IP are ignored, however they rotate", () => {
    for (const spoof of ["1.2.3.4", "5.6.7.8, 9.9.9.9", "garbage"]) {
      const origin = requestOrigin(
        "203.0.113.9",
        false,
        { ...host, "x-forwarded-for": spoof, "x-real-ip": "8.8.8.8", "x-forwarded-proto": "https" },
        nobody,
      );
      expect(origin).toEqual({ clientAddress: "203.0.113.9", protocol: "http", host: "duban.example.org" });
    }
  });

  it("behind a trusted proxy, is the rightmost address the proxies did not add", () => {
    const via = (xff: string) => requestOrigin("127.0.0.1", false, { ...host, "x-forwarded-for": xff }, nginx).clientAddress;
    expect(via("198.51.100.7")).toBe("198.51.100.7");
    // The client put 1.2.3.4 in front itself: everything left of the first untrusted hop is the client's word.
    expect(via("1.2.3.4, 198.51.100.7")).toBe("198.51.100.7");
    expect(via("1.2.3.4, 198.51.100.7, 10.1.1.1")).toBe("198.51.100.7");
    expect(via("198.51.100.7:51234")).toBe("198.51.100.7");
    expect(via("[2001:db8::7]:443")).toBe("2001:db8::7");
    // A garbage hop stops the walk: nothing left of it can be believed.
    expect(via("1.2.3.4, bogus")).toBe("127.0.0.1");
  });

  it("behind a proxy that sets only X-Real-IP, is that address, so users are not all one address", () => {
    const a = requestOrigin("127.0.0.1", false, { ...host, "x-real-ip": "198.51.100.1" }, nginx);
    const b = requestOrigin("127.0.0.1", false, { ...host, "x-real-ip": "198.51.100.2" }, nginx);
    expect([a.clientAddress, b.clientAddress]).toEqual(["198.51.100.1", "198.51.100.2"]);
    // Next.js fills X-Forwarded-For with the socket's address when it is missing: that is the proxy, so X-Real-IP still counts.
    expect(
      requestOrigin("127.0.0.1", false, { ...host, "x-forwarded-for": "127.0.0.1", "x-real-ip": "198.51.100.3" }, nginx).clientAddress,
    ).toBe("198.51.100.3");
  });
});

describe("protocol and host", () => {
  it("reads the first X-Forwarded-Proto value from a trusted proxy; anything else falls back to the connection's", () => {
    const proto = (value: string) => requestOrigin("127.0.0.1", false, { ...host, "x-forwarded-proto": value }, nginx).protocol;
    expect(proto("https, http")).toBe("https");
    expect(proto(" HTTPS ")).toBe("https");
    expect(proto("http, https")).toBe("http");
    expect(proto("gopher")).toBe("http");
    expect(proto("")).toBe("http");
    expect(requestOrigin("127.0.0.1", true, host, nginx).protocol).toBe("https");
  });

  it("takes a host a URL can be built from, and nothing else", () => {
    expect(validHost("Duban.Example.org:8443")).toBe("duban.example.org:8443");
    expect(validHost("[::1]:3000")).toBe("[::1]:3000");
    for (const bad of ["a b", "evil.org/path", "x@y", "", "-a.org", "a..b", undefined]) expect(validHost(bad)).toBeNull();
    expect(requestOrigin("127.0.0.1", false, { host: "internal:3241", "x-forwarded-host": "duban.example.org, other" }, nginx).host).toBe(
      "duban.example.org",
    );
    expect(requestOrigin("127.0.0.1", false, { host: "internal:3241", "x-forwarded-host": "bad host" }, nginx).host).toBe("internal:3241");
    expect(requestOrigin("203.0.113.9", false, { host: "internal:3241", "x-forwarded-host": "evil.org" }, nginx).host).toBe(
      "internal:3241",
    );
    expect(requestOrigin("203.0.113.9", false, { host: "a b" }, nobody).host).toBeNull();
  });

  it("reads forwarded addresses with or without ports", () => {
    expect(forwardedAddress(" 203.0.113.5 ")).toBe("203.0.113.5");
    expect(forwardedAddress("::ffff:203.0.113.5")).toBe("203.0.113.5");
    expect(forwardedAddress("unknown")).toBeNull();
    expect(forwardedAddress("203.0.113.5:99999x")).toBeNull();
  });
});

describe("request targets", () => {
  it("accepts ordinary paths and queries, Chinese included", () => {
    for (const ok of ["/", "/units/3", "/tasks?q=%E4%BD%93%E8%82%B2", "/dashboard?asOf=2023-06-20&sort=onTime", "/a+b?x=1+2"])
      expect(requestTargetError(ok)).toBeNull();
  });
  it("refuses invalid UTF-8, broken escapes and control characters", () => {
    expect(requestTargetError("/units/%ED%A0%80")).toBe("malformed"); // a UTF-16 surrogate, not UTF-8
    expect(requestTargetError("/tasks?q=%FF")).toBe("malformed");
    expect(requestTargetError("/tasks?q=%E4%BD")).toBe("malformed");
    expect(requestTargetError("/tasks?q=%zz")).toBe("malformed");
    expect(requestTargetError("/tasks?q=a%00b")).toBe("control");
    expect(requestTargetError("/units/%0a")).toBe("control");
    expect(requestTargetError("http://evil.org/")).toBe("malformed");
    expect(requestTargetError(undefined)).toBe("malformed");
  });
});
