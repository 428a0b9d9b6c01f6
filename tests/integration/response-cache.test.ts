// The response cache (lib/http/response-cache) on a real database: the key a response is kept
// under (URL, viewer from a real Auth.js session cookie or API token, data version, bell version,
// date, Accept-Encoding), and serveWithCache() in front of a stand-in for Next.js on a real
// node:http server: hits, misses, what is never kept, and one rendering for many first requests.
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as delay } from "node:timers/promises";
import { encode } from "next-auth/jwt";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { recordAudit } from "@/lib/data/audit/record-audit.ts";
import { mutate } from "@/lib/data/mutate.ts";
import { getBellVersion } from "@/lib/data/notifications/list-notifications.ts";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/data/notifications/mark-read.ts";
import { notifyUsers } from "@/lib/data/notifications/notify.ts";
import { currentDataVersion } from "@/lib/data/status/data-version.ts";
import { createToken } from "@/lib/data/tokens/create-token.ts";
import { revokeToken } from "@/lib/data/tokens/revoke-token.ts";
import type { RequestHead } from "@/lib/http/response-cache/cacheable-request.ts";
import { responseKey } from "@/lib/http/response-cache/response-key.ts";
import { ResponseStore } from "@/lib/http/response-cache/response-store.ts";
import { serveWithCache } from "@/lib/http/response-cache/serve-with-cache.ts";
import { installTestDb } from "../helpers/app-db.ts";
import { createViewer } from "../helpers/factories.ts";
import { testBackendName, type TestDb } from "../helpers/test-db.ts";

const SECRET = "response-cache-test-secret-0123456789abcdef";
const SESSION = "authjs.session-token";
const SECURE_SESSION = "__Secure-authjs.session-token";

/** A session cookie exactly as Auth.js writes one (JWE, salted with the cookie's name), with the claims of lib/auth/auth.ts. */
async function sessionCookie(userId: number, name: string = SESSION, options: { secret?: string; salt?: string } = {}): Promise<string> {
  const claims = { sub: String(userId), sv: 0, sid: randomUUID(), sit: Math.floor(Date.now() / 1000) };
  const jwe = await encode({ token: claims, secret: options.secret ?? SECRET, salt: options.salt ?? name });
  return `${name}=${jwe}`;
}

const page = (url: string, cookie: string | undefined, extra: Record<string, string> = {}): RequestHead => ({
  method: "GET",
  url,
  headers: { ...(cookie === undefined ? {} : { cookie }), ...extra },
});
const api = (url: string, token: string, extra: Record<string, string> = {}): RequestHead => ({
  method: "GET",
  url,
  headers: { authorization: `Bearer ${token}`, ...extra },
});

/** An audited write, the way every mutation writes its event (lib/data/audit/record-audit.ts). */
const auditedWrite = (db: TestDb, actor: Viewer, n: number) =>
  db.prisma.$transaction((tx) => recordAudit(tx, actor, { action: "test.change", entityType: "Test", entityId: n, after: { n } }));

/** A notification for `viewer`, as the app writes them (inside a transaction); its id. */
async function notify(db: TestDb, viewer: Viewer, title: string): Promise<number> {
  await db.prisma.$transaction((tx) => notifyUsers(tx, [viewer.id], { kind: "REPORT_DUE_SOON", title }));
  return (await db.prisma.notification.findFirstOrThrow({ where: { userId: viewer.id }, orderBy: { id: "desc" } })).id;
}

