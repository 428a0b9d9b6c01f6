// The deployment the README describes (issue 13), started for real: nginx (Debian's) terminating
// TLS with a self-signed certificate in front of two scripts/serve.mjs instances on one PostgreSQL
// database, with DUBAN_TODAY fixed and TRUSTED_PROXIES naming nginx. It proves: sessions valid on
// both instances; the sign-in throttle shared, counted per client behind the proxy and not escaped
// by a made-up X-Forwarded-For; each daily job run once; one instance's response cache never
// serving a page stale after a write through the other; a report written through one visible
// through the other at once; and, with one instance killed (SIGKILL) while submissions arrive, no
// submission lost or doubled. Then a pg_dump → restore round trip of the database.
// Needs `npm run build` first, nginx and openssl (.ci/run installs nginx-light); run with
// `npm run test:deploy` (TEST_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres).
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken, newToken } from "@/lib/data/tokens/internal/token-format.ts";
import { call, CookieJar, start, waitForPort, type Reply, type Started } from "./support.ts";

const SERVER = process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const PORTS = { a: 3241, b: 3242, https: 18443, http: 18080 };
const SITE = `https://localhost:${PORTS.https}`;
const TODAY = "2023-06-20";
const PASSWORD = "demo2023duban";
const name = `duban_deploy_${randomBytes(5).toString("hex")}`;
const databaseUrl = (() => {
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return url.toString();
})();
const dir = mkdtempSync(path.join(tmpdir(), "duban-deploy-"));
let ca = "";
let nginx: Started;
const instances: Record<"a" | "b", Started | null> = { a: null, b: null };
let db: pg.Client;

async function onServer(sql: string) {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const env = (port: number): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: "deploy-test-secret-0123456789abcdefghijklmnopq",
  AUTH_URL: SITE,
  TRUSTED_PROXIES: "127.0.0.1",
  DUBAN_TODAY: TODAY,
  PORT: String(port),
});

function startInstance(which: "a" | "b") {
  instances[which] = start(process.execPath, ["scripts/serve.mjs", "-p", String(PORTS[which]), "-H", "127.0.0.1"], env(PORTS[which]));
  return waitForPort(PORTS[which]);
}

/** Through nginx, as a browser at `from` (127.0.0.x) would come. */
const viaNginx = (urlPath: string, options: Parameters<typeof call>[1] = {}) =>
  call(`${SITE}${urlPath}`, { ca, from: "127.0.0.2", ...options });
const upstream = (reply: Reply) => String(reply.headers["x-upstream"] ?? "");

/** Signs in through Auth.js's credentials endpoint behind nginx; the reply of the callback. */
async function signIn(
  jar: CookieJar,
  login: string,
  password: string,
  headers: Record<string, string> = {},
  from = "127.0.0.2",
): Promise<Reply> {
  const csrf = await viaNginx("/api/auth/csrf", { from, headers });
  jar.take(csrf);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const reply = await viaNginx("/api/auth/callback/credentials", {
    from,
    method: "POST",
    headers: { ...headers, cookie: jar.header(), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, login, password, callbackUrl: `${SITE}/dashboard` }).toString(),
  });
  jar.take(reply);
  return reply;
}

/** A token for a demo account, stored as the app stores tokens (only the hash). */
async function tokenFor(login: string): Promise<string> {
  const { token, hash, prefix } = newToken();
  await db.query(`INSERT INTO "ApiToken" ("userId", name, "tokenHash", prefix) SELECT id, 'deploy', $1, $2 FROM "User" WHERE login = $3`, [
    hash,
    prefix,
    login,
  ]);
  expect(hashToken(token)).toBe(hash);
  return token;
}

