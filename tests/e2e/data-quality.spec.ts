// 数据质量 in the browser: 发展规划科 (unit09) files April's report on 任务18 措施1 (32 所, 0.9 万个), then
// types May's figures — progress falling from 30 % to 10 % and 320 kindergartens against a target
// of 32 — and the form warns at once; submitting without an explanation is refused, with one it
// goes through. The coordinator sees the warnings and the explanation on the review desk and in
// the dashboard's 数据质量 panel. E2E runs with DUBAN_TODAY=2023-06-03.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn, signOut } from "./support/sign-in.ts";

const MEASURE = "任务18 措施1";
const EXPLANATION = "4月将年度计划数误填为完成数，本月据实更正；幼儿园数量按所填报。";
const FELL = "累计完成进度由上次报送的 30% 降至 10%";
const ABOVE = "指标“普惠性幼儿园”实际值 320所 超过目标 32所 的 2 倍";

async function openReport(page: Page, period: string) {
  await page.goto("/inbox");
  const group = page.getByTestId("inbox-period").filter({ has: page.getByRole("heading", { level: 2, name: new RegExp(`^${period}`) }) });
  await group.locator(`[data-testid="inbox-row"][data-measure="${MEASURE}"]`).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 2, name: `${period}进展报告` })).toBeVisible();
}

test.describe.serial("data quality", () => {
  test("the reporter sees the warnings while typing and must explain them to submit", async ({ page }) => {
    await signIn(page, "unit09");
    await openReport(page, "2023年4月");
    await page.getByLabel("完成进度（%）").fill("30");
    await page.getByLabel("进展情况").fill("已完成 10 所幼儿园选址。");
    await expect(page.getByTestId("quality-check")).toBeHidden(); // a first report has nothing to compare with
    await page.getByRole("button", { name: "提交" }).click();
    await expect(page.getByTestId("read-only-note")).toBeVisible();

    await openReport(page, "2023年5月");
    await expect(page.getByTestId("quality-check")).toBeHidden();
    await page.getByLabel("完成进度（%）").fill("10");
    await page.getByLabel("进展情况").fill("据实更正进度。");
    // Warned at once, before anything is sent.
    await expect(page.getByTestId("quality-check")).toBeVisible();
    await expect(page.getByTestId("quality-warning-list").locator("li")).toHaveText([FELL]);
    await page.getByRole("spinbutton", { name: /^普惠性幼儿园/ }).fill("320");
    await expect(page.getByTestId("quality-warning-list").locator("li")).toHaveText([FELL, ABOVE]);
    const audit = await new AxeBuilder({ page }).analyze();
    expect(audit.violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);

    // Submitting without an explanation is refused, and the figures stay in the form.
    await page.getByRole("button", { name: "提交" }).click();
    await expect(page.getByTestId("form-error")).toHaveText("本次报送有 2 条数据质量提示，请填写情况说明后再提交。");
    await expect(page.getByTestId("qualityExplanation-error")).toHaveText("本次报送有 2 条数据质量提示，请填写情况说明后再提交。");
    await expect(page.getByLabel("完成进度（%）")).toHaveValue("10");

    await page.getByLabel("情况说明").fill(EXPLANATION);
    await page.getByRole("button", { name: "提交" }).click();
    await expect(page.getByTestId("form-message")).toContainText("报告已提交，等待审核。");
    // The submitted report shows what was warned and what the unit said.
    await expect(page.getByTestId("quality-warnings")).toContainText(FELL);
    await expect(page.getByTestId("quality-explanation")).toContainText(EXPLANATION);
    await signOut(page);
  });

  test("the coordinator sees them on the review desk and in the dashboard's 数据质量 panel", async ({ page }) => {
    await signIn(page, "coordinator");
    await page.goto("/review");
    const row = page.locator(`[data-testid="review-row"][data-unit="发展规划科"][data-measure="${MEASURE}"][data-period="2023年5月"]`);
    await expect(row.getByTestId("quality-warnings")).toContainText("数据质量提示 2 条");
    await expect(row.getByTestId("quality-warnings")).toContainText(ABOVE);
    await expect(row.getByTestId("quality-explanation")).toContainText(EXPLANATION);
    // The April report raised nothing.
    await expect(
      page
        .locator(`[data-testid="review-row"][data-unit="发展规划科"][data-measure="${MEASURE}"][data-period="2023年4月"]`)
        .getByTestId("quality-warnings"),
    ).toHaveCount(0);

    await page.goto("/dashboard");
    const unit = page.getByTestId("quality-panel").locator('[data-testid="quality-unit"][data-unit="发展规划科"]');
    await expect(unit.getByTestId("quality-open-report")).toHaveCount(1);
    await expect(unit.getByTestId("quality-open-report")).toContainText("任务18 措施1 · 2023年5月");
    await expect(unit.getByRole("link", { name: "去审核" })).toHaveAttribute("href", /\/review\?unit=\d+&state=SUBMITTED/);
  });
});
