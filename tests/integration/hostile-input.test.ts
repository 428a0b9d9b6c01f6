// Hostile input that once answered 500 (issue 13, items 5 and 7), on the real database: prototype
// keys in API bodies, NUL characters in text and in upload names, dates without a PostgreSQL
// equivalent, and the per-token API rate limit — each answered with a clear 4xx in Chinese, and
// nothing written.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as getMilestones } from "@/app/api/v1/measures/[id]/milestones/route.ts";
import { POST as postReport } from "@/app/api/v1/reports/route.ts";
import { GET as getStatus } from "@/app/api/v1/status/route.ts";
import { GET as getLedger } from "@/app/exports/ledger/route.ts";
import { registeredActions, runAction } from "@/lib/actions/safe-action.ts";
import { runOutsideNext } from "../helpers/registered-actions.ts";
import { saveReportAction } from "@/lib/actions/reports/save-report-action.ts";
import { createTokenAction } from "@/lib/actions/tokens/create-token-action.ts";
import { tokenInputSchema } from "@/lib/data/tokens/create-token.ts";
import { apiErrorSchema } from "@/lib/api/contract.ts";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { authenticateUser } from "@/lib/data/users/authenticate-user.ts";
import { takeApiRequest } from "@/lib/data/tokens/api-rate-limit.ts";
import { createToken } from "@/lib/data/tokens/create-token.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
import { installTestDb } from "../helpers/app-db.ts";
import { createViewer, measureByNumbers, seedPlan } from "../helpers/factories.ts";
import { testBackendName, type TestDb } from "../helpers/test-db.ts";

let db: TestDb;
let reporter: Viewer;
let token: string;
let tokenId: number;
let measure: { id: number; unitIds: number[] };
let periodId: number;
const BASE = "http://127.0.0.1";
const params = (id: number) => ({ params: Promise.resolve({ id: String(id) }) });
const noParams = { params: Promise.resolve({}) };
const auth = () => ({ Authorization: `Bearer ${token}` });
const writes = async () => [await db.prisma.progressReport.count(), await db.prisma.auditEvent.count(), await db.prisma.apiToken.count()];
const post = (body: string) =>
  postReport(
    new Request(`${BASE}/api/v1/reports`, { method: "POST", headers: { ...auth(), "Content-Type": "application/json" }, body }),
    noParams,
  );

beforeAll(async () => {
  db = await installTestDb();
  const planId = await seedPlan(db.prisma);
  measure = await measureByNumbers(db.prisma, planId, 1, 3);
  periodId = (await db.prisma.reportingPeriod.findFirstOrThrow({ where: { planId }, orderBy: { startsOn: "asc" } })).id;
  reporter = await createViewer(db.prisma, "REPORTER", measure.unitIds[0]);
  ({ token } = await createToken(reporter, { name: "恶意输入" }));
  tokenId = (await db.prisma.apiToken.findFirstOrThrow({ where: { userId: reporter.id } })).id;
});
afterAll(async () => db?.drop());
afterEach(() => {
  delete process.env.API_RATE_LIMIT;
});

