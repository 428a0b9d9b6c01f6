// API v1 against the built server: tokens are created (and one revoked) through the /account/tokens
// page as a user does, then used with Playwright's request fixture.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in.ts";

test.describe.configure({ mode: "serial" });

const REPORTER = "unit04"; // 基础教育科
const REPORTER_UNIT = "基础教育科";
const REPORTER_TOKEN_NAME = "区县平台对接";

type Measure = { id: number; units: { id: number; name: string; role: string }[] };
type Plan = { id: number; periods: { id: number; label: string }[]; actions: { tasks: { measures: Measure[] }[] }[] };

let reporterToken = "";
let coordinatorToken = "";
let plan: Plan;
let ownMeasure: Measure;
let otherMeasure: Measure;
let mayPeriodId: number;

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const measuresOf = (p: Plan) => p.actions.flatMap((a) => a.tasks.flatMap((t) => t.measures));

async function tokensPage(browser: Browser, login: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, login);
  // The user's name in the header leads to the tokens page.
  await page.getByTestId("current-user").click();
  await expect(page).toHaveURL(/\/account\/tokens$/);
  return { page, close: () => context.close() };
}

async function createTokenInUi(page: Page, name: string): Promise<string> {
  await page.getByLabel("令牌名称").fill(name);
  await page.getByRole("button", { name: "创建令牌" }).click();
  await expect(page.getByTestId("new-token")).toContainText("请立即复制并妥善保存");
  return page.getByTestId("new-token-value").inputValue();
}

async function reportsOf(request: APIRequestContext, measureId: number, token: string) {
  const res = await request.get(`/api/v1/measures/${measureId}/reports`, { headers: auth(token) });
  expect(res.status()).toBe(200);
  return (await res.json()).reports as { id: number; unit: { name: string }; state: string; period: { id: number } }[];
}

