// Hostile requests against the production server (scripts/serve.mjs) — issue 13: forwarding
// headers that once answered 500, URLs that do not decode, an oversized form body, the
// Content-Security-Policy with its nonce (and pages still working under it), and a session
// cookie copied before sign-out that no longer works after it.
import http from "node:http";
import { expect, test } from "@playwright/test";
import { signIn, signOut } from "./support/sign-in.ts";

const PORT = Number(process.env.E2E_PORT || 3210);

test("a malformed X-Forwarded-Proto or X-Forwarded-Host never answers 500", async ({ request }) => {
  const hostile: Record<string, string>[] = [
    { "X-Forwarded-Proto": "https, http" },
    { "X-Forwarded-Proto": "javascript" },
    { "X-Forwarded-Host": "bad host, x" },
    { "X-Forwarded-For": "not-an-address, ::::" },
    { "X-Real-IP": "\u00ff" },
  ];
  for (const headers of hostile) {
    for (const path of ["/", "/login", "/tasks/1", "/api/auth/session", "/api/auth/csrf"]) {
      const response = await request.get(path, { headers, maxRedirects: 0 });
      expect(response.status(), `${path} ${JSON.stringify(headers)}`).toBeLessThan(500);
    }
  }
});

test("a URL that does not decode, or carries a NUL, is refused with 400 in Chinese", async ({ request }) => {
  for (const path of ["/units/%ED%A0%80", "/tasks?q=%00", "/tasks?q=%FF%FE", "/measures/%E4%BD"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.text()).toContain("网址无效");
  }
  expect((await request.get("/tasks?q=%E4%BD%93%E8%82%B2")).status()).toBe(200);
});

test("a form body over the limit is refused with 413 before it is read", async () => {
  const status = await new Promise<number>((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: PORT,
        path: "/login",
        method: "POST",
        headers: { "Content-Type": "multipart/form-data; boundary=x", "Content-Length": String(200 * 1024 * 1024) },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("error", reject);
    req.write("--x\r\n"); // and never the rest
  });
  expect(status).toBe(413);
});

test("pages carry a nonce-based Content-Security-Policy, and work under it", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/login");
  const policy = response?.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  // Next.js's inline scripts carry this request's nonce (the attribute is hidden from the DOM, so read the HTML).
  const html = await response!.text();
  expect(html).toContain(`nonce="${nonce}"`);
  // Over plain http: no HSTS, no upgrade of asset requests.
  expect(response?.headers()["strict-transport-security"]).toBeUndefined();
  expect(policy).not.toContain("upgrade-insecure-requests");
  const next = await page.request.get("/login");
  expect(next.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`); // fresh for each rendering

  // Client components still run: the sign-in form (a server action) and the dashboard's charts.
  await signIn(page, "coordinator");
  await page.goto("/dashboard");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  expect(violations).toEqual([]);
});

test("a session cookie copied before sign-out no longer works after it", async ({ page, browser }) => {
  await signIn(page, "leader");
  const copied = (await page.context().cookies()).filter((c) => c.name.endsWith("authjs.session-token"));
  expect(copied.length).toBeGreaterThan(0);
  await signOut(page);

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/dashboard");
  await expect(stolen).toHaveURL(/\/login/);
  await thief.close();
});
