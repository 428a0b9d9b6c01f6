// The review desk, 一键催报 and the phone dashboard through the browser. 市委教育工作办秘书科 (unit01,
// a unit no other browser test reports for, so the queue holds exactly its two reports) files two May reports; the coordinator sees them counted beside 审核, opens the desk from the queue
// (filtered on the unit), walks with the keyboard, approves one and returns the other (the reason
// is required); then chases every overdue unit from the dashboard, once a day; on a phone the
// dashboard fits the width and the menu folds. 一键催报 shows on the desk for the coordinator, not for a unit. E2E runs with DUBAN_TODAY=2023-06-03.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { answerNextDialog } from "./support/dialog.ts";
import { openPhoneMenu, signIn, signOut } from "./support/sign-in.ts";

const UNIT = "市委教育工作办秘书科";
const REASON = "请补充各县市区的推进数据。";

function inboxRows(page: Page, period: string) {
  return page
    .getByTestId("inbox-period")
    .filter({ has: page.getByRole("heading", { level: 2, name: new RegExp(`^${period}`) }) })
    .getByTestId("inbox-row");
}

test.describe.serial("review desk", () => {
  test.describe.configure({ timeout: 120_000 }); // a busy two-core machine
  const measures: string[] = [];
  let deskUrl = "";

  test("市委教育工作办秘书科 submits two May reports", async ({ page }) => {
    await signIn(page, "unit01");
    for (const i of [0, 1]) {
      await page.goto("/inbox");
      const row = inboxRows(page, "2023年5月").filter({ hasText: "未填报" }).first();
      measures.push((await row.getAttribute("data-measure"))!);
      await row.getByRole("link").first().click();
      await page.getByLabel("完成进度（%）").fill(String(10 + i * 5));
      await page.getByLabel("进展情况").fill(`5月已推进第${i + 1}项工作。`);
      await page.getByRole("button", { name: "提交" }).click();
      await expect(page.getByTestId("read-only-note")).toBeVisible();
    }
    expect(new Set(measures).size).toBe(2);
  });

  test("the coordinator opens the desk, walks with the keyboard, approves one and returns one with a reason", async ({ page }) => {
    await signIn(page, "coordinator");
    await expect(page.getByTestId("nav-waiting-count")).toBeVisible();
    await page.goto("/review");
    await page.getByLabel("责任单位").selectOption({ label: UNIT });
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page.getByTestId("review-row")).toHaveCount(2);
    await expect(page.getByTestId("not-opened")).toHaveCount(2); // no batch before they are opened
    await page.getByTestId("start-desk").click();

    const desk = page.getByTestId("review-desk");
    await expect(desk).toHaveAttribute("data-unit", UNIT);
    await expect(desk).toHaveAttribute("data-measure", measures[0]);
    await expect(page.getByTestId("desk-position")).toHaveText("待审核第 1 / 2 份");
    await expect(page.getByTestId("desk-keys-hint")).toContainText("下一份");
    await expect(page.getByTestId("report-progress").first()).toHaveText("5月已推进第1项工作。");
    await expect(page.getByTestId("desk-expected")).toContainText("序时进度");
    await expect(page.getByTestId("desk-previous-report")).toBeVisible();
    // 一键催报 on the desk too, for the report's plan.
    await expect(page.getByTestId("chase-overdue").locator("summary")).toHaveText(/^一键催报/);
    deskUrl = page.url();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `desk: ${v.id} (${v.nodes.length})`)).toEqual([]);

    await page.keyboard.press("j");
    await expect(desk).toHaveAttribute("data-measure", measures[1]);
    await expect(page.getByTestId("desk-position")).toHaveText("待审核第 2 / 2 份");
    await page.keyboard.press("ArrowLeft");
    await expect(desk).toHaveAttribute("data-measure", measures[0]);

    // Approve: the desk moves on to the next waiting report.
    await page.getByTestId("desk-decision").getByRole("button", { name: "通过" }).click();
    await expect(desk).toHaveAttribute("data-measure", measures[1]);
    await expect(page.getByTestId("desk-position")).toHaveText("待审核第 1 / 1 份");

    // Return: a reason is required; then back to the queue, which is empty for the unit.
    await page.getByRole("button", { name: "确认退回" }).click();
    await expect(page.getByTestId("desk-error")).toHaveText("请填写退回原因。");
    await page.getByLabel("退回原因").fill(REASON);
    await page.getByRole("button", { name: "确认退回" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "审核" })).toBeVisible();
    await expect(page.getByTestId("review-row")).toHaveCount(0);

    await page.getByLabel("状态").selectOption("RETURNED");
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page.locator(`[data-testid="review-row"][data-measure="${measures[1]}"]`)).toContainText(REASON);
  });

  test("the coordinator chases every overdue unit from the dashboard, once a day", async ({ page }) => {
    await signIn(page, "coordinator");
    await page.goto("/dashboard");
    const chase = page.getByTestId("chase-overdue");
    await chase.locator("summary").click();
    await expect(page.getByTestId("chase-overdue-confirm")).toContainText("确认后将向");
    await chase.getByRole("button", { name: "确认催报" }).click();
    await expect(page.getByTestId("chase-overdue-result")).toContainText(/^已向 \d+ 个单位催报 \d+ 份逾期报告/);

    await page.reload();
    await page.getByTestId("chase-overdue").locator("summary").click();
    await expect(page.getByTestId("chase-overdue-confirm")).toContainText("今天都已催办过");
    await page.getByTestId("chase-overdue").getByRole("button", { name: "确认催报" }).click();
    await expect(page.getByTestId("chase-overdue-result")).toContainText("未重复催办");

    // A chased unit finds the chase pinned on its notifications.
    await signOut(page);
    await signIn(page, "unit04");
    await page.goto("/notifications");
    await expect(page.getByText(/份进展报告逾期未报/).first()).toBeVisible();
    // A unit has no desk, and no 一键催报 on its address.
    await page.goto(deskUrl);
    await expect(page.getByTestId("forbidden")).toBeVisible();
    await expect(page.getByTestId("chase-overdue")).toHaveCount(0);
    await expect(page.getByTestId("review-desk")).toHaveCount(0);
  });

  test("the report form shows the upload's progress, cancels it, and asks before leaving unsaved text", async ({ page }) => {
    await signIn(page, "unit04");
    await page.goto("/inbox");
    await inboxRows(page, "2023年6月").filter({ hasText: "未填报" }).first().getByRole("link").first().click();
    await expect(page).toHaveURL(/\/inbox\/\d+\/\d+$/);
    const formUrl = page.url();
    await page.getByLabel("进展情况").fill("尚未保存的文字。");

    // An in-app link asks first; declined, the page and the text stay.
    const asked = answerNextDialog(page);
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "我的填报" }).click();
    expect(await asked).toContain("尚未保存");
    expect(page.url()).toBe(formUrl);
    await expect(page.getByLabel("进展情况")).toHaveValue("尚未保存的文字。");

    // A slow upload shows its progress and can be cancelled: nothing is saved.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 256 * 1024,
    });
    const pdf = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(6 * 1024 * 1024, 0x20), Buffer.from("\n%%EOF\n")]);
    await page.getByLabel("添加材料").setInputFiles({ name: "大文件.pdf", mimeType: "application/pdf", buffer: pdf });
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect(page.getByTestId("upload-progress")).toContainText("正在上传");
    await expect(page.getByTestId("upload-progress").locator("progress")).toBeVisible();
    await page.getByTestId("upload-cancel").click();
    await expect(page.getByTestId("upload-progress")).toHaveText("已取消上传，未保存任何内容。");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await page.goto(formUrl);
    await expect(page.getByTestId("report-state")).toHaveText("未填报");
  });

  test("on a phone the dashboard fits the width and the menu folds", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, "coordinator");
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "督办看板" })).toBeVisible();
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
    await expect(page.getByRole("link", { name: "任务清单" })).toBeHidden();
    await openPhoneMenu(page);
    await expect(page.getByRole("link", { name: "任务清单" })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("dashboard-390x844.png"), fullPage: true });
  });
});