test("a reporter creates a token on the tokens page; it is shown once", async ({ browser }) => {
  const { page, close } = await tokensPage(browser, REPORTER);
  await expect(page.getByTestId("no-tokens")).toBeVisible();
  // A blank name is refused in Chinese.
  await page.getByRole("button", { name: "创建令牌" }).click();
  await expect(page.getByTestId("token-error")).toHaveText("请填写令牌名称。");

  reporterToken = await createTokenInUi(page, REPORTER_TOKEN_NAME);
  expect(reporterToken).toMatch(/^dbn_[A-Za-z0-9_-]{43}$/);
  const row = page.getByTestId("token-row").filter({ hasText: REPORTER_TOKEN_NAME });
  await expect(row).toContainText(reporterToken.slice(0, 12));
  await expect(row).toContainText("从未使用");
  await expect(row).toContainText("有效");

  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${viewport.width}px: ${v.id} (${v.nodes.length})`)).toEqual([]);
  }

  await page.reload();
  await expect(page.getByTestId("token-row")).toHaveCount(1);
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  expect(await page.content()).not.toContain(reporterToken);
  await close();

  const coordinator = await tokensPage(browser, "coordinator");
  coordinatorToken = await createTokenInUi(coordinator.page, "督办统计");
  // Each user sees only their own tokens.
  await expect(coordinator.page.getByTestId("token-row")).toHaveCount(1);
  await expect(coordinator.page.getByTestId("token-row")).toContainText("督办统计");
  await coordinator.close();
});

test("the tokens page asks a signed-out visitor to sign in first", async ({ page }) => {
  await page.goto("/account/tokens");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount%2Ftokens$/);
});

test("401 without a token and with a bad one", async ({ request }) => {
  const none = await request.get("/api/v1/plans");
  expect(none.status()).toBe(401);
  expect(none.headers()["www-authenticate"]).toMatch(/^Bearer/);
  expect((await none.json()).error).toEqual({ code: "UNAUTHENTICATED", message: expect.stringContaining("缺少 API 令牌") });
  const bad = await request.get("/api/v1/plans", { headers: auth(reporterToken.slice(0, -2) + "xx") });
  expect(bad.status()).toBe(401);
  expect((await bad.json()).error.message).toContain("API 令牌无效");
});

test("GET the plan structure: 7 actions, 26 tasks, 38 measures with units, indicators and periods", async ({ request }) => {
  const list = await request.get("/api/v1/plans", { headers: auth(reporterToken) });
  expect(list.status()).toBe(200);
  const [first] = (await list.json()).plans as { id: number; year: number }[];
  expect(first.year).toBe(2023);
  const res = await request.get(`/api/v1/plans/${first.id}`, { headers: auth(reporterToken) });
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/json");
  plan = await res.json();
  expect(plan.actions).toHaveLength(7);
  expect(plan.actions.flatMap((a) => a.tasks)).toHaveLength(26);
  const measures = measuresOf(plan);
  expect(measures).toHaveLength(38);
  expect(new Set(measures.flatMap((m) => m.units.map((u) => u.name))).size).toBe(13);
  expect(measures.every((m) => m.units[0].role === "LEAD")).toBe(true);
  ownMeasure = measures.find((m) => m.units.some((u) => u.name === REPORTER_UNIT))!;
  otherMeasure = measures.find((m) => !m.units.some((u) => u.name === REPORTER_UNIT))!;
  expect(ownMeasure && otherMeasure).toBeTruthy();
  mayPeriodId = plan.periods.find((p) => p.label === "2023年5月")!.id;
  expect(mayPeriodId).toBeGreaterThan(0);
});

test("POST a draft for an own measure (201), update it (200), a stale version (409), then submit", async ({ request }) => {
  const body = {
    measureId: ownMeasure.id,
    periodId: mayPeriodId,
    percent: 30,
    progress: "已印发实施方案",
    problems: "",
    nextSteps: "推进试点",
  };
  const created = await request.post("/api/v1/reports", { headers: auth(reporterToken), data: body });
  expect(created.status()).toBe(201);
  const draft = await created.json();
  expect(draft).toEqual({ id: expect.any(Number), version: 1, state: "DRAFT", warnings: [] });

  const updated = await request.post("/api/v1/reports", { headers: auth(reporterToken), data: { ...body, version: 1, percent: 45 } });
  expect(updated.status()).toBe(200);
  expect(await updated.json()).toEqual({ id: draft.id, version: 2, state: "DRAFT", warnings: [] });

  const stale = await request.post("/api/v1/reports", { headers: auth(reporterToken), data: { ...body, version: 1, percent: 99 } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error).toEqual({ code: "CONFLICT", message: expect.stringContaining("已被他人修改") });

  // The coordinator does not see the unit's draft; the unit does, with the kept values.
  expect((await reportsOf(request, ownMeasure.id, coordinatorToken)).map((r) => r.id)).not.toContain(draft.id);
  const own = (await reportsOf(request, ownMeasure.id, reporterToken)).find((r) => r.id === draft.id);
  expect(own).toMatchObject({ state: "DRAFT", percent: 45, unit: { name: REPORTER_UNIT } });

  const submitted = await request.post("/api/v1/reports", {
    headers: auth(reporterToken),
    data: { ...body, percent: 45, version: 2, submit: true },
  });
  expect(submitted.status()).toBe(200);
  expect(await submitted.json()).toEqual({ id: draft.id, version: 3, state: "SUBMITTED", warnings: [] });
  const seen = (await reportsOf(request, ownMeasure.id, coordinatorToken)).find((r) => r.id === draft.id);
  expect(seen).toMatchObject({ state: "SUBMITTED", period: { id: mayPeriodId }, unit: { name: REPORTER_UNIT } });
});

test("POST for another unit's measure is 403 and writes nothing", async ({ request }) => {
  const before = await reportsOf(request, otherMeasure.id, coordinatorToken);
  const res = await request.post("/api/v1/reports", {
    headers: auth(reporterToken),
    data: { measureId: otherMeasure.id, periodId: mayPeriodId, percent: 50, progress: "越权填报", submit: true },
  });
  expect(res.status()).toBe(403);
  expect((await res.json()).error).toEqual({ code: "FORBIDDEN", message: "您没有权限执行此操作。" });
  expect(await reportsOf(request, otherMeasure.id, coordinatorToken)).toEqual(before);
  expect((await reportsOf(request, otherMeasure.id, reporterToken)).filter((r) => r.unit.name === REPORTER_UNIT)).toEqual([]);
  // A coordinator's token cannot file reports either.
  const bureau = await request.post("/api/v1/reports", {
    headers: auth(coordinatorToken),
    data: { measureId: ownMeasure.id, periodId: mayPeriodId + 1, progress: "x" },
  });
  expect(bureau.status()).toBe(403);
});

test("an invalid body is a 400 with a Chinese message and field errors", async ({ request }) => {
  const res = await request.post("/api/v1/reports", {
    headers: auth(reporterToken),
    data: { measureId: ownMeasure.id, periodId: "五月", percent: 101, unitId: 1 },
  });
  expect(res.status()).toBe(400);
  const { error } = await res.json();
  expect(error.code).toBe("INVALID_INPUT");
  expect(error.message).toBe("请求内容有误，请按 fields 中的提示修改。");
  expect(error.fields).toEqual({ periodId: ["应为数字。"], percent: ["完成进度须为 0–100 之间的整数。"], unitId: ["不支持该字段。"] });

  const form = await request.post("/api/v1/reports", { headers: auth(reporterToken), form: { measureId: String(ownMeasure.id) } });
  expect(form.status()).toBe(415);
});

test("a token revoked on the tokens page is refused at once", async ({ browser, request }) => {
  expect((await request.get("/api/v1/plans", { headers: auth(reporterToken) })).status()).toBe(200);
  const { page, close } = await tokensPage(browser, REPORTER);
  const row = page.getByTestId("token-row").filter({ hasText: REPORTER_TOKEN_NAME });
  // It has been used by now.
  await expect(row).not.toContainText("从未使用");
  page.once("dialog", (dialog) => dialog.accept());
  await row.getByRole("button", { name: `撤销令牌“${REPORTER_TOKEN_NAME}”` }).click();
  await expect(row).toContainText("已于");
  await expect(row.getByRole("button")).toHaveCount(0);
  await close();

  const res = await request.get(`/api/v1/plans/${plan.id}`, { headers: auth(reporterToken) });
  expect(res.status()).toBe(401);
  const post = await request.post("/api/v1/reports", {
    headers: auth(reporterToken),
    data: { measureId: ownMeasure.id, periodId: mayPeriodId + 1, progress: "x" },
  });
  expect(post.status()).toBe(401);
});

test("openapi.json is an OpenAPI 3.1 document with every route", async ({ request }) => {
  const res = await request.get("/api/v1/openapi.json");
  expect(res.status()).toBe(200);
  const doc = JSON.parse(await res.text());
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining(["/api/v1/plans/{id}", "/api/v1/measures/{id}/reports", "/api/v1/reports"]),
  );
  expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
  expect(Object.keys(doc.paths["/api/v1/reports"].post.responses)).toEqual(
    expect.arrayContaining(["200", "201", "400", "401", "403", "404", "409"]),
  );
  expect(doc.components.schemas.ApiError.properties.error.required).toEqual(["code", "message"]);
});