describe(`response cache (${testBackendName()})`, () => {
  let db: TestDb;
  let savedSecret: string | undefined;
  let coordinator: Viewer;
  let reporter: Viewer;
  let coordinatorCookie: string;
  let reporterCookie: string;
  let writes = 0;

  beforeAll(async () => {
    savedSecret = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = SECRET;
    db = await installTestDb();
    const unitId = (await db.prisma.unit.create({ data: { name: "缓存测试科", region: { connect: { name: "市本级" } } } })).id;
    coordinator = await createViewer(db.prisma, "COORDINATOR");
    reporter = await createViewer(db.prisma, "REPORTER", unitId);
    coordinatorCookie = await sessionCookie(coordinator.id);
    reporterCookie = await sessionCookie(reporter.id);
  });
  afterAll(async () => {
    if (savedSecret === undefined) delete process.env.AUTH_SECRET;
    else process.env.AUTH_SECRET = savedSecret;
    await db?.drop();
  });

  describe("responseKey()", () => {
    it("is the same for two identical requests, and names the URL, the viewer and the versions", async () => {
      const first = await responseKey(page("/dashboard", coordinatorCookie));
      const second = await responseKey(page("/dashboard", coordinatorCookie));
      expect(first).not.toBeNull();
      expect(second).toBe(first);
      const parts = JSON.parse(first!) as unknown[];
      expect(parts[0]).toBe("/dashboard");
      expect(parts).toContain(coordinator.id);
      expect(parts).toContain(await currentDataVersion());
      expect(parts).toContain(await getBellVersion(coordinator));
    });

    it("is null without a cookie, with a cookie that is not a session, or one signed with another secret", async () => {
      expect(await responseKey(page("/dashboard", undefined))).toBeNull();
      expect(await responseKey(page("/dashboard", "theme=dark; lang=zh"))).toBeNull();
      expect(await responseKey(page("/dashboard", `${SESSION}=garbage`))).toBeNull();
      expect(await responseKey(page("/dashboard", `${SESSION}=${"A".repeat(200)}.x.y.z.w`))).toBeNull();
      expect(
        await responseKey(
          page("/dashboard", await sessionCookie(coordinator.id, SESSION, { secret: "another-secret-of-at-least-32-characters!!" })),
        ),
      ).toBeNull();
      // The salt is the cookie's name: a token minted for one name is refused under the other.
      expect(await responseKey(page("/dashboard", await sessionCookie(coordinator.id, SECURE_SESSION, { salt: SESSION })))).toBeNull();
      // A session for a user id that does not exist.
      expect(await responseKey(page("/dashboard", await sessionCookie(999_999)))).toBeNull();
    });

    it("is null while the server has no AUTH_SECRET to read sessions with", async () => {
      expect(await responseKey(page("/dashboard", coordinatorCookie))).not.toBeNull();
      delete process.env.AUTH_SECRET;
      try {
        expect(await responseKey(page("/dashboard", coordinatorCookie))).toBeNull();
      } finally {
        process.env.AUTH_SECRET = SECRET;
      }
    });

    it("is null for a request Next.js must answer itself, even with a valid session", async () => {
      expect(await responseKey(page("/dashboard", coordinatorCookie, { rsc: "1" }))).toBeNull();
      expect(await responseKey(page("/tasks", coordinatorCookie))).toBeNull();
      expect(await responseKey({ method: "POST", url: "/dashboard", headers: { cookie: coordinatorCookie } })).toBeNull();
    });

    it("reads the session cookie Auth.js reads: the plain one over http, the __Secure- one over https", async () => {
      const secure = await sessionCookie(coordinator.id, SECURE_SESSION);
      const https = { "x-forwarded-proto": "https" };
      const overHttp = await responseKey(page("/dashboard", coordinatorCookie));
      expect(overHttp).not.toBeNull();
      expect(await responseKey(page("/dashboard", secure, https))).toBe(overHttp);
      // The other name is not the session Auth.js would find: no key, Next.js redirects to sign-in.
      expect(await responseKey(page("/dashboard", secure))).toBeNull();
      expect(await responseKey(page("/dashboard", coordinatorCookie, https))).toBeNull();
      // Both present: only the one of the request's protocol counts, as for Auth.js.
      expect(await responseKey(page("/dashboard", `${secure}; ${reporterCookie}`))).toBe(
        await responseKey(page("/dashboard", reporterCookie)),
      );
      expect(await responseKey(page("/dashboard", `${secure}; ${reporterCookie}`, https))).toBe(overHttp);
    });

    it("takes the protocol from AUTH_URL when it is set, as Auth.js does", async () => {
      const secure = await sessionCookie(reporter.id, SECURE_SESSION);
      process.env.AUTH_URL = "https://duban.example.org";
      try {
        expect(await responseKey(page("/summary", secure))).toBe(
          await responseKey(page("/summary", secure, { "x-forwarded-proto": "https" })),
        );
        expect(await responseKey(page("/summary", secure))).not.toBeNull();
        expect(await responseKey(page("/summary", reporterCookie))).toBeNull();
      } finally {
        delete process.env.AUTH_URL;
      }
    });

    it("works with a valid __Secure- session cookie over https, and gives the same key as the plain cookie of that user", async () => {
      const secure = await sessionCookie(reporter.id, SECURE_SESSION);
      const key = await responseKey(page("/summary", `lang=zh; ${secure}`, { "x-forwarded-proto": "https" }));
      expect(key).not.toBeNull();
      expect(key).toBe(await responseKey(page("/summary", reporterCookie)));
    });

    it("is null for a deactivated user, and comes back when the account is reactivated", async () => {
      const user = await createViewer(db.prisma, "LEADER");
      const cookie = await sessionCookie(user.id);
      const before = await responseKey(page("/dashboard", cookie));
      expect(before).not.toBeNull();
      await db.prisma.user.update({ where: { id: user.id }, data: { active: false } });
      expect(await responseKey(page("/dashboard", cookie))).toBeNull();
      await db.prisma.user.update({ where: { id: user.id }, data: { active: true } });
      expect(await responseKey(page("/dashboard", cookie))).toBe(before);
    });

    it("differs for another user, another URL and another Accept-Encoding", async () => {
      const base = await responseKey(page("/dashboard", coordinatorCookie, { "accept-encoding": "gzip" }));
      const others = [
        await responseKey(page("/dashboard", reporterCookie, { "accept-encoding": "gzip" })),
        await responseKey(page("/summary", coordinatorCookie, { "accept-encoding": "gzip" })),
        await responseKey(page("/dashboard?asOf=2023-05-31", coordinatorCookie, { "accept-encoding": "gzip" })),
        await responseKey(page("/dashboard?sort=name", coordinatorCookie, { "accept-encoding": "gzip" })),
        await responseKey(page("/dashboard", coordinatorCookie, { "accept-encoding": "br" })),
        await responseKey(page("/dashboard", coordinatorCookie, { "accept-encoding": "gzip, deflate, br" })),
        await responseKey(page("/dashboard", coordinatorCookie)),
      ];
      expect(base).not.toBeNull();
      for (const other of others) expect(other).not.toBeNull();
      expect(new Set([base, ...others]).size).toBe(others.length + 1);
    });

    it("follows the user row: a new display name or role gives a new key", async () => {
      const user = await createViewer(db.prisma, "LEADER");
      const cookie = await sessionCookie(user.id);
      const before = await responseKey(page("/dashboard", cookie));
      await db.prisma.user.update({ where: { id: user.id }, data: { displayName: "改名后的领导" } });
      const renamed = await responseKey(page("/dashboard", cookie));
      await db.prisma.user.update({ where: { id: user.id }, data: { role: "COORDINATOR" } });
      const promoted = await responseKey(page("/dashboard", cookie));
      expect(new Set([before, renamed, promoted]).size).toBe(3);
    });

    it("changes after an audited write, for every viewer", async () => {
      const coordinatorBefore = await responseKey(page("/dashboard", coordinatorCookie));
      const reporterBefore = await responseKey(page("/summary", reporterCookie));
      const versionBefore = await currentDataVersion();
      await auditedWrite(db, coordinator, ++writes);
      expect(await currentDataVersion()).not.toBe(versionBefore);
      const coordinatorAfter = await responseKey(page("/dashboard", coordinatorCookie));
      expect(coordinatorAfter).not.toBeNull();
      expect(coordinatorAfter).not.toBe(coordinatorBefore);
      expect(await responseKey(page("/summary", reporterCookie))).not.toBe(reporterBefore);
      // And stays put while nothing else is written.
      expect(await responseKey(page("/dashboard", coordinatorCookie))).toBe(coordinatorAfter);
    });

    it("changes when a plan row is updated (a re-import), with no audit event", async () => {
      const plan = await db.prisma.plan.create({
        data: { title: "缓存测试计划", year: 2099, sourceText: "一、测试", region: { connect: { name: "市本级" } } },
      });
      const before = await responseKey(page("/dashboard", coordinatorCookie));
      const auditBefore = await db.prisma.auditEvent.count();
      await delay(5); // updatedAt has millisecond resolution
      await db.prisma.plan.update({ where: { id: plan.id }, data: { title: "缓存测试计划（修订）" } });
      expect(await db.prisma.auditEvent.count()).toBe(auditBefore);
      const after = await responseKey(page("/dashboard", coordinatorCookie));
      expect(after).not.toBeNull();
      expect(after).not.toBe(before);
    });

    it("changes with the viewer's bell: a new notification, then reading it; the bell never returns to an earlier value", async () => {
      const bells: string[] = [await getBellVersion(coordinator)];
      const keys: (string | null)[] = [await responseKey(page("/dashboard", coordinatorCookie))];
      const reporterKey = await responseKey(page("/dashboard", reporterCookie));
      const record = async () => {
        bells.push(await getBellVersion(coordinator));
        keys.push(await responseKey(page("/dashboard", coordinatorCookie)));
      };

      const first = await notify(db, coordinator, "第一条提醒");
      await record(); // newer notification, one unread
      await markNotificationRead(coordinator, first);
      await record(); // same newest notification, none unread
      await notify(db, coordinator, "第二条提醒");
      await notify(db, coordinator, "第三条提醒");
      await record(); // two unread
      await markAllNotificationsRead(coordinator);
      await record(); // none unread again, but a newer newest

      expect(bells).toEqual([
        expect.stringMatching(/^0:0$/),
        `${first}:1`,
        `${first}:0`,
        expect.stringMatching(/:2$/),
        expect.stringMatching(/:0$/),
      ]);
      expect(new Set(bells).size).toBe(bells.length);
      expect(keys.every((k) => k !== null)).toBe(true);
      expect(new Set(keys).size).toBe(keys.length);
      // Another viewer's bell is theirs alone: their key did not move.
      expect(await responseKey(page("/dashboard", reporterCookie))).toBe(reporterKey);
    });

    it("for the API: the token's viewer, without the bell; null for a revoked token or an unknown one", async () => {
      const { id, token } = await createToken(reporter, { name: "缓存键" });
      const other = (await createToken(coordinator, { name: "缓存键2" })).token;
      const key = await responseKey(api("/api/v1/status", token));
      expect(key).not.toBeNull();
      expect(await responseKey(api("/api/v1/status", token))).toBe(key);
      expect(await responseKey(api("/api/v1/status", other))).not.toBe(key);
      expect(await responseKey(api("/api/v1/status?asOf=2023-06-03", token))).not.toBe(key);
      // The bell is a page's, not the API's: a notification leaves the API key alone.
      await notify(db, reporter, "接口不显示铃铛");
      expect(await responseKey(api("/api/v1/status", token))).toBe(key);

      expect(await responseKey(api("/api/v1/status", "dbn_" + "x".repeat(43)))).toBeNull();
      expect(await responseKey({ method: "GET", url: "/api/v1/status", headers: { authorization: `Basic ${token}` } })).toBeNull();
      await revokeToken(reporter, id);
      expect(await responseKey(api("/api/v1/status", token))).toBeNull();
      expect(await responseKey(api("/api/v1/status", other))).not.toBeNull();
    });
  });

  // Two writers at once on PostgreSQL (PGlite has a single connection, so it cannot interleave
  // them): B takes its transaction id first, A takes a later one but writes the earlier-numbered
  // audit event, and B commits while A is still open. A reader now sees event N+1 but not N. The
  // data version must be null here (status-cache.ts: "a reader could see event N+1 committed
  // while N is still open and keep a status lacking N under a key that stays valid after N
  // commits"); otherwise the key read now is still the key once A commits, and a response
  // rendered without A's change is served after it.
  // PostgreSQL only: PGlite has a single connection, so two transactions never interleave there.
  if (testBackendName() === "postgres")
    describe("responseKey() while writes are in flight (PostgreSQL)", () => {
      const deferred = () => {
        let resolve!: () => void;
        const promise = new Promise<void>((r) => (resolve = r));
        return { promise, resolve };
      };

      it("never gives the same key before and after an earlier-numbered audit event, uncommitted behind a committed later one, commits", async () => {
        const request = page("/dashboard", coordinatorCookie);
        const bHasXid = deferred();
        const aWrote = deferred();
        const releaseA = deferred();
        // Both through the one write path (lib/data/mutate.ts), as every write of the portal is.
        const writeOptions = { permission: "system", db: db.prisma, timeout: 20_000 } as const;
        const b = mutate(null, writeOptions, async (tx) => {
          await tx.$queryRaw`SELECT pg_current_xact_id()::text AS xid`;
          bHasXid.resolve();
          await aWrote.promise;
          await recordAudit(tx, coordinator, { action: "test.b", entityType: "Test", entityId: "b" });
        });
        const a = mutate(null, writeOptions, async (tx) => {
          await bHasXid.promise;
          await tx.$queryRaw`SELECT pg_current_xact_id()::text AS xid`;
          await recordAudit(tx, coordinator, { action: "test.a", entityType: "Test", entityId: "a" });
          aWrote.resolve();
          await releaseA.promise;
        });
        let during: string | null = null;
        try {
          await b;
          expect(await db.prisma.auditEvent.count({ where: { action: "test.a" } })).toBe(0); // A's event is not visible yet
          during = await responseKey(request);
        } finally {
          releaseA.resolve();
          await a;
        }
        const after = await responseKey(request);
        const [aEvent, bEvent] = await Promise.all(
          ["test.a", "test.b"].map((action) => db.prisma.auditEvent.findFirstOrThrow({ where: { action } })),
        );
        expect(aEvent.id).toBeLessThan(bEvent.id); // A holds the earlier number, committed last
        // Not the same key once A's change is in: otherwise what was rendered without it is served
        // after it. (A's version is handed out only when B's has committed: versions commit in order.)
        expect(after).not.toBeNull();
        const stale = during !== null && during === after;
        expect(stale, `key read while A was open: ${during}\nkey after A committed: ${after}`).toBe(false);
      });
    });

  describe("serveWithCache() on a real HTTP server", () => {
    type Render = (request: http.IncomingMessage, response: http.ServerResponse, call: number) => Promise<void>;
    type Reply = { status: number; headers: http.IncomingHttpHeaders; rawHeaders: string[]; body: string; bytes: number };

    let server: http.Server;
    let port: number;
    let store: ResponseStore;
    let calls: number;
    let render: Render;

    /** What the stand-in for Next.js sends by default: a page naming its render, in three writes. */
    const okPage: Render = async (request, response, call) => {
      await delay(30); // rendering takes a moment: concurrent requests arrive while it runs
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
      response.writeHead(200, { "X-Render": String(call), Vary: "Accept-Encoding" });
      response.write(`<h1>督办看板</h1><p>渲染 ${call}</p>`);
      response.write(Buffer.from(`<p>${request.url}</p>`));
      response.end("<footer>完</footer>", "utf8");
    };

    function get(path: string, headers: Record<string, string> = {}): Promise<Reply> {
      return new Promise((resolve, reject) => {
        const request = http.request({ host: "127.0.0.1", port, path, method: "GET", headers, agent: false }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => {
            const body = Buffer.concat(chunks);
            resolve({
              status: response.statusCode!,
              headers: response.headers,
              rawHeaders: response.rawHeaders,
              body: body.toString("utf8"),
              bytes: body.length,
            });
          });
          response.on("error", reject);
        });
        request.on("error", reject);
        request.end();
      });
    }

    const asCoordinator = (extra: Record<string, string> = {}) => ({ cookie: coordinatorCookie, "accept-encoding": "gzip", ...extra });
    const asReporter = () => ({ cookie: reporterCookie, "accept-encoding": "gzip" });

    beforeAll(async () => {
      server = http.createServer((request, response) => {
        const handle = () => {
          calls += 1;
          return render(request, response, calls);
        };
        serveWithCache(store, request, response, handle).catch((error: unknown) => {
          if (!response.headersSent) response.statusCode = 500;
          response.end(String(error));
        });
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(async () => {
      server?.closeAllConnections();
      await new Promise((resolve) => server?.close(resolve));
    });
    beforeEach(() => {
      store = new ResponseStore(1024 * 1024);
      calls = 0;
      render = okPage;
    });
    afterEach(async () => {
      // A fresh data version for the next test, so no test meets another's pages.
      await auditedWrite(db, coordinator, ++writes);
    });

    it("renders the first request (miss) and answers the second from the store (hit), byte for byte", async () => {
      const first = await get("/dashboard", asCoordinator());
      expect(first.status).toBe(200);
      expect(first.headers["x-duban-cache"]).toBe("miss");
      expect(first.rawHeaders).toContain("X-Duban-Cache");
      expect(first.body).toBe("<h1>督办看板</h1><p>渲染 1</p><p>/dashboard</p><footer>完</footer>");
      expect(calls).toBe(1);

      const second = await get("/dashboard", asCoordinator());
      expect(calls).toBe(1); // the handler was not called again
      expect(second.status).toBe(200);
      expect(second.headers["x-duban-cache"]).toBe("hit");
      expect(second.rawHeaders).toContain("x-duban-cache");
      expect(second.body).toBe(first.body);
      expect(second.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(second.headers["cache-control"]).toBe(first.headers["cache-control"]);
      expect(second.headers["x-render"]).toBe("1");
      expect(second.headers.vary).toBe("Accept-Encoding");
      expect(second.headers["content-length"]).toBe(String(first.bytes));
      expect(second.headers.date).toBeDefined(); // Node.js writes its own, not the stored one
      expect(store.size).toEqual({ entries: 1, bytes: first.bytes });

      expect((await get("/dashboard", asCoordinator())).headers["x-duban-cache"]).toBe("hit");
      expect(calls).toBe(1);
    });

    it("another user, another URL or another Accept-Encoding is a miss; each gets their own page back", async () => {
      const coordinatorPage = await get("/dashboard", asCoordinator());
      const reporterPage = await get("/dashboard", asReporter());
      expect(reporterPage.headers["x-duban-cache"]).toBe("miss");
      expect(reporterPage.body).toContain("渲染 2");
      expect(calls).toBe(2);
      expect((await get("/summary", asCoordinator())).headers["x-duban-cache"]).toBe("miss");
      expect((await get("/dashboard", asCoordinator({ "accept-encoding": "br" }))).headers["x-duban-cache"]).toBe("miss");
      expect(calls).toBe(4);

      const again = await get("/dashboard", asCoordinator());
      const reporterAgain = await get("/dashboard", asReporter());
      expect([again.headers["x-duban-cache"], reporterAgain.headers["x-duban-cache"]]).toEqual(["hit", "hit"]);
      expect(again.body).toBe(coordinatorPage.body);
      expect(reporterAgain.body).toBe(reporterPage.body);
      expect(calls).toBe(4);
    });

    it("after an audited write the next request is a miss with the new page, then that page is a hit", async () => {
      const before = await get("/summary", asCoordinator());
      expect((await get("/summary", asCoordinator())).headers["x-duban-cache"]).toBe("hit");
      await auditedWrite(db, coordinator, ++writes);
      const after = await get("/summary", asCoordinator());
      expect(after.headers["x-duban-cache"]).toBe("miss");
      expect(after.body).not.toBe(before.body);
      expect(after.body).toContain("渲染 2");
      const again = await get("/summary", asCoordinator());
      expect(again.headers["x-duban-cache"]).toBe("hit");
      expect(again.body).toBe(after.body);
      expect(calls).toBe(2);
    });

    it("after a notification for the viewer the next request is a miss; other viewers keep their hit", async () => {
      await get("/dashboard", asCoordinator());
      await get("/dashboard", asReporter());
      await notify(db, coordinator, "铃铛变了");
      const coordinatorAfter = await get("/dashboard", asCoordinator());
      expect(coordinatorAfter.headers["x-duban-cache"]).toBe("miss");
      expect(coordinatorAfter.body).toContain("渲染 3");
      expect((await get("/dashboard", asReporter())).headers["x-duban-cache"]).toBe("hit");
      expect(calls).toBe(3);
    });

    it("answers the API from the store for the same token, and never for a revoked one", async () => {
      const { id, token } = await createToken(coordinator, { name: "缓存服务" });
      const auth = { authorization: `Bearer ${token}`, "accept-encoding": "gzip" };
      render = async (_request, response, call) => {
        response.writeHead(200, { "Content-Type": "application/json" });
        response.end(JSON.stringify({ call }));
      };
      const first = await get("/api/v1/status?asOf=2023-06-03", auth);
      const second = await get("/api/v1/status?asOf=2023-06-03", auth);
      expect([first.headers["x-duban-cache"], second.headers["x-duban-cache"]]).toEqual(["miss", "hit"]);
      expect(JSON.parse(second.body)).toEqual({ call: 1 });
      expect(second.headers["content-type"]).toBe("application/json");
      await revokeToken(coordinator, id);
      const revoked = await get("/api/v1/status?asOf=2023-06-03", auth);
      expect(revoked.headers["x-duban-cache"]).toBeUndefined();
      expect(JSON.parse(revoked.body)).toEqual({ call: 2 });
    });

    it.each([
      [
        "a 404",
        (response: http.ServerResponse) => {
          response.writeHead(404, { "Content-Type": "text/html; charset=utf-8" });
          response.end("<p>找不到</p>");
        },
      ],
      [
        "a 302 redirect",
        (response: http.ServerResponse) => {
          response.writeHead(302, { Location: "/login?callbackUrl=%2Fdashboard" });
          response.end();
        },
      ],
      [
        "a 500",
        (response: http.ServerResponse) => {
          response.statusCode = 500;
          response.end("<p>出错了</p>");
        },
      ],
      [
        "a 200 with Set-Cookie set before writeHead",
        (response: http.ServerResponse) => {
          response.setHeader("Set-Cookie", ["authjs.session-token=new; Path=/; HttpOnly"]);
          response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
          response.end("<p>新的会话</p>");
        },
      ],
      [
        "a 200 with Set-Cookie passed to writeHead",
        (response: http.ServerResponse) => {
          response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Set-Cookie": "authjs.csrf-token=x; Path=/" });
          response.end("<p>新的会话</p>");
        },
      ],
    ])("%s is never kept: every request reaches the handler", async (_name, reply) => {
      render = async (_request, response) => reply(response);
      for (let i = 1; i <= 3; i++) {
        const res = await get("/dashboard", asCoordinator());
        expect(res.headers["x-duban-cache"]).toBe("miss");
        expect(calls).toBe(i);
      }
      expect(store.size).toEqual({ entries: 0, bytes: 0 });
    });

    it("eight concurrent first requests for one key: the handler runs once and all eight get the same page", async () => {
      render = async (request, response, call) => {
        await delay(150);
        await okPage(request, response, call);
      };
      const replies = await Promise.all(Array.from({ length: 8 }, () => get("/dashboard", asCoordinator())));
      expect(calls).toBe(1);
      expect(new Set(replies.map((r) => r.body))).toEqual(new Set(["<h1>督办看板</h1><p>渲染 1</p><p>/dashboard</p><footer>完</footer>"]));
      expect(replies.map((r) => r.status)).toEqual(Array(8).fill(200));
      expect(replies.map((r) => r.headers["x-duban-cache"]).sort()).toEqual([...Array(7).fill("hit"), "miss"]);
      expect(replies.every((r) => r.headers["content-type"] === "text/html; charset=utf-8")).toBe(true);
    });

    it("concurrent first requests whose rendering is not kept each render for themselves", async () => {
      render = async (_request, response, call) => {
        await delay(50);
        response.writeHead(call === 1 ? 302 : 200, call === 1 ? { Location: "/login" } : { "Content-Type": "text/plain" });
        response.end(call === 1 ? "" : `第 ${call} 次`);
      };
      const replies = await Promise.all(Array.from({ length: 4 }, () => get("/dashboard", asCoordinator())));
      // The first rendering was a redirect, not kept: the waiters did not get it.
      expect(replies.filter((r) => r.status === 302)).toHaveLength(1);
      expect(replies.filter((r) => r.status === 200)).toHaveLength(3);
      expect(calls).toBeGreaterThanOrEqual(2);
    });

    it("a request with no key always reaches the handler and gets no cache header", async () => {
      const inactive = await createViewer(db.prisma, "LEADER");
      await db.prisma.user.update({ where: { id: inactive.id }, data: { active: false } });
      const inactiveCookie = await sessionCookie(inactive.id);
      const requests: [string, Record<string, string>][] = [
        ["/dashboard", {}],
        ["/dashboard", {}],
        ["/dashboard", { cookie: `${SESSION}=garbage` }],
        ["/dashboard", { cookie: inactiveCookie }],
        ["/dashboard", { cookie: inactiveCookie }],
        ["/dashboard", asCoordinator({ rsc: "1" })],
        ["/dashboard", asCoordinator({ rsc: "1" })],
        ["/tasks", asCoordinator()],
        ["/tasks", asCoordinator()],
        ["/api/v1/status", {}],
      ];
      for (const [i, [path, headers]] of requests.entries()) {
        const res = await get(path, headers);
        expect(res.headers["x-duban-cache"]).toBeUndefined();
        expect(res.body).toContain(`渲染 ${i + 1}`);
      }
      expect(calls).toBe(requests.length);
      expect(store.size.entries).toBe(0);
    });
  });
});
