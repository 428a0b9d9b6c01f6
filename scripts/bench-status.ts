// npm run bench:status -- [server URL] [--requests N] [--concurrency 8] [--asOf 2023-06-20] [--floor-runs 9]
//                         [--only NAME[,NAME…]] [--server-pid PID] [--changes 5] [--writes [--seconds 30] [--rate 2]]
// Read-side benchmark of the status views against a RUNNING server on PostgreSQL (a script that
// prints figures, not a test): GET /dashboard, /summary (the city's current plan),
// /api/v1/status?planId=<biggest plan> (the city's), /counties (the city's plan beside its 16
// counties) and a county's own /dashboard (signed in as that county's coordinator) as of a date, N
// requests each with C concurrent keep-alive connections, then the "floor": the same roll-up as one
// SQL query, timed in psql (the city's plan; the county's for its dashboard).
//
// Needs the data set and credentials of `npm run bench:generate` (.data/bench-synthetic.json, or
// --credentials FILE) and DATABASE_URL = the server's database (for psql). It signs in as the
// coordinator through Auth.js's own credentials endpoint (CSRF token from /api/auth/csrf, then
// POST /api/auth/callback/credentials) and sends the session cookie; the API gets the bearer token.
//
// Times are client-side, on loopback: from sending the request to the last byte of the response as
// sent (gzip, so they include rendering, compressing and streaming the whole page), which on one
// host is server time plus well under a millisecond. Every response is checked afterwards (status
// 200 and a marker in the body). The response cache's answers (x-duban-cache: hit / miss) are
// counted, and --changes rounds time the first views after a write, when nothing is cached.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";
import { loadavg } from "node:os";
import { promisify } from "node:util";
import { gunzipSync } from "node:zlib";
import { parseArgs } from "node:util";
import pg from "pg";
import { benchWithWrites } from "./bench-status-writes.ts";

type Credentials = {
  biggestPlanId: number;
  currentPlanId: number;
  users: { login: string; role: string; region: string | null; password: string }[];
  apiToken: { token: string };
  /** A county plan and the login of that county's own coordinator. */
  county: { planId: number; region: string; login: string };
  plans: { id: number; level: string }[];
};
/** `markers`: every one must be in the body; `floorPlanId`: the plan whose SQL floor it is compared with. */
type Endpoint = { name: string; path: string; headers: Record<string, string>; markers: string[]; floorPlanId: number };
type Sample = { ms: number; ok: boolean; bytes: number; status: number; cache: string };
type Result = {
  floorPlanId: number;
  name: string;
  n: number;
  failed: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  rps: number;
  kib: number;
  cpuMs: number | null;
  cache: string;
  afterChange: number[] | null;
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    requests: { type: "string", default: "200" },
    concurrency: { type: "string", default: "8" },
    asOf: { type: "string", default: "2023-06-20" },
    "floor-runs": { type: "string", default: "9" },
    credentials: { type: "string", default: ".data/bench-synthetic.json" },
    only: { type: "string" },
    /** Rounds of "write, then `concurrency` requests at once" per endpoint (0: none). */
    changes: { type: "string", default: "5" },
    /** The server's process ids (comma-separated: a cluster's primary and workers): also report its
     *  CPU time per request (from /proc), which, unlike the wall-clock percentiles, hardly moves
     *  when other work shares the machine. */
    "server-pid": { type: "string" },
    /** Readers while reports are submitted and approved (scripts/bench-status-writes.ts). */
    writes: { type: "boolean", default: false },
    /** --writes: seconds of reading under writes, and writes a second. */
    seconds: { type: "string", default: "30" },
    rate: { type: "string", default: "2" },
  },
});
const baseUrl = (positionals[0] ?? process.env.BENCH_URL ?? "http://127.0.0.1:3240").replace(/\/$/, "");
const requests = Number(values.requests);
const concurrency = Number(values.concurrency);
const floorRuns = Number(values["floor-runs"]);
const asOf = values.asOf;
const changes = Number(values.changes);
const databaseUrl = process.env.DATABASE_URL ?? "";

