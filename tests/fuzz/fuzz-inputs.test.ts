// Fuzzing every API route and every server action (issue 13) with fast-check, on the real
// database: random and hostile values — prototype keys, NUL and bidi characters, impossible dates,
// huge and negative numbers, wrong types, broken JSON, garbage tokens, file names — must be
// answered with a 4xx (an action: a refusal with our own message), never a 5xx (an action: the
// masked "操作失败" of an unexpected error), and a refused request must change nothing in the
// database. Routes are found by walking app/api, actions by loading every module of lib/actions
// (tests/helpers/registered-actions.ts), so a new one is fuzzed without being listed here.
//   CI: a fixed seed and FUZZ_RUNS (default 150) cases per property.
//   Longer, locally: FUZZ_RUNS=5000 FUZZ_SEED=$RANDOM npx vitest run --project fuzz tests/fuzz/fuzz-inputs.test.ts
// A failure prints the seed and the shrunk case to replay.
import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { GENERIC_FAILURE } from "@/lib/actions/safe-action.ts";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { createToken } from "@/lib/data/tokens/create-token.ts";
import { installTestDb } from "../helpers/app-db.ts";
import { createViewer, measureByNumbers, seedPlan } from "../helpers/factories.ts";
import { loadAllActions, runOutsideNext, type RegisteredAction } from "../helpers/registered-actions.ts";
import { testBackendName, type TestDb } from "../helpers/test-db.ts";

const RUNS = Number(process.env.FUZZ_RUNS || 150);
const SEED = Number(process.env.FUZZ_SEED || 20231204);
// Tables whose rows move without a user's write: sign-in attempts, rate counters, token use times, jobs.
const VOLATILE = new Set(["_prisma_migrations", "LoginAttempt", "ApiRateWindow", "JobRun", "ApiToken"]);

let db: TestDb;
let viewers: Viewer[];
let tokens: string[];
let actions: RegisteredAction[];
let fingerprintSql: string;

/** Every user-written table's rows, hashed: equal before and after means nothing was written. */
async function fingerprint(): Promise<string> {
  const [row] = await db.prisma.$queryRawUnsafe<{ f: string }[]>(fingerprintSql);
  return row.f;
}

// ---- values -------------------------------------------------------------------------------
const HOSTILE_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u202Efdp.exe",
  "\u200B",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  '"; DROP TABLE "User"; --',
  "0000-01-01",
  "9999-12-31",
  "2023-06-20",
  "2023-02-30",
  "2023-6-1",
  "NaN",
  "Infinity",
  "-1",
  "0",
  "1",
  "3",
  "2147483648",
  "1e308",
  "__proto__",
  "constructor",
  "toString",
  "true",
  "false",
  "null",
  "%00",
  "../../etc/passwd",
  "x".repeat(5000),
  "中文内容",
  "\uD800",
  "on",
  "APPROVE",
  "RETURN",
  "DRAFT",
  "ADMIN",
  "REPORTER",
  "RED",
  "save",
  "submit",
];
const HOSTILE_KEYS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "", "a\u0000", "$ACTION_ID_x"];

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
);
const hostileNumber = fc.oneof(
  fc.integer({ min: 1, max: 60 }), // often a real row's id
  fc.integer(),
  fc.constantFrom(0, -1, 2 ** 31, 2 ** 53 + 2, 1e308, -1e308, 0.5, 100, 101),
  fc.double({ noNaN: true }),
);
const leaf = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null));

/** Field names a schema knows (from its JSON Schema, nested included): fuzzed values land on real fields. */
function schemaKeys(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const keys = new Set<string>();
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    const properties = (node as { properties?: Record<string, unknown> }).properties;
    if (properties) for (const key of Object.keys(properties)) keys.add(key);
    for (const value of Object.values(node)) walk(value);
  };
  try {
    walk(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }));
  } catch {
    // A schema JSON Schema cannot describe: hostile keys only.
  }
  return [...keys];
}