describe(`hostile API bodies (${testBackendName()})`, () => {
  it("answers 400 naming each key for constructor, toString and hasOwnProperty, and writes nothing", async () => {
    const before = await writes();
    const res = await post(
      '{"measureId":1,"periodId":1,"percent":10,"progress":"x","constructor":1,"__proto__":{"admin":true},"toString":"x","hasOwnProperty":2}',
    );
    expect(res.status).toBe(400);
    const { error } = apiErrorSchema.parse(await res.json());
    expect(Object.keys(error.fields ?? {})).toEqual(expect.arrayContaining(["constructor", "toString", "hasOwnProperty"]));
    expect(await writes()).toEqual(before);
    // __proto__ is dropped by the schema, and pollutes nothing.
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it("refuses a NUL character anywhere in the body with 400, naming the field", async () => {
    const before = await writes();
    const body = { measureId: measure.id, periodId, percent: 10, progress: "进展\u0000正常", submit: false };
    const res = await post(JSON.stringify(body));
    expect(res.status).toBe(400);
    const { error } = apiErrorSchema.parse(await res.json());
    expect(error.message).toBe(messages.nulCharacter);
    expect(error.fields).toEqual({ progress: [messages.nulCharacter] });
    expect((await post(JSON.stringify({ ...body, progress: "正常", ["k\u0000"]: 1 }))).status).toBe(400);
    expect(await writes()).toEqual(before);
  });

  it("answers 400 for dates PostgreSQL cannot hold, on the status API, milestones and the ledger export", async () => {
    for (const asOf of ["0000-01-01", "9999-12-31", "1899-12-31"]) {
      const status = await getStatus(new Request(`${BASE}/api/v1/status?asOf=${asOf}`, { headers: auth() }), noParams);
      expect(status.status, asOf).toBe(400);
      expect(apiErrorSchema.parse(await status.json()).error.fields?.asOf?.[0]).toContain("1900-01-01");
      const milestones = await getMilestones(
        new Request(`${BASE}/api/v1/measures/${measure.id}/milestones?asOf=${asOf}`, { headers: auth() }),
        params(measure.id),
      );
      expect(milestones.status, asOf).toBe(400);
      const ledger = await getLedger(new Request(`${BASE}/exports/ledger?asOf=${asOf}`));
      expect(ledger.status, asOf).toBe(400);
      expect(await ledger.text()).toContain("日期");
    }
    expect((await getStatus(new Request(`${BASE}/api/v1/status?asOf=2023-06-20`, { headers: auth() }), noParams)).status).toBe(200);
  });
});

describe(`hostile action input (${testBackendName()})`, () => {
  const createTokenEntry = () => {
    expect(createTokenAction).toBeTypeOf("function"); // its module registered the action
    return registeredActions.find((a) => a.schema === tokenInputSchema)!;
  };

  it("refuses a NUL in a text field or an uploaded file's name with a message, and writes nothing", async () => {
    const before = await writes();
    const entry = createTokenEntry();
    expect(await runAction(entry.schema, entry.handler, { name: "令牌\u0000" }, reporter)).toEqual({
      ok: false,
      error: messages.nulCharacter,
      fieldErrors: { name: [messages.nulCharacter] },
    });

    expect(saveReportAction).toBeTypeOf("function"); // its module registered the report form's action
    const report = registeredActions.find(
      (a) => a.schema.safeParse({ measureId: "1", periodId: "1", percent: "1", progress: "x", intent: "save" }).success,
    )!;
    const form = new FormData();
    for (const [k, v] of Object.entries({
      measureId: String(measure.id),
      periodId: String(periodId),
      percent: "10",
      progress: "进展",
      intent: "save",
    }))
      form.set(k, v);
    form.append("evidence", new File([new TextEncoder().encode("%PDF-1.7\n")], "证明\u0000.pdf", { type: "application/pdf" }));
    expect(await runAction(report.schema, report.handler, form, reporter)).toEqual({
      ok: false,
      error: messages.nulCharacter,
      fieldErrors: { evidence: [messages.nulCharacter] },
    });
    expect(await writes()).toEqual(before);
  });

  it("takes a form field named __proto__ as a field, never as the input's prototype", async () => {
    const entry = createTokenEntry();
    const form = new FormData();
    form.set("__proto__", "x");
    form.set("name", "原型字段");
    const result = await runOutsideNext(entry, form, reporter);
    expect(result.ok).toBe(true);
    expect(await db.prisma.apiToken.count({ where: { userId: reporter.id, name: "原型字段" } })).toBe(1);
  });
});

describe(`hostile sign-in (${testBackendName()})`, () => {
  it("refuses a login or password with a NUL as wrong credentials, before the database sees it", async () => {
    const attempts = await db.prisma.loginAttempt.count();
    for (const [login, password] of [
      ["admin\u0000", "x"],
      ["ad\nmin", "x"],
      ["admin", "pass\u0000word"],
    ]) {
      await expect(authenticateUser(login, password, "198.51.100.1")).rejects.toMatchObject({ reason: "invalid" });
    }
    expect(await db.prisma.loginAttempt.count()).toBe(attempts);
  });
});

describe(`API rate limit per token (${testBackendName()})`, () => {
  it("refuses requests over the limit with 429, Retry-After and a Chinese message, counted in PostgreSQL", async () => {
    process.env.API_RATE_LIMIT = "3";
    await db.prisma.apiRateWindow.deleteMany({ where: { tokenId } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await getStatus(new Request(`${BASE}/api/v1/status`, { headers: auth() }), noParams)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const res = await getStatus(new Request(`${BASE}/api/v1/status`, { headers: auth() }), noParams);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(res.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(apiErrorSchema.parse(await res.json()).error).toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringContaining("每分钟最多 3 次"),
    });
    // Another token of the same user has its own budget.
    const other = await createToken(reporter, { name: "另一个" });
    expect(
      (await getStatus(new Request(`${BASE}/api/v1/status`, { headers: { Authorization: `Bearer ${other.token}` } }), noParams)).status,
    ).toBe(200);
  });

  it("counts concurrent requests exactly (one atomic upsert), and starts afresh in the next window", async () => {
    await db.prisma.apiRateWindow.deleteMany({ where: { tokenId } });
    const decisions = await Promise.all(Array.from({ length: 20 }, () => takeApiRequest(tokenId, 12)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(12);
    await db.prisma.apiRateWindow.update({ where: { tokenId }, data: { windowStart: new Date(Date.now() - 120_000) } });
    expect((await takeApiRequest(tokenId, 12)).allowed).toBe(true);
    expect((await db.prisma.apiRateWindow.findUniqueOrThrow({ where: { tokenId } })).count).toBe(1);
    expect((await takeApiRequest(tokenId, 0)).allowed).toBe(true); // 0: no limit
  });
});