// Keep-alive connections, one per concurrent client, and the body as sent (gzip, as a browser asks
// for it): the time ends at its last byte; unpacking and checking it is the client's work, after.
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(values.concurrency) });
function get(url: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; raw: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { "Accept-Encoding": "gzip", ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, raw: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    request.on("error", reject);
  });
}

const serverPids = values["server-pid"] ? values["server-pid"].split(",").map(Number) : null;
/** User + system CPU time of the server's processes so far, in ms (/proc/PID/stat, 100 ticks a second). */
function serverCpuMs(): number | null {
  if (serverPids === null) return null;
  let ms = 0;
  for (const pid of serverPids) {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    ms += (Number(fields[11]) + Number(fields[12])) * 10;
  }
  return ms;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");

/** Set-Cookie headers → "name=value; name=value" for the next request. */
function cookieHeader(res: Response, jar: Map<string, string>): string {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair.indexOf("=");
    jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

async function signIn(login: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const cookie = cookieHeader(csrfRes, jar);
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    body: new URLSearchParams({ csrfToken, login, password, callbackUrl: `${baseUrl}/dashboard` }),
  });
  const session = cookieHeader(res, jar);
  if (![...jar.keys()].some((k) => k.endsWith("authjs.session-token"))) {
    throw new Error(`sign-in as ${login} failed: HTTP ${res.status} ${res.headers.get("location") ?? ""}`);
  }
  return session;
}

/** One timed and checked request to `endpoint`. */
function reader(endpoint: Endpoint): () => Promise<Sample> {
  const url = `${baseUrl}${endpoint.path}`;
  return async () => {
    const t0 = performance.now();
    const res = await get(url, endpoint.headers);
    const ms = performance.now() - t0;
    const body = (res.headers["content-encoding"] === "gzip" ? gunzipSync(res.raw) : res.raw).toString("utf8");
    const ok = res.status === 200 && endpoint.markers.every((m) => body.includes(m));
    return { ms, ok, bytes: Buffer.byteLength(body), status: res.status, cache: String(res.headers["x-duban-cache"] ?? "none") };
  };
}

async function measure(endpoint: Endpoint): Promise<Result> {
  const one = reader(endpoint);
  // Warm-up, not timed: the first requests load the route's code, open database connections and
  // (dashboard, as of today) bring escalations in line once.
  for (let i = 0; i < 2; i++) await Promise.all(Array.from({ length: concurrency }, one));
  const samples: Sample[] = [];
  let next = 0;
  const cpuBefore = serverCpuMs();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next++;
        samples.push(await one());
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = serverCpuMs();
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const failed = samples.filter((s) => !s.ok);
  if (failed.length) console.warn(`  ${endpoint.name}: ${failed.length} failed (first HTTP ${failed[0].status})`);
  return {
    floorPlanId: endpoint.floorPlanId,
    name: endpoint.name,
    n: samples.length,
    failed: failed.length,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    p99: percentile(ms, 99),
    max: ms[ms.length - 1],
    rps: samples.length / seconds,
    kib: samples.reduce((s, x) => s + x.bytes, 0) / samples.length / 1024,
    cpuMs: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / samples.length,
    cache: tally(samples.map((s) => s.cache)),
    afterChange: changes > 0 ? await afterChanges(one) : null,
  };
}

/**
 * The first views after the data changed: `changes` times, write an audit event (what every write
 * of the portal does, so every stored page and status of the old version is dropped) and send
 * `concurrency` requests at once; all their times. This is the price of a change: the status is
 * computed again and each page rendered once.
 */