function valueFor(keys: string[]): fc.Arbitrary<unknown> {
  const key = fc.oneof(
    { weight: 5, arbitrary: keys.length ? fc.constantFrom(...keys) : fc.constantFrom(...HOSTILE_KEYS) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_KEYS) },
  );
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("array"), tie("object")),
    array: fc.array(tie("value"), { maxLength: 3 }),
    object: fc.dictionary(key, tie("value"), { maxKeys: 6 }).map((d) => JSON.parse(JSON.stringify(d))),
  }));
  // Mostly an object over the schema's own fields, sometimes anything at all.
  const object = fc.dictionary(key, fc.oneof({ weight: 4, arbitrary: leaf }, { weight: 1, arbitrary: value }), {
    minKeys: 0,
    maxKeys: keys.length + 3,
  });
  return fc.oneof({ weight: 6, arbitrary: object }, { weight: 1, arbitrary: value });
}

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj <<>> endobj\n");
const fileArb = fc
  .record({
    name: fc.oneof(
      fc.constantFrom("证明.pdf", "整改证明.hta", "发票\u202Efdp.exe", "a\u0000.pdf", "CON", "", "x".repeat(400)),
      fc.string({ maxLength: 30 }),
    ),
    bytes: fc.oneof(fc.constant(PDF), fc.uint8Array({ maxLength: 64 })),
  })
  .map(({ name, bytes }) => new File([new Uint8Array(bytes)], name, { type: "application/octet-stream" }));

/** The same object as a form would post it: strings and files, repeated keys for arrays. */
function asFormData(input: unknown, files: File[]): FormData {
  const form = new FormData();
  const put = (key: string, value: unknown) => form.append(key, typeof value === "string" ? value : (JSON.stringify(value) ?? ""));
  if (input && typeof input === "object" && !Array.isArray(input)) {
    for (const [key, value] of Object.entries(input)) {
      if (Array.isArray(value)) for (const v of value) put(key, v);
      else put(key, value);
    }
  }
  for (const file of files) form.append("evidence", file);
  return form;
}

// ---- API routes --------------------------------------------------------------------------
type RouteHandler = (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;
type Route = { path: string; method: string; handler: RouteHandler; params: { name: string; catchAll: boolean }[]; keys: string[] };

async function loadApiRoutes(): Promise<Route[]> {
  const root = path.join(process.cwd(), "app", "api");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith("route.ts"))
    .sort();
  const { apiRoutes } = await import("@/lib/api/contract.ts");
  const contractKeys = Object.values(apiRoutes).flatMap((r) => [
    ...schemaKeys(r.params as z.ZodType),
    ...schemaKeys(r.query as z.ZodType),
    ...schemaKeys(r.body as z.ZodType),
  ]);
  const routes: Route[] = [];
  for (const file of files) {
    const routeModule = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    const segments = path.dirname(file).split(path.sep);
    const params = segments
      .filter((s) => s.startsWith("["))
      .map((s) => ({ name: s.replace(/^\[(\.\.\.)?|\]$/g, ""), catchAll: s.startsWith("[...") }));
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
      if (typeof routeModule[method] === "function")
        routes.push({
          path: `/api/${path.dirname(file)}`,
          method,
          handler: routeModule[method] as RouteHandler,
          params,
          keys: [...new Set(contractKeys)],
        });
    }
  }
  return routes;
}

const BODY_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "text/plain",
  "application/x-www-form-urlencoded",
  "application/vnd.api+json",
  "",
];

function requestArb(route: Route) {
  const segment = fc.oneof(
    fc.integer({ min: 1, max: 60 }).map(String),
    fc.constantFrom(
      "0",
      "-1",
      "1.5",
      "abc",
      "99999999999",
      "%00",
      "\u0000",
      "signin",
      "callback",
      "credentials",
      "session",
      "csrf",
      "providers",
      "error",
    ),
    fc.string({ maxLength: 12 }),
  );
  return fc.record({
    params: fc.tuple(...route.params.map((p) => (p.catchAll ? fc.array(segment, { minLength: 1, maxLength: 3 }) : segment))),
    query: fc.dictionary(fc.oneof(fc.constantFrom(...route.keys, "asOf", "planId"), fc.constantFrom(...HOSTILE_KEYS)), hostileString, {
      maxKeys: 3,
    }),
    auth: fc.oneof(
      { weight: 4, arbitrary: fc.nat({ max: 100 }).map((i) => `Bearer ${tokens[i % tokens.length]}`) },
      { weight: 1, arbitrary: fc.constantFrom("", "Bearer ", "Bearer dbn_" + "A".repeat(43), "Basic YWRtaW46YWRtaW4=", "Bearer \u0000") },
    ),
    contentType: fc.constantFrom(...BODY_TYPES),
    body: fc.oneof(
      { weight: 5, arbitrary: valueFor(route.keys).map((v) => JSON.stringify(v) ?? "null") },
      { weight: 1, arbitrary: fc.constantFrom("{", "", "null", "[]", '{"a":1,"a":2}', "\u0000", '{"progress":"\\u0000"}') },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    ),
  });
}

