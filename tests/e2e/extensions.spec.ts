// 延期申请 in the browser: 教师教育科 (unit12) files its overdue March and April reports on 任务14
// 措施1 (10 %), the coordinator approves them, and the measure is 黄 (序时进度 23.6 % on 3 June
// for a measure running 30 March – 31 December). The unit asks to extend it to 30 June 2024; another
// unit (unit13) neither sees the request nor can open the form; the coordinator approves it; the
// measure page then shows "原定 2023年12月31日，经批准延期至 2024年6月30日" and the measure is 蓝
// (序时进度 14.2 %). E2E runs with DUBAN_TODAY=2023-06-03.
import { expectNoAxeViolations } from "./support/axe.ts";
import { expect, test, type Page } from "@playwright/test";
import { signIn, signOut } from "./support/sign-in.ts";

const MEASURE = "任务14 措施1";
const REASON = "全市师德师风示范校评选需待省级标准下发后开展，申请顺延至明年上半年完成。";
const COMMENT = "同意延期，请按新的时限推进并按月报送进展。";

async function fileReport(page: Page, period: string) {
  await page.goto("/inbox");
  await page
    .getByTestId("inbox-period")
    .filter({ has: page.getByRole("heading", { level: 2, name: new RegExp(`^${period}`) }) })
    .locator(`[data-testid="inbox-row"][data-measure="${MEASURE}"]`)
    .getByRole("link")
    .click();
  await expect(page.getByRole("heading", { level: 2, name: `${period}进展报告` })).toBeVisible();
  await page.getByLabel("完成进度（%）").fill("10");
  await page.getByLabel("进展情况").fill("已完成师德选树活动方案起草。");
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("报告已提交，等待审核。 当前状态：已提交");
}