async function afterChanges(one: () => Promise<Sample>): Promise<number[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const times: number[] = [];
  try {
    for (let i = 0; i < changes; i++) {
      await client.query(
        `INSERT INTO "AuditEvent" ("actorName", action, "entityType", "entityId") VALUES ('bench:status', 'bench.change', 'Bench', $1)`,
        [String(i)],
      );
      const round = await Promise.all(Array.from({ length: concurrency }, one));
      if (round.some((s) => !s.ok)) throw new Error(`after a change: HTTP ${round.find((s) => !s.ok)?.status}`);
      times.push(...round.map((s) => s.ms));
    }
  } finally {
    await client.end();
  }
  return times.sort((a, b) => a - b);
}

const tally = (values: string[]) =>
  Object.entries(values.reduce<Record<string, number>>((t, v) => ({ ...t, [v]: (t[v] ?? 0) + 1 }), {}))
    .map(([v, n]) => `${v} ${n}`)
    .join(", ");

/**
 * The plan's roll-up as one SQL query: every measure's colour from its lead unit's latest approved
 * report as of the date (progress capped by its indicators; done at 100 %), its dates and its overdue reports, with the
 * plan's thresholds and overrides; then task ← measures, action ← tasks, plan ← actions (weighted
 * mean progress of the reported children, worst colour). One row per measure, task, action and the
 * plan. It leaves out what the pages add in JavaScript: reasons in words, unit roll-ups, punctuality.
 * Done means done: a period that fell due on or after the day the 100 % was approved is not owed
 * (the floor reads the latest approval as of the date, the app as of each due date; no reopenings).
 * No SQL comments in it: psql gets it on one line.
 */
