// GET /api/v1/status on the real database: approvals move a measure from red to blue in the API,
// and the as-of date shows what was known then.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getStatus } from "@/app/api/v1/status/route.ts";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route.ts";
import { apiErrorSchema, statusSchema } from "@/lib/api/contract.ts";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { reportInputSchema } from "@/lib/data/reports/report-input.ts";
import { approveReports } from "@/lib/data/reports/review-reports.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import { createToken } from "@/lib/data/tokens/create-token.ts";
import { createTestDb, useAsAppDb, type TestDb } from "../helpers/test-db.ts";
import { createViewer, measureByNumbers, seedPlan } from "../helpers/factories.ts";

let db: TestDb;
let token: string;
let measure: { id: number; unitIds: number[] };
let reporter: Viewer;
let coordinator: Viewer;

const noParams = { params: Promise.resolve({}) };
const request = (query: string, auth = token) =>
  new Request(`http://127.0.0.1/api/v1/status${query}`, { headers: auth ? { Authorization: `Bearer ${auth}` } : {} });
async function statusOf(query: string) {
  const res = await getStatus(request(query), noParams);
  expect(res.status).toBe(200);
  return statusSchema.parse(await res.json());
}

beforeAll(async () => {
  db = await createTestDb();
  useAsAppDb(db);
  const planId = await seedPlan(db.prisma);
  measure = await measureByNumbers(db.prisma, planId, 9, 1);
  reporter = await createViewer(db.prisma, "REPORTER", measure.unitIds[0]);
  coordinator = await createViewer(db.prisma, "COORDINATOR");
  token = (await createToken(await createViewer(db.prisma, "LEADER"), { name: "状态" })).token;
});
afterAll(async () => {
  delete process.env.DUBAN_TODAY;
  await db?.drop();
});

describe("GET /api/v1/status", () => {
  it("needs a token", async () => {
    expect((await getStatus(request("?asOf=2023-06-03", ""), noParams)).status).toBe(401);
  });

  it("refuses a malformed date with a Chinese field error", async () => {
    const res = await getStatus(request("?asOf=2023-13-40"), noParams);
    expect(res.status).toBe(400);
    expect(apiErrorSchema.parse(await res.json()).error.fields).toEqual({ asOf: ["日期格式应为 YYYY-MM-DD。"] });
  });

  it("gives every measure, task and action; a red measure turns blue once its reports are approved", async () => {
    const before = await statusOf("?asOf=2023-06-03");
    expect(before).toMatchObject({ asOf: "2023-06-03" });
    expect(before.measures).toHaveLength(38);
    expect(before.tasks).toHaveLength(26);
    expect(before.actions).toHaveLength(7);
    const red = before.measures.find((m) => m.id === measure.id)!;
    expect(red).toMatchObject({ colour: "RED", actual: null, gap: null });
    expect(red.reasons).toContain("已有 2 期未报送");

    const periods = await db.prisma.reportingPeriod.findMany({ orderBy: { startsOn: "asc" }, take: 2 });
    for (const [i, period] of periods.entries()) {
      process.env.DUBAN_TODAY = ["2023-04-03", "2023-05-04"][i];
      const saved = await saveReport(
        reporter,
        reportInputSchema.parse({ measureId: measure.id, periodId: period.id, percent: 25, progress: "推进", submit: true }),
      );
      await approveReports(coordinator, [saved.id]);
    }
    const after = await statusOf("?asOf=2023-06-03");
    const blue = after.measures.find((m) => m.id === measure.id)!;
    expect(blue).toMatchObject({ colour: "BLUE", actual: 25, expected: 23.6, gap: -1.4 });
    const task9 = after.tasks.find((t) => t.number === 9)!;
    expect(task9.actual).toBe(25);
    expect(task9.reasons[0]).toContain("加权平均");

    // As of 1 April nothing had been approved yet.
    expect((await statusOf("?asOf=2023-04-01")).measures.find((m) => m.id === measure.id)!.colour).toBe("NOT_REPORTED");
  });

  it("is documented in the OpenAPI document with its query parameters", async () => {
    const doc = await (await getOpenApi()).json();
    const op = doc.paths["/api/v1/status"].get;
    expect(op.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual([
      "query:asOf",
      "query:planId",
      "query:counties",
    ]);
  });
});