beforeAll(async () => {
  await onServer(`CREATE DATABASE "${name}"`);
  const run = (args: string[]) =>
    execFileSync("npm", ["run", "-s", ...args], { env: { ...process.env, ...env(3240), DUBAN_DEMO: "1" }, stdio: "pipe" });
  run(["db:deploy"]);
  run(["seed", "--", "--demo"]);
  db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();

  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "2",
      "-subj",
      "/CN=localhost",
      "-addext",
      "subjectAltName=DNS:localhost",
      "-keyout",
      path.join(dir, "key.pem"),
      "-out",
      path.join(dir, "cert.pem"),
    ],
    { stdio: "pipe" },
  );
  ca = execFileSync("cat", [path.join(dir, "cert.pem")], { encoding: "utf8" });
  // The README's configuration (section "Deployment behind nginx"), with the test's ports and paths.
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  upstream duban {
    server 127.0.0.1:${PORTS.a} max_fails=1 fail_timeout=10s;
    server 127.0.0.1:${PORTS.b} max_fails=1 fail_timeout=10s;
  }
  server {
    listen 127.0.0.1:${PORTS.http};
    return 301 https://$host:${PORTS.https}$request_uri;
  }
  server {
    listen 127.0.0.1:${PORTS.https} ssl;
    server_name localhost;
    ssl_certificate ${dir}/cert.pem;
    ssl_certificate_key ${dir}/key.pem;
    client_max_body_size 100m;
    location / {
      proxy_pass http://duban;
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-Host $http_host;
      proxy_read_timeout 120s;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`,
  );
  await Promise.all([startInstance("a"), startInstance("b")]);
  nginx = start("nginx", ["-p", dir, "-c", path.join(dir, "nginx.conf")], { ...process.env });
  await waitForPort(PORTS.https);
  // Until each instance answered once, the first pages compile their routes.
  for (const port of [PORTS.a, PORTS.b]) expect((await call(`http://127.0.0.1:${port}/login`)).status).toBe(200);
}, 300_000);