export function floorSql(planId: number, date: string): string {
  if (!Number.isInteger(planId) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error("bad floor parameters");
  return `
WITH pl AS (SELECT id, "yellowGap", "redGap", "redOverdueDays", "redMissedPeriods", DATE '${date}' AS as_of,
                   TIMESTAMP '${date}' + interval '16 hours' AS as_of_end FROM "Plan" WHERE id = ${planId}),
approved AS (
  SELECT DISTINCT ON (r."measureId") r."measureId" AS measure_id, r.id AS report_id, r.percent, (r."reviewedAt" + interval '8 hours')::date AS approved_on
  FROM pl JOIN "Measure" m ON m."planId" = pl.id
  JOIN "ProgressReport" r ON r."measureId" = m.id
  JOIN "MeasureUnit" mu ON mu."measureId" = r."measureId" AND mu."unitId" = r."unitId" AND mu.role = 'LEAD'
  JOIN "ReportingPeriod" p ON p.id = r."periodId"
  WHERE r.state = 'APPROVED' AND r."reviewedAt" < pl.as_of_end AND r.percent IS NOT NULL
  ORDER BY r."measureId", p."startsOn" DESC, r."reviewedAt" DESC),
ind AS (
  SELECT a.measure_id, round(avg(least(100, ia.value / i.target * 100))::numeric, 1) AS by_ind
  FROM approved a JOIN "IndicatorActual" ia ON ia."reportId" = a.report_id JOIN "Indicator" i ON i.id = ia."indicatorId"
  WHERE i.comparator <> 'AT_MOST' AND i.target > 0 GROUP BY a.measure_id),
due AS (SELECT p.id, p.kind, p.label, p."startsOn", p."endsOn", p."dueOn" FROM pl JOIN "ReportingPeriod" p ON p."planId" = pl.id AND p."dueOn" < pl.as_of),
owed AS (
  SELECT m.id AS measure_id, p.id AS period_id FROM pl JOIN "Measure" m ON m."planId" = pl.id
  JOIN due p ON p.kind = 'MONTHLY' AND p."endsOn" >= m."startDate" AND p."startsOn" <= m."dueDate"
  UNION
  SELECT m.id, p.id FROM pl JOIN "Measure" m ON m."planId" = pl.id JOIN "Escalation" e ON e."measureId" = m.id
  JOIN due p ON p.kind::text = e.cadence::text AND p."startsOn" >= e."startsOn" AND (e."endsOn" IS NULL OR p."startsOn" < e."endsOn")
    AND p."endsOn" >= m."startDate" AND p."startsOn" <= m."dueDate"),
filed AS MATERIALIZED (
  SELECT r."measureId", r."unitId", r."periodId" FROM pl, "ProgressReport" r WHERE r."periodId" IN (SELECT id FROM due) AND r."firstSubmittedAt" < pl.as_of_end),
overdue AS (
  SELECT o.measure_id, p.label, p."startsOn" AS starts_on, p."dueOn" AS due_on
  FROM owed o JOIN "MeasureUnit" mu ON mu."measureId" = o.measure_id JOIN due p ON p.id = o.period_id
  LEFT JOIN filed r ON r."measureId" = mu."measureId" AND r."unitId" = mu."unitId" AND r."periodId" = p.id
  WHERE r."measureId" IS NULL),
od AS (
  SELECT o.measure_id, max(pl.as_of - o.due_on) AS worst_days, count(DISTINCT o.label) AS missed
  FROM pl, overdue o LEFT JOIN approved a ON a.measure_id = o.measure_id
  WHERE a.percent IS NULL OR a.percent < 100 OR o.due_on < a.approved_on
  GROUP BY o.measure_id),
ms0 AS (
  SELECT m.id, m."taskId" AS task_id, t."actionId" AS action_id, m.weight::numeric AS weight, m."dueDate" AS due_date, pl.as_of, pl."yellowGap", pl."redGap", pl."redOverdueDays", pl."redMissedPeriods", od.worst_days, od.missed, ov.colour AS override,
    CASE WHEN a.percent IS NULL THEN NULL WHEN ind.by_ind IS NULL THEN a.percent ELSE least(a.percent, ind.by_ind) END AS actual,
    a.percent >= 100 AS done,
    CASE WHEN pl.as_of <= m."startDate" THEN 0 WHEN pl.as_of >= m."dueDate" OR m."dueDate" <= m."startDate" THEN 100
         ELSE round((pl.as_of - m."startDate") * 1000.0 / (m."dueDate" - m."startDate")) / 10 END AS expected
  FROM pl JOIN "Measure" m ON m."planId" = pl.id JOIN "Task" t ON t.id = m."taskId"
  LEFT JOIN approved a ON a.measure_id = m.id LEFT JOIN ind ON ind.measure_id = m.id LEFT JOIN od ON od.measure_id = m.id
  LEFT JOIN "StatusOverride" ov ON ov."measureId" = m.id AND (ov."createdAt" + interval '8 hours')::date <= pl.as_of),
ms AS (
  SELECT *, COALESCE(array_position(ARRAY['NOT_REPORTED', 'DONE', 'BLUE', 'YELLOW', 'RED'], override) - 1, greatest(
      CASE WHEN actual IS NULL THEN 0 WHEN done THEN 1 WHEN round(expected - actual, 1) > "redGap" THEN 4
           WHEN round(expected - actual, 1) > "yellowGap" THEN 3 ELSE 2 END,
      CASE WHEN as_of > due_date AND done IS NOT TRUE THEN 4 ELSE 0 END,
      CASE WHEN worst_days IS NULL THEN 0 WHEN worst_days > "redOverdueDays" THEN 4 ELSE 3 END,
      CASE WHEN missed >= "redMissedPeriods" THEN 4 ELSE 0 END)) AS sev
  FROM ms0),
tk AS (
  SELECT task_id AS id, action_id, sum(weight) AS weight, round(sum(expected * weight) / sum(weight), 1) AS expected,
    round(sum(actual * weight) FILTER (WHERE sev > 0 AND actual IS NOT NULL) / sum(weight) FILTER (WHERE sev > 0 AND actual IS NOT NULL), 1) AS progress,
    COALESCE(max(sev) FILTER (WHERE sev > 0), 0) AS sev
  FROM ms GROUP BY task_id, action_id),
ac AS (
  SELECT action_id AS id, sum(weight) AS weight, round(sum(expected * weight) / sum(weight), 1) AS expected,
    round(sum(progress * weight) FILTER (WHERE sev > 0 AND progress IS NOT NULL) / sum(weight) FILTER (WHERE sev > 0 AND progress IS NOT NULL), 1) AS progress,
    COALESCE(max(sev) FILTER (WHERE sev > 0), 0) AS sev
  FROM tk GROUP BY action_id),
rows AS (
  SELECT 'measure' AS level, id, sev, expected, actual AS progress FROM ms
  UNION ALL SELECT 'task', id, sev, expected, progress FROM tk
  UNION ALL SELECT 'action', id, sev, expected, progress FROM ac
  UNION ALL SELECT 'plan', ${planId}, COALESCE(max(sev) FILTER (WHERE sev > 0), 0), round(sum(expected * weight) / sum(weight), 1),
    round(sum(progress * weight) FILTER (WHERE sev > 0 AND progress IS NOT NULL) / sum(weight) FILTER (WHERE sev > 0 AND progress IS NOT NULL), 1) FROM ac)
SELECT level, id, (ARRAY['NOT_REPORTED', 'DONE', 'BLUE', 'YELLOW', 'RED'])[sev + 1] AS colour, expected, progress FROM rows`;
}

/** Runs the floor query in psql with \timing, `runs` times after one untimed run; the times in ms. */
async function floorTimes(databaseUrl: string, sql: string, runs: number): Promise<number[]> {
  const query = sql.replace(/\s+/g, " ").trim();
  const args = [databaseUrl, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", "\\o /dev/null", "-c", query, "-c", "\\timing on"];
  for (let i = 0; i < runs; i++) args.push("-c", query);
  const { stdout } = await promisify(execFile)("psql", args, { maxBuffer: 16 * 1024 * 1024 });
  return [...stdout.matchAll(/^Time: ([\d.]+) ms/gm)].map((m) => Number(m[1]));
}

/** The same from `clients` psql sessions at once (as the endpoints are measured): all the times. */
async function concurrentFloorTimes(databaseUrl: string, sql: string, clients: number, runs: number): Promise<number[]> {
  return (await Promise.all(Array.from({ length: clients }, () => floorTimes(databaseUrl, sql, runs)))).flat();
}

const countColours = (colours: string[]) => {
  const counts: Record<string, number> = {};
  for (const c of colours) counts[c] = (counts[c] ?? 0) + 1;
  return Object.entries(counts)
    .sort()
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
};

async function main(): Promise<number> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error("bench:status 需要 DATABASE_URL：被测服务器所用的 PostgreSQL 数据库（用 psql 测单条 SQL 的下限）。");
    return 2;
  }
  if (!(
    Number.isInteger(requests) &&
    requests > 0 &&
    Number.isInteger(concurrency) &&
    concurrency > 0 &&
    Number.isInteger(floorRuns) &&
    floorRuns > 0 &&
    Number.isInteger(changes) &&
    changes >= 0
  )) {
    console.error("--requests、--concurrency 与 --floor-runs 须为正整数，--changes 须为非负整数。");
    return 2;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    console.error("--asOf 须为 YYYY-MM-DD。");
    return 2;
  }
  const credentials = JSON.parse(readFileSync(values.credentials, "utf8")) as Credentials;
  const coordinator = credentials.users.find((u) => u.role === "COORDINATOR" && u.region === null)!;
  const countyCoordinator = credentials.users.find((u) => u.login === credentials.county.login)!;
  const planId = credentials.biggestPlanId;
  const countyPlanId = credentials.county.planId;
  const counties = credentials.plans.filter((p) => p.level === "COUNTY").length;

  console.log(`bench:status → ${baseUrl}, as of ${asOf}, ${requests} requests per endpoint, concurrency ${concurrency}`);
  console.log(`  load average before: ${load()}`);
  const cookie = await signIn(coordinator.login, coordinator.password);
  const countyCookie = await signIn(countyCoordinator.login, countyCoordinator.password);
  // Each page must show its plan: the city's title, or the county's own (its coordinator's default plan).
  const title = async (id: number) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return ((await client.query(`SELECT title FROM "Plan" WHERE id = $1`, [id])).rows[0] as { title: string }).title;
    } finally {
      await client.end();
    }
  };
  const [cityTitle, countyTitle] = [await title(planId), await title(countyPlanId)];
  const all: Endpoint[] = [
    {
      name: "/dashboard",
      path: `/dashboard?asOf=${asOf}`,
      headers: { Cookie: cookie },
      markers: ['data-testid="plan-colour"', cityTitle],
      floorPlanId: planId,
    },
    {
      name: "/summary",
      path: `/summary?asOf=${asOf}`,
      headers: { Cookie: cookie },
      markers: ['data-testid="summary"', cityTitle],
      floorPlanId: planId,
    },
    {
      name: "/api/v1/status",
      path: `/api/v1/status?asOf=${asOf}&planId=${planId}`,
      headers: { Authorization: `Bearer ${credentials.apiToken.token}` },
      markers: ['"measures":['],
      floorPlanId: planId,
    },
    // Every county's row (the last county's data-region attribute marks the table's end).
    {
      name: "/counties",
      path: `/counties?asOf=${asOf}`,
      headers: { Cookie: cookie },
      markers: ['data-testid="county-row"', cityTitle],
      floorPlanId: planId,
    },
    {
      name: "/dashboard 县",
      path: `/dashboard?asOf=${asOf}`,
      headers: { Cookie: countyCookie },
      markers: ['data-testid="plan-colour"', countyTitle],
      floorPlanId: countyPlanId,
    },
  ];
  // --only: endpoints by name, comma-separated; a name that is no endpoint's picks those containing it
  // ("/dashboard,/summary,/api/v1/status" is the city's three; "dashboard" picks both dashboards).
  const only = values.only?.split(",").map((n) => n.trim());
  const endpoints = all.filter(
    (e) => !only || only.some((n) => e.name === n || (!all.some((other) => other.name === n) && e.name.includes(n))),
  );
  if (endpoints.length === 0) {
    console.error(`--only ${values.only}：没有这样的端点（可选：${all.map((e) => e.name).join("、")}）。`);
    return 2;
  }

  if (values.writes) {
    const readers = endpoints.map((e) => ({ name: e.name, one: reader(e) }));
    const options = {
      baseUrl,
      planId,
      asOf,
      seconds: Number(values.seconds),
      rate: Number(values.rate),
      rounds: Math.max(changes, 1),
      concurrency,
      serverCpuMs,
    };
    const code = await benchWithWrites(readers, options);
    console.log(`  load average after: ${load()}`);
    return code;
  }
  const results: Result[] = [];
  for (const endpoint of endpoints) results.push(await measure(endpoint));
  const loadAfter = load();

  // The floor, and a check that it is the same roll-up: its colours must match the API's.
  const sql = floorSql(planId, asOf);
  const times = await floorTimes(databaseUrl, sql, floorRuns);
  const concurrentTimes = (await concurrentFloorTimes(databaseUrl, sql, concurrency, floorRuns)).sort((a, b) => a - b);
  const countyTimes = await floorTimes(databaseUrl, floorSql(countyPlanId, asOf), floorRuns);
  const floorOf = (id: number) => (id === planId ? median(times) : median(countyTimes));
  // /counties shows every county: count its rows once more.
  const countyRows = endpoints.some((e) => e.name === "/counties")
    ? (await (await fetch(`${baseUrl}/counties?asOf=${asOf}`, { headers: { Cookie: cookie } })).text()).split('data-testid="county-row"')
        .length - 1
    : null;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const floorRows = (await client.query(sql)).rows as { level: string; id: number; colour: string }[];
  await client.end();
  const api = (await (
    await fetch(`${baseUrl}/api/v1/status?asOf=${asOf}&planId=${planId}`, {
      headers: { Authorization: `Bearer ${credentials.apiToken.token}` },
    })
  ).json()) as {
    plan: { colour: string };
    actions: { colour: string }[];
    tasks: { colour: string }[];
    measures: { id: number; colour: string }[];
  };
  const floorMeasures = countColours(floorRows.filter((r) => r.level === "measure").map((r) => r.colour));
  const apiMeasures = countColours(api.measures.map((m) => m.colour));
  const floorTasks = countColours(floorRows.filter((r) => r.level === "task").map((r) => r.colour));
  const apiTasks = countColours(api.tasks.map((t) => t.colour));
  const same =
    floorMeasures === apiMeasures && floorTasks === apiTasks && floorRows.find((r) => r.level === "plan")?.colour === api.plan.colour;
  const floor = median(times);

  console.log("");
  console.log(
    `  endpoint           n  fail   p50 ms   p95 ms   p99 ms   max ms   req/s   KiB   p95/floor${serverPids === null ? "" : "  server CPU ms/req"}`,
  );
  for (const r of results) {
    console.log(
      `  ${r.name.padEnd(16)}${String(r.n).padStart(4)}${String(r.failed).padStart(5)}${r.p50.toFixed(1).padStart(9)}${r.p95.toFixed(1).padStart(9)}${r.p99.toFixed(1).padStart(9)}` +
        `${r.max.toFixed(1).padStart(9)}${r.rps.toFixed(1).padStart(8)}${r.kib.toFixed(0).padStart(6)}${(r.p95 / floorOf(r.floorPlanId)).toFixed(1).padStart(10)}×` +
        (r.cpuMs === null ? "" : r.cpuMs.toFixed(1).padStart(19)),
    );
  }
  console.log(
    `  SQL floor (psql \\timing, plan ${planId}, ${api.measures.length} measures): median ${floor.toFixed(1)} ms over ${times.length} runs (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`,
  );
  console.log(
    `  SQL floor of ${credentials.county.region}'s plan ${countyPlanId} (its dashboard is compared with it): median ${median(countyTimes).toFixed(1)} ms over ${countyTimes.length} runs`,
  );
  if (countyRows !== null)
    console.log(`  /counties lists ${countyRows} of the ${counties} counties: ${countyRows === counties ? "yes" : "NO"}`);
  console.log(
    `  SQL floor from ${concurrency} psql sessions at once: p50 ${percentile(concurrentTimes, 50).toFixed(1)}, p95 ${percentile(concurrentTimes, 95).toFixed(1)} ms over ${concurrentTimes.length} runs` +
      ` (endpoint p95 / this p95: ${results.map((r) => `${r.name} ${(r.p95 / percentile(concurrentTimes, 95)).toFixed(1)}×`).join(", ")})`,
  );
  console.log(
    `  floor = API colours: ${same ? "yes" : "NO"} (measures ${apiMeasures}${same ? "" : ` vs floor ${floorMeasures}`}; tasks ${apiTasks}${same ? "" : ` vs floor ${floorTasks}`})`,
  );
  console.log(`  response cache: ${results.map((r) => `${r.name} ${r.cache}`).join("; ")}`);
  for (const r of results.filter((x) => x.afterChange?.length)) {
    const t = r.afterChange!;
    console.log(
      `  first views after a write (${changes} writes × ${concurrency} at once): ${r.name} p50 ${percentile(t, 50).toFixed(1)}, p95 ${percentile(t, 95).toFixed(1)}, max ${t[t.length - 1].toFixed(1)} ms`,
    );
  }
  console.log(
    `  target p95 ≤ 100 ms and ≤ 2× its floor: ${results.map((r) => `${r.name} ${r.p95 <= 100 && r.p95 <= 2 * floorOf(r.floorPlanId) ? "met" : "missed"}`).join(", ")}`,
  );
  console.log(`  load average after: ${loadAfter}`);
  return results.some((r) => r.failed > 0) || (countyRows !== null && countyRows !== counties) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
