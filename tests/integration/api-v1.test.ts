// API v1 route handlers called as Next.js calls them (a Request and a params promise), on the real
// database: authentication, validation and its Chinese field errors, status codes, ownership, and
// that every refused request changes nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { GET as getMeasureReports } from "@/app/api/v1/measures/[id]/reports/route.ts";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route.ts";
import { GET as getPlan } from "@/app/api/v1/plans/[id]/route.ts";
import { GET as listPlans } from "@/app/api/v1/plans/route.ts";
import { POST as postReport } from "@/app/api/v1/reports/route.ts";
import { apiHandler, MAX_BODY_BYTES } from "@/lib/api/api-handler.ts";
import { apiErrorSchema, apiRoutes, measureReportsSchema, planListSchema, planStructureSchema } from "@/lib/api/contract.ts";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { reportInputSchema } from "@/lib/data/reports/report-input.ts";
import { approveReports } from "@/lib/data/reports/review-reports.ts";
import { createToken } from "@/lib/data/tokens/create-token.ts";
import { revokeToken } from "@/lib/data/tokens/revoke-token.ts";
import { createTestDb, useAsAppDb, type TestDb } from "../helpers/test-db.ts";
import { createViewer, measureByNumbers, seedPlan } from "../helpers/factories.ts";

let db: TestDb;
let planId: number;
let measure: { id: number; unitIds: number[]; indicatorIds: number[] }; // task 1 measure 3: 人事科 leads, 机关党委 co-owns
let periodIds: number[];
const tokens = {} as Record<"lead" | "coOwner" | "outsider" | "coordinator" | "leader" | "admin", { token: string; viewer: Viewer }>;

const BASE = "http://127.0.0.1/api/v1";
const params = (id: string | number) => ({ params: Promise.resolve({ id: String(id) }) });
const noParams = { params: Promise.resolve({}) };