afterAll(async () => {
  await nginx?.stop();
  await Promise.all([instances.a?.stop(), instances.b?.stop()]);
  await db?.end();
  await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe("two instances behind nginx", () => {
  it("redirects http to https and sends HSTS and the CSP over https", async () => {
    const plain = await call(`http://localhost:${PORTS.http}/login`, { from: "127.0.0.2" });
    expect(plain.status).toBe(301);
    expect(plain.headers.location).toBe(`${SITE}/login`);
    const secure = await viaNginx("/login");
    expect(secure.status).toBe(200);
    expect(secure.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    expect(secure.headers["content-security-policy"]).toMatch(/'nonce-[^']+'.*upgrade-insecure-requests/);
  });

  it("a session signed in through one instance is valid on both", async () => {
    const jar = new CookieJar();
    const reply = await signIn(jar, "coordinator", PASSWORD);
    expect(reply.status).toBe(302);
    expect(jar.has("__Secure-authjs.session-token")).toBe(true);
    const served = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const page = await viaNginx("/dashboard", { headers: { cookie: jar.header() } });
      expect(page.status).toBe(200);
      expect(page.body).toContain("督办看板");
      served.add(upstream(page));
    }
    expect(served).toEqual(new Set([`127.0.0.1:${PORTS.a}`, `127.0.0.1:${PORTS.b}`]));
  });

  it("shares the sign-in throttle between instances, per client, however X-Forwarded-For is made up", async () => {
    const served = new Set<string>();
    for (let i = 0; i < 5; i++) {
      // nginx takes turns; a sign-in is two requests, so one more every other time moves the next to the other instance.
      if (i % 2) await viaNginx("/login", { from: "127.0.0.3" });
      const reply = await signIn(
        new CookieJar(),
        `nobody${i}`,
        "wrong-password-1",
        { "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `198.51.100.${i}` },
        "127.0.0.3",
      );
      expect(reply.headers.location).toContain("error=CredentialsSignin");
      served.add(upstream(reply));
    }
    expect(served.size).toBe(2); // the failures were counted on both instances
    const refused = await signIn(new CookieJar(), "admin", PASSWORD, { "x-forwarded-for": "192.0.2.99" }, "127.0.0.3");
    expect(decodeURIComponent(String(refused.headers.location))).toContain("throttled");
    // Another client behind the same proxy is not locked out: the proxy's address is not the bucket.
    const other = new CookieJar();
    expect((await signIn(other, "admin", PASSWORD, {}, "127.0.0.4")).status).toBe(302);
    expect(other.has("session-token")).toBe(true);
  });

  it("runs each daily job once between the two instances", async () => {
    // The scheduler ticks 5 s after start, then every minute; escalations are due from 00:05.
    const until = Date.now() + 90_000;
    let rows: { job: string; runKey: string; finishedAt: Date | null }[] = [];
    while (Date.now() < until) {
      rows = (await db.query(`SELECT job, "runKey", "finishedAt" FROM "JobRun" ORDER BY job`)).rows;
      if (rows.some((r) => r.job === "escalations" && r.finishedAt)) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    expect(rows.filter((r) => r.job === "escalations" && r.runKey === TODAY)).toHaveLength(1);
    const ran = (out: string) => (out.match(new RegExp(`\\[jobs\\] escalations ${TODAY}`, "g")) ?? []).length;
    expect(ran(instances.a!.output()) + ran(instances.b!.output())).toBe(1);
  });

  it("never serves one instance's cached page stale after a write through the other; a report written through one is read through the other at once", async () => {
    const jar = new CookieJar();
    await signIn(jar, "coordinator", PASSWORD);
    const onA = () =>
      call(`http://127.0.0.1:${PORTS.a}/dashboard`, {
        headers: { cookie: jar.header(), "x-forwarded-proto": "https", "accept-encoding": "identity" },
      });
    expect((await onA()).status).toBe(200);
    expect((await onA()).headers["x-duban-cache"]).toBe("hit");

    const token = await tokenFor("unit03");
    const { rows } = await db.query(
      `SELECT mu."measureId", p.id AS "periodId" FROM "MeasureUnit" mu JOIN "Unit" u ON u.id = mu."unitId" JOIN "Measure" m ON m.id = mu."measureId" JOIN "ReportingPeriod" p ON p."planId" = m."planId" WHERE u.name = '人事科' ORDER BY p."startsOn", mu."measureId" LIMIT 1`,
    );
    const write = await call(`http://127.0.0.1:${PORTS.b}/api/v1/reports`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({
        measureId: rows[0].measureId,
        periodId: rows[0].periodId,
        percent: 35,
        progress: "经由 B 实例写入",
        submit: true,
      }),
    });
    expect(write.status).toBe(201);
    const after = await onA();
    expect(after.status).toBe(200);
    expect(after.headers["x-duban-cache"]).toBe("miss"); // rendered for the new data version, not the stored page

    const read = await call(`http://127.0.0.1:${PORTS.a}/api/v1/measures/${rows[0].measureId}/reports`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(read.status).toBe(200);
    expect(read.body).toContain("经由 B 实例写入");
  });

  it("survives one instance killed (SIGKILL) while submissions arrive: none lost, none doubled", async () => {
    // 市教育科学研究院 (unit05) owes the most monthly reports; only periods that have started can be
    // filed (a future period is refused), so the combinations stop at today.
    const unitName = "市教育科学研究院";
    const token = await tokenFor("unit05");
    const { rows: combos } = await db.query<{ measureId: number; periodId: number }>(
      `
      SELECT mu."measureId", p.id AS "periodId" FROM "MeasureUnit" mu JOIN "Unit" u ON u.id = mu."unitId" JOIN "Measure" m ON m.id = mu."measureId"
      JOIN "ReportingPeriod" p ON p."planId" = m."planId" AND p.kind = 'MONTHLY' AND p."startsOn" <= $2::date
      WHERE u.name = $1 AND NOT EXISTS (SELECT 1 FROM "ProgressReport" r WHERE r."measureId" = mu."measureId" AND r."unitId" = u.id AND r."periodId" = p.id)
      ORDER BY mu."measureId", p."startsOn" LIMIT 48`,
      [unitName, TODAY],
    );
    expect(combos.length).toBe(48);
    const reportsOfUnit = async () =>
      (
        await db.query(
          `SELECT r."measureId", r."periodId", r.percent, r.state, (SELECT count(*)::int FROM "AuditEvent" e WHERE e."entityType" = 'ProgressReport' AND e."entityId" = r.id::text) AS events
           FROM "ProgressReport" r JOIN "Unit" u ON u.id = r."unitId" WHERE u.name = $1`,
          [unitName],
        )
      ).rows;
    const before = (await reportsOfUnit()).length;
    const outcomes: { combo: (typeof combos)[number]; percent: number; attempts: number; final: number }[] = [];
    let sent = 0;
    const submit = async (combo: (typeof combos)[number], index: number) => {
      const percent = 10 + (index % 80);
      for (let attempt = 1; attempt <= 6; attempt++) {
        sent++;
        const reply = await viaNginx("/api/v1/reports", {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ ...combo, percent, progress: `提交 ${index}`, submit: true }),
        }).catch(() => ({ status: 0 }) as Reply);
        // 201: written. 409: an earlier attempt was written, only its answer was lost with the instance.
        if (reply.status === 201 || reply.status === 409) return outcomes.push({ combo, percent, attempts: attempt, final: reply.status });
        // Any other 4xx is a refusal, not a lost answer: retrying cannot help, and the test must say so.
        if (reply.status >= 400 && reply.status < 500) return outcomes.push({ combo, percent, attempts: attempt, final: reply.status });
        await new Promise((r) => setTimeout(r, 300));
      }
      outcomes.push({ combo, percent, attempts: 6, final: 0 });
    };
    let next = 0;
    const worker = async () => {
      while (next < combos.length) {
        const index = next++;
        await submit(combos[index], index);
      }
    };
    const killer = (async () => {
      while (sent < 15) await new Promise((r) => setTimeout(r, 20));
      await instances.a!.stop("SIGKILL");
    })();
    await Promise.all([worker(), worker(), worker(), worker(), worker(), worker(), killer]);
    expect(instances.a!.child.signalCode).toBe("SIGKILL");
    const retried = outcomes.filter((o) => o.attempts > 1).length;
    console.log(
      `[deploy] ${combos.length} submissions, ${sent} requests; ${retried} retried after the kill, ${outcomes.filter((o) => o.final === 409).length} found already written`,
    );
    expect(outcomes.filter((o) => o.final !== 201 && o.final !== 409)).toEqual([]);

    const stored = await reportsOfUnit();
    for (const o of outcomes) {
      const matching = stored.filter((s) => s.measureId === o.combo.measureId && s.periodId === o.combo.periodId);
      expect(matching, `measure ${o.combo.measureId} period ${o.combo.periodId}`).toHaveLength(1);
      expect(matching[0]).toMatchObject({ percent: o.percent, state: "SUBMITTED", events: 1 });
    }
    expect(stored).toHaveLength(before + combos.length);
    // The surviving instance answers everything now.
    expect((await viaNginx("/login")).status).toBe(200);
  }, 180_000);

  it("backs up with pg_dump and restores into a new database with every row", async () => {
    const restored = `${name}_restored`;
    const dump = path.join(dir, "duban.dump");
    execFileSync("pg_dump", ["--format=custom", "--no-owner", "--file", dump, databaseUrl], { stdio: "pipe" });
    await onServer(`CREATE DATABASE "${restored}"`);
    try {
      const restoredUrl = databaseUrl.replace(`/${name}`, `/${restored}`);
      execFileSync("pg_restore", ["--no-owner", "--exit-on-error", "--dbname", restoredUrl, dump], { stdio: "pipe" });
      const counts = async (url: string) => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          const tables = (await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).rows.map(
            (r) => r.tablename as string,
          );
          const out: Record<string, string> = {};
          for (const t of tables)
            out[t] = (
              await client.query(
                `SELECT count(*)::text AS n, md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS h FROM "${t}" x`,
              )
            ).rows.map((r) => `${r.n}:${r.h}`)[0];
          return out;
        } finally {
          await client.end();
        }
      };
      const [original, copy] = [await counts(databaseUrl), await counts(restoredUrl)];
      expect(Object.keys(original).length).toBeGreaterThan(20);
      expect(copy).toEqual(original);
      // The restored database is one the app can run on: its migrations are all recorded (db:status exits 1 otherwise).
      const status = execFileSync("npm", ["run", "-s", "db:status"], {
        env: { ...process.env, DATABASE_URL: restoredUrl },
        encoding: "utf8",
      });
      expect(status).toContain('"pending":[]');
    } finally {
      await onServer(`DROP DATABASE IF EXISTS "${restored}" WITH (FORCE)`);
    }
  }, 120_000);
});