function buildRequest(
  route: Route,
  r: { params: unknown[]; query: Record<string, string>; auth: string; contentType: string; body: string },
) {
  let url = `http://127.0.0.1${route.path}`;
  route.params.forEach((p, i) => {
    const value = r.params[i];
    url = url.replace(`[${p.catchAll ? "..." : ""}${p.name}]`, encodeURIComponent(Array.isArray(value) ? value.join("_") : String(value)));
  });
  const search = new URLSearchParams(r.query).toString();
  const headers: Record<string, string> = {};
  if (r.auth) headers.authorization = r.auth.replace(/\u0000/g, "");
  if (r.contentType) headers["content-type"] = r.contentType;
  const hasBody = route.method !== "GET" && route.method !== "DELETE";
  const request = new Request(search ? `${url}?${search}` : url, { method: route.method, headers, body: hasBody ? r.body : undefined });
  const params = Object.fromEntries(route.params.map((p, i) => [p.name, r.params[i]]));
  return { request, context: { params: Promise.resolve(params) } };
}

// ---- the tests ---------------------------------------------------------------------------
beforeAll(async () => {
  process.env.API_RATE_LIMIT = "0"; // exercise the handlers; the limit has its own test (hostile-input.test.ts)
  process.env.AUTH_SECRET ??= "fuzz-test-secret-0123456789abcdefghijklmn";
  db = await installTestDb();
  const planId = await seedPlan(db.prisma);
  const measure = await measureByNumbers(db.prisma, planId, 1, 3);
  const other = await db.prisma.unit.findFirstOrThrow({ where: { id: { notIn: measure.unitIds } } });
  viewers = [
    await createViewer(db.prisma, "ADMIN"),
    await createViewer(db.prisma, "COORDINATOR"),
    await createViewer(db.prisma, "LEADER"),
    await createViewer(db.prisma, "REPORTER", measure.unitIds[0]),
    await createViewer(db.prisma, "REPORTER", other.id),
  ];
  tokens = [];
  for (const viewer of viewers) tokens.push((await createToken(viewer, { name: "fuzz" })).token);
  const tables = await db.prisma.$queryRaw<
    { tablename: string }[]
  >`SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`;
  fingerprintSql = `SELECT md5(concat_ws('|', ${tables
    .filter((t) => !VOLATILE.has(t.tablename))
    .map((t) => `(SELECT md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) FROM "${t.tablename}" x)`)
    .join(", ")})) AS f`;
  actions = await loadAllActions();
}, 180_000);
afterAll(async () => {
  delete process.env.API_RATE_LIMIT;
  await db?.drop();
});

describe(`fuzzing (${testBackendName()}, seed ${SEED}, ${RUNS} runs each)`, () => {
  it("finds every action and every API route", () => {
    expect(actions.length).toBeGreaterThan(30);
  });

  it("every server action: a refusal with our own message or success, never an unexpected error; a refusal writes nothing", async () => {
    const cases = fc
      .record({
        action: fc.nat({ max: actions.length - 1 }),
        viewer: fc.nat({ max: 4 }),
        asForm: fc.boolean(),
        files: fc.array(fileArb, { maxLength: 2 }),
        salt: fc.nat(),
      })
      .chain((c) => valueFor(schemaKeys(actions[c.action].schema)).map((input) => ({ ...c, input })));
    await fc.assert(
      fc.asyncProperty(cases, async ({ action, viewer, asForm, files, input }) => {
        const before = await fingerprint();
        const raw = asForm ? asFormData(input, files) : input;
        const result = await runOutsideNext(actions[action], raw, viewers[viewer]);
        if (!result.ok) {
          expect(result.error, `action #${action} refused with the masked failure: an unexpected error`).not.toBe(GENERIC_FAILURE);
          expect(await fingerprint(), `action #${action} refused but wrote`).toBe(before);
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }, 900_000);

  it("every API route: a 4xx or success, never a 5xx; a refusal writes nothing", async () => {
    const routes = await loadApiRoutes();
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(expect.arrayContaining(["POST /api/v1/reports", "GET /api/v1/status"]));
    const cases = fc.nat({ max: routes.length - 1 }).chain((i) => requestArb(routes[i]).map((r) => ({ route: i, r })));
    await fc.assert(
      fc.asyncProperty(cases, async ({ route, r }) => {
        const before = await fingerprint();
        const { request, context } = buildRequest(routes[route], r);
        const response = await routes[route].handler(request, context);
        const where = `${routes[route].method} ${request.url}`;
        expect(response.status, `${where} answered ${response.status}`).toBeLessThan(500);
        if (response.status >= 400) expect(await fingerprint(), `${where} refused but wrote`).toBe(before);
      }),
      { seed: SEED + 1, numRuns: RUNS, endOnFailure: true },
    );
  }, 900_000);
});