function get(path: string, token?: string): Request {
  return new Request(`${BASE}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
}
function post(body: unknown, token: string | null, contentType = "application/json"): Request {
  const headers: Record<string, string> = { "Content-Type": contentType };
  if (token) headers.Authorization = `Bearer ${token}`;
  return new Request(`${BASE}/reports`, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) });
}
async function errorOf(response: Response) {
  return apiErrorSchema.parse(await response.json()).error;
}
const reportCount = () => db.prisma.progressReport.count();
const auditCount = () => db.prisma.auditEvent.count();

beforeAll(async () => {
  db = await createTestDb();
  useAsAppDb(db);
  planId = await seedPlan(db.prisma);
  measure = await measureByNumbers(db.prisma, planId, 1, 3);
  periodIds = (await db.prisma.reportingPeriod.findMany({ where: { planId }, orderBy: { startsOn: "asc" }, select: { id: true } })).map(
    (p) => p.id,
  );
  const finance = await db.prisma.unit.findFirstOrThrow({ where: { name: "财务科" } });
  const viewers = {
    lead: await createViewer(db.prisma, "REPORTER", measure.unitIds[0]),
    coOwner: await createViewer(db.prisma, "REPORTER", measure.unitIds[1]),
    outsider: await createViewer(db.prisma, "REPORTER", finance.id),
    coordinator: await createViewer(db.prisma, "COORDINATOR"),
    leader: await createViewer(db.prisma, "LEADER"),
    admin: await createViewer(db.prisma, "ADMIN"),
  };
  for (const [key, viewer] of Object.entries(viewers)) {
    tokens[key as keyof typeof tokens] = { viewer, token: (await createToken(viewer, { name: `测试 ${key}` })).token };
  }
});
afterAll(async () => db?.drop());

describe("authentication", () => {
  it("refuses a request without a token, with a bearer challenge and a Chinese message", async () => {
    const res = await getPlan(get(`/plans/${planId}`), params(planId));
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await errorOf(res)).toEqual({ code: "UNAUTHENTICATED", message: expect.stringContaining("缺少 API 令牌") });
  });

  it("refuses a wrong token, a wrong scheme and a revoked token", async () => {
    const fake = "dbn_" + "A".repeat(43);
    for (const auth of [`Bearer ${fake}`, `Basic ${tokens.lead.token}`, `Bearer`, tokens.lead.token]) {
      const res = await getPlan(new Request(`${BASE}/plans/${planId}`, { headers: { Authorization: auth } }), params(planId));
      expect(res.status, auth).toBe(401);
      expect((await errorOf(res)).message).toContain("API 令牌无效");
    }
    const doomed = await createToken(tokens.lead.viewer, { name: "将撤销" });
    expect((await getPlan(get(`/plans/${planId}`, doomed.token), params(planId))).status).toBe(200);
    await revokeToken(tokens.lead.viewer, doomed.id);
    expect((await getPlan(get(`/plans/${planId}`, doomed.token), params(planId))).status).toBe(401);
  });
});

describe("GET /plans", () => {
  it("lists the plans with their ids", async () => {
    const res = await listPlans(get("/plans", tokens.leader.token), noParams);
    expect(res.status).toBe(200);
    expect(planListSchema.parse(await res.json()).plans).toEqual([
      {
        id: planId,
        title: expect.stringContaining("重点任务"),
        year: 2023,
        docNumber: "济教字〔2023〕22号",
        issuedOn: "2023-03-30",
        region: { id: expect.any(Number), name: "市本级", level: "CITY" },
        parentId: null,
        frozenOn: null,
      },
    ]);
  });
});

describe("GET /plans/{id}", () => {
  it("returns the whole structure in the documented shape, for any role", async () => {
    for (const who of ["leader", "outsider", "coordinator"] as const) {
      const res = await getPlan(get(`/plans/${planId}`, tokens[who].token), params(planId));
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("no-store");
      const plan = planStructureSchema.parse(await res.json());
      expect(plan.actions).toHaveLength(7);
      expect(plan.actions.flatMap((a) => a.tasks)).toHaveLength(26);
      const measures = plan.actions.flatMap((a) => a.tasks.flatMap((t) => t.measures));
      expect(measures).toHaveLength(38);
      expect(plan.periods.map((p) => p.id)).toEqual(periodIds);
      const m3 = measures.find((m) => m.id === measure.id)!;
      expect(m3.units.map((u) => [u.id, u.role])).toEqual([
        [measure.unitIds[0], "LEAD"],
        [measure.unitIds[1], "CO"],
      ]);
    }
  });

  it("404s an unknown plan and 400s an id that is not a positive integer", async () => {
    const missing = await getPlan(get("/plans/999999", tokens.leader.token), params(999999));
    expect(missing.status).toBe(404);
    expect(await errorOf(missing)).toEqual({ code: "NOT_FOUND", message: "任务清单不存在。" });
    for (const bad of ["abc", "0", "-1", "1.5", "99999999999"]) {
      const res = await getPlan(get(`/plans/${bad}`, tokens.leader.token), params(bad));
      expect(res.status, bad).toBe(400);
      expect((await errorOf(res)).fields).toEqual({ id: ["地址中的编号须为正整数。"] });
    }
  });
});

describe("POST /reports", () => {
  const draft = (over: Record<string, unknown> = {}) => ({
    measureId: measure.id,
    periodId: periodIds[0],
    percent: 30,
    progress: "已制定方案",
    ...over,
  });

  it("creates a draft for the token's unit (201), updates it with the right version (200), refuses a stale one (409), submits", async () => {
    const created = await postReport(post(draft({ actuals: [] }), tokens.lead.token), noParams);
    expect(created.status).toBe(201);
    const first = await created.json();
    expect(first).toEqual({ id: expect.any(Number), version: 1, state: "DRAFT", warnings: [] });
    const row = await db.prisma.progressReport.findUniqueOrThrow({ where: { id: first.id } });
    expect(row).toMatchObject({ unitId: measure.unitIds[0], createdById: tokens.lead.viewer.id, percent: 30 });

    const updated = await postReport(post(draft({ version: 1, percent: 40 }), tokens.lead.token), noParams);
    expect(updated.status).toBe(200);
    expect(await updated.json()).toEqual({ id: first.id, version: 2, state: "DRAFT", warnings: [] });

    const audits = await auditCount();
    const stale = await postReport(post(draft({ version: 1, percent: 99 }), tokens.lead.token), noParams);
    expect(stale.status).toBe(409);
    expect((await errorOf(stale)).code).toBe("CONFLICT");
    expect((await db.prisma.progressReport.findUniqueOrThrow({ where: { id: first.id } })).percent).toBe(40);
    expect(await auditCount()).toBe(audits);

    const submitted = await postReport(post(draft({ version: 2, submit: true }), tokens.lead.token), noParams);
    expect(submitted.status).toBe(200);
    expect(await submitted.json()).toEqual({ id: first.id, version: 3, state: "SUBMITTED", warnings: [] });
    // A submitted report is read-only for the unit.
    const again = await postReport(post(draft({ version: 3 }), tokens.lead.token), noParams);
    expect(again.status).toBe(409);
    expect((await errorOf(again)).message).toBe("报告已提交，不能修改。");
  });

  it("a second create of the same report is a conflict, not a second row", async () => {
    const count = await reportCount();
    const res = await postReport(post(draft(), tokens.lead.token), noParams);
    expect(res.status).toBe(409);
    expect(await reportCount()).toBe(count);
  });

  it("refuses a unit that does not own the measure, and every non-reporter role, writing nothing", async () => {
    const [reports, audits] = [await reportCount(), await auditCount()];
    for (const who of ["outsider", "coordinator", "leader", "admin"] as const) {
      const res = await postReport(post(draft({ periodId: periodIds[1] }), tokens[who].token), noParams);
      expect(res.status, who).toBe(403);
      expect(await errorOf(res)).toEqual({ code: "FORBIDDEN", message: "您没有权限执行此操作。" });
    }
    expect([await reportCount(), await auditCount()]).toEqual([reports, audits]);
  });

  it("refuses a unit id from the client instead of ignoring it", async () => {
    const count = await reportCount();
    const res = await postReport(post(draft({ periodId: periodIds[1], unitId: measure.unitIds[1] }), tokens.lead.token), noParams);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).fields).toEqual({ unitId: ["不支持该字段。"] });
    expect(await reportCount()).toBe(count);
  });

  it("404s an unknown measure and a period of no plan of the measure", async () => {
    const noMeasure = await postReport(post(draft({ measureId: 999999 }), tokens.lead.token), noParams);
    expect(noMeasure.status).toBe(404);
    expect((await errorOf(noMeasure)).message).toBe("措施不存在。");
    const noPeriod = await postReport(post(draft({ periodId: 999999 }), tokens.lead.token), noParams);
    expect(noPeriod.status).toBe(404);
    expect((await errorOf(noPeriod)).message).toBe("填报周期不存在。");
  });

  it("returns Chinese field errors for an invalid body, nested paths included", async () => {
    const count = await reportCount();
    const res = await postReport(
      post({ periodId: "x", percent: 120, progress: 5, actuals: [{ indicatorId: 1, value: -3 }], submit: "yes" }, tokens.lead.token),
      noParams,
    );
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(error.fields).toEqual({
      measureId: ["必填。"],
      periodId: ["应为数字。"],
      percent: ["完成进度须为 0–100 之间的整数。"],
      progress: ["不能超过 2000 个字。"],
      "actuals.0.value": ["指标实际值须为不小于 0 的数字。"],
      submit: ["应为布尔值（true 或 false）。"],
    });
    expect(await reportCount()).toBe(count);
  });

  it("400s ids beyond the database's integer range instead of failing inside it", async () => {
    const res = await postReport(post(draft({ measureId: 2 ** 40 }), tokens.lead.token), noParams);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).fields).toEqual({ measureId: ["编号超出范围。"] });
  });

  it("submitting without the required fields is a 400 naming them", async () => {
    const res = await postReport(post({ measureId: measure.id, periodId: periodIds[2], submit: true }, tokens.lead.token), noParams);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toBe("提交前请填写：完成进度、进展情况。");
  });

  it("refuses bodies that are not JSON: wrong type (415), malformed (400), not an object (400), too large (413)", async () => {
    const count = await reportCount();
    const form = await postReport(post("measureId=1", tokens.lead.token, "application/x-www-form-urlencoded"), noParams);
    expect(form.status).toBe(415);
    expect((await errorOf(form)).code).toBe("UNSUPPORTED_MEDIA_TYPE");
    const broken = await postReport(post('{"measureId":', tokens.lead.token), noParams);
    expect(broken.status).toBe(400);
    expect((await errorOf(broken)).message).toBe("请求体不是有效的 JSON。");
    const list = await postReport(post([draft()], tokens.lead.token), noParams);
    expect(list.status).toBe(400);
    expect((await errorOf(list)).message).toBe("请求体须为 JSON 对象。");
    const huge = await postReport(post(draft({ progress: "进".repeat(MAX_BODY_BYTES) }), tokens.lead.token), noParams);
    expect(huge.status).toBe(413);
    expect(await reportCount()).toBe(count);
  });

  it("authenticates before it validates: a bad token with a bad body is a 401", async () => {
    const res = await postReport(post("not json", "dbn_nope"), noParams);
    expect(res.status).toBe(401);
  });
});

describe("GET /measures/{id}/reports", () => {
  let coDraftId: number;
  let approvedId: number;

  beforeAll(async () => {
    // The co-owner keeps a draft; the lead's report for period 4 is submitted and approved.
    const co = await postReport(
      post({ measureId: measure.id, periodId: periodIds[3], percent: 5, progress: "配合单位草稿" }, tokens.coOwner.token),
      noParams,
    );
    coDraftId = (await co.json()).id;
    const lead = await postReport(
      post({ measureId: measure.id, periodId: periodIds[3], percent: 50, progress: "过半", submit: true, actuals: [] }, tokens.lead.token),
      noParams,
    );
    approvedId = (await lead.json()).id;
    await approveReports(tokens.coordinator.viewer, [approvedId]);
  });

  const idsFor = async (who: keyof typeof tokens) => {
    const res = await getMeasureReports(get(`/measures/${measure.id}/reports`, tokens[who].token), params(measure.id));
    expect(res.status).toBe(200);
    const body = measureReportsSchema.parse(await res.json());
    expect(body.measureId).toBe(measure.id);
    return body.reports;
  };

  it("shows each role only the reports it may read", async () => {
    const lead = await idsFor("lead");
    expect(lead.every((r) => r.unit.id === measure.unitIds[0] || r.state === "APPROVED")).toBe(true);
    expect(lead.map((r) => r.id)).not.toContain(coDraftId);
    expect((await idsFor("coOwner")).map((r) => r.id)).toContain(coDraftId);
    const coordinator = await idsFor("coordinator");
    expect(coordinator.some((r) => r.state === "DRAFT")).toBe(false);
    expect(coordinator.map((r) => r.state)).toContain("SUBMITTED");
    expect((await idsFor("leader")).map((r) => [r.id, r.state])).toEqual([[approvedId, "APPROVED"]]);
    expect((await idsFor("admin")).map((r) => r.id)).toContain(coDraftId);
  });

  it("gives periods, units, texts and attachment metadata, newest period first", async () => {
    const reports = await idsFor("admin");
    const approved = reports.find((r) => r.id === approvedId)!;
    expect(approved).toMatchObject({
      percent: 50,
      progress: "过半",
      state: "APPROVED",
      unit: { id: measure.unitIds[0] },
      period: { id: periodIds[3], label: "2023年6月" },
    });
    expect(approved.reviewedAt).not.toBeNull();
    const starts = reports.map((r) => r.period.startsOn);
    expect(starts).toEqual([...starts].sort().reverse());
  });

  it("404s an unknown measure", async () => {
    const res = await getMeasureReports(get("/measures/999999/reports", tokens.admin.token), params(999999));
    expect(res.status).toBe(404);
  });
});

describe("unexpected errors", () => {
  it("are logged and masked as a generic Chinese 500", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = apiHandler({ ...apiRoutes.getPlan }, async () => {
      throw new Error("connection string postgresql://secret@db");
    });
    const res = await broken(get(`/plans/${planId}`, tokens.leader.token), params(planId));
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain("secret");
    expect(JSON.parse(text).error).toEqual({ code: "INTERNAL_ERROR", message: expect.stringContaining("服务器内部错误") });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});

describe("GET /openapi.json", () => {
  it("documents every route from the contract, with the bearer scheme and the error shape", async () => {
    const doc = z
      .looseObject({
        openapi: z.literal("3.1.0"),
        paths: z.record(z.string(), z.unknown()),
        components: z.looseObject({ securitySchemes: z.unknown(), schemas: z.record(z.string(), z.unknown()) }),
      })
      .parse(await getOpenApi().json());
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/v1/plans", "/api/v1/plans/{id}", "/api/v1/measures/{id}/reports", "/api/v1/reports"]),
    );
    expect(doc.components.securitySchemes).toEqual({ bearerAuth: expect.objectContaining({ type: "http", scheme: "bearer" }) });
    const request = doc.components.schemas.SaveReportRequest as {
      properties: Record<string, unknown>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(Object.keys(request.properties)).toEqual(Object.keys(reportInputSchema.shape));
    expect(request.required).toEqual(["measureId", "periodId"]);
    expect(request.additionalProperties).toBe(false);
    expect(JSON.stringify(doc.paths["/api/v1/reports"])).toContain('"409"');
  });
});