async function openMeasure(page: Page): Promise<string> {
  await page.goto("/tasks/14");
  await page.getByTestId("measure-reports-link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("任务14 措施1");
  return page.url();
}

test.describe.serial("extension requests", () => {
  let measureUrl: string;

  test("the unit's measure is lagging once its overdue reports are approved", async ({ page }) => {
    await signIn(page, "unit12");
    await fileReport(page, "2023年3月");
    await fileReport(page, "2023年4月");
    await signOut(page);

    await signIn(page, "coordinator");
    await page.goto("/review");
    for (const period of ["2023年3月", "2023年4月"]) {
      const row = page.locator(`[data-testid="review-row"][data-unit="教师教育科"][data-measure="${MEASURE}"][data-period="${period}"]`);
      await row.getByRole("button", { name: `通过 教师教育科 ${MEASURE} ${period}` }).click();
      await expect(row).toHaveCount(0);
    }
    measureUrl = await openMeasure(page);
    await expect(page.getByTestId("measure-colour").getByTestId("colour-badge")).toHaveAttribute("data-colour", "YELLOW");
    await expect(page.getByText(/^序时进度 23\.6% · 实际进度 10%/)).toBeVisible();
    await expect(page.getByTestId("deadline")).toContainText("2023年12月31日");
    await expect(page.getByTestId("extended-due-date")).toHaveCount(0);
    // The bureau decides requests; it does not ask for them.
    await expect(page.getByTestId("request-extension")).toHaveCount(0);
  });

  test("the unit asks for an extension from the measure page", async ({ page }) => {
    await signIn(page, "unit12");
    await page.goto(measureUrl);
    await page.getByTestId("request-extension").click();
    await expect(page.getByRole("heading", { level: 1, name: "申请延期" })).toBeVisible();
    await expect(page.getByTestId("extension-current-due")).toHaveText("2023年12月31日");
    await expectNoAxeViolations(page, "/extensions/new");

    // A date that is not later than the due date in force is refused, and what was typed stays.
    await page.getByLabel("申请延期至").fill("2023-12-31");
    await page.getByLabel("延期理由").fill(REASON);
    await page.getByRole("button", { name: "提交申请" }).click();
    await expect(page.getByTestId("form-error")).toHaveText("申请的完成时限须晚于当前完成时限（2023年12月31日）。");
    await expect(page.getByLabel("延期理由")).toHaveValue(REASON);

    await page.getByLabel("申请延期至").fill("2024-06-30");
    await page.getByRole("button", { name: "提交申请" }).click();
    await expect(page).toHaveURL(/\/extensions\?requested=\d+$/);
    await expect(page.getByTestId("extension-requested")).toHaveText("延期申请已提交，等待局机关审批。");
    const row = page.locator(`[data-testid="extension-row"][data-item="${MEASURE}"]`);
    await expect(row.getByTestId("extension-state")).toHaveText("待审批");
    await expect(row.getByTestId("extension-change")).toHaveText("当前完成时限 2023年12月31日，申请延期至 2024年6月30日");
    await expect(row).toContainText(REASON);
    await expectNoAxeViolations(page, "/extensions (unit)");

    // One pending request at a time: the measure page no longer offers to ask.
    await page.goto(measureUrl);
    await expect(page.getByTestId("request-extension")).toHaveCount(0);
    await expect(page.getByTestId("measure-extensions-list")).toContainText("待审批");
  });

  test("another unit neither sees the request nor can ask on the measure", async ({ page }) => {
    await signIn(page, "unit13");
    await page.goto("/extensions");
    await expect(page.getByRole("heading", { level: 1, name: "延期申请" })).toBeVisible();
    await expect(page.getByTestId("extension-row")).toHaveCount(0);
    const id = new URL(measureUrl).pathname.split("/").pop();
    expect((await page.goto(`/extensions/new?measureId=${id}`))?.status()).toBe(404);
    await page.goto(measureUrl);
    await expect(page.getByTestId("request-extension")).toHaveCount(0);
    await expect(page.getByTestId("measure-extensions-list")).toHaveCount(0);
  });

  test("the coordinator approves it, with a comment", async ({ page }) => {
    await signIn(page, "coordinator");
    await page.getByRole("link", { name: "延期申请" }).click();
    const pending = page.getByTestId("extensions-pending-list");
    const row = pending.locator(`[data-testid="extension-row"][data-item="${MEASURE}"][data-unit="教师教育科"]`);
    await expect(row).toContainText(REASON);
    await expectNoAxeViolations(page, "/extensions (bureau)");
    await page.screenshot({ path: test.info().outputPath("extensions-desktop.png"), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: test.info().outputPath("extensions-390x844.png"), fullPage: true });

    await row.getByRole("textbox").fill(COMMENT);
    await row.getByRole("button", { name: `批准 教师教育科 ${MEASURE}` }).click();
    await expect(page.getByTestId("review-message")).toHaveText("已批准延期。");
    await expect(pending.locator(`[data-testid="extension-row"][data-item="${MEASURE}"]`)).toHaveCount(0);
    const decided = page.getByTestId("extensions-decided-list").locator(`[data-testid="extension-row"][data-item="${MEASURE}"]`);
    await expect(decided.getByTestId("extension-state")).toHaveText("已批准");
    await expect(decided.getByTestId("extension-comment")).toContainText(COMMENT);
  });

  test("the measure shows the original and the extended date, and its colour follows the new one", async ({ page }) => {
    await signIn(page, "unit12");
    await page.goto(measureUrl);
    await expect(page.getByTestId("deadline").getByTestId("extended-due-date")).toHaveText(
      "原定 2023年12月31日，经批准延期至 2024年6月30日",
    );
    await expect(page.getByTestId("measure-colour").getByTestId("colour-badge")).toHaveAttribute("data-colour", "BLUE");
    await expect(page.getByText(/^序时进度 14\.2% · 实际进度 10%/)).toBeVisible();
    await expect(page.getByTestId("measure-reasons")).toContainText("完成时限经批准由12月31日延期至2024年6月30日");

    // The task page's card and the unit's page say the same.
    await page.goto("/tasks/14");
    await expect(page.getByTestId("deadline").getByTestId("extended-due-date")).toHaveText(
      "原定 2023年12月31日，经批准延期至 2024年6月30日",
    );
    await expect(page.getByTestId("colour-badge").first()).toHaveAttribute("data-colour", "BLUE");
    await page.getByRole("main").getByRole("link", { name: "教师教育科", exact: true }).first().click();
    await expect(page.getByTestId("unit-measure").filter({ hasText: "任务14" }).getByTestId("extended-due-date")).toHaveText(
      "原定 2023年12月31日，经批准延期至 2024年6月30日",
    );

    await page.goto("/extensions");
    const row = page.locator(`[data-testid="extension-row"][data-item="${MEASURE}"]`);
    await expect(row.getByTestId("extension-state")).toHaveText("已批准");
    await expect(row.getByTestId("extension-change")).toHaveText("原定 2023年12月31日，经批准延期至 2024年6月30日");
  });
});
