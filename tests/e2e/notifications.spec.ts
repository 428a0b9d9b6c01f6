// 催办 and the notification centre through the browser: the coordinator chases 市政府教育督导室
// (unit10) about its May report on 任务12 措施1 (a measure it alone owns) from the measure page;
// unit10 sees the bell count go up and the chase pinned on top of its notifications, marks it read,
// reports; the coordinator returns the report and chases again from the review page; 办公室 (unit11)
// sees none of it. Counts are compared with what each user had before: the in-app
// scheduler may already have created the day's reminders. E2E runs with DUBAN_TODAY=2023-06-03.
import { expectNoAxeViolations } from "./support/axe.ts";
import { expect, test, type Page } from "@playwright/test";
import { signIn, signOut } from "./support/sign-in.ts";

const MESSAGE = "请于6月5日前报送5月进展，并附督导检查记录。";
const UNIT = "市政府教育督导室";

/** The unread count the header's bell announces. */
async function unreadCount(page: Page): Promise<number> {
  const label = (await page.getByTestId("notification-bell").getAttribute("aria-label")) ?? "";
  const match = /（(\d+) 条未读）/.exec(label);
  if (match) return Number(match[1]);
  expect(label).toBe("通知（没有未读）");
  return 0;
}

async function expectUnread(page: Page, n: number) {
  await expect(page.getByTestId("notification-bell")).toHaveAttribute("aria-label", n > 0 ? `通知（${n} 条未读）` : "通知（没有未读）");
}

test.describe.serial("notifications and chasing", () => {
  let unit10Before = 0;
  let unit11Before = 0;

  test("before: what unit10 and unit11 have unread", async ({ page }) => {
    await signIn(page, "unit10");
    unit10Before = await unreadCount(page);
    await signOut(page);
    await signIn(page, "unit11");
    unit11Before = await unreadCount(page);
  });

  test("the coordinator chases unit10 about its May report from the measure page", async ({ page }, testInfo) => {
    await signIn(page, "coordinator");
    await page.goto("/tasks/12");
    await page.getByTestId("measure-reports-link").first().click();
    await expect(page.getByRole("heading", { level: 1, name: "任务12 措施1" })).toBeVisible();
    const form = page.getByTestId("chase-form");
    await expect(form.getByLabel("责任单位")).toHaveValue(/\d+/);
    await expect(form.getByLabel("责任单位").locator("option:checked")).toHaveText(UNIT);
    await form.getByLabel("报送期").selectOption({ label: "2023年5月" });

    // An empty message is refused in Chinese, and nothing is sent.
    await form.getByRole("button", { name: "发送催办" }).click();
    await expect(form.getByText("请填写催办内容。")).toBeVisible();
    await expect(page.getByTestId("history-chase")).toHaveCount(0);

    await form.getByLabel("催办内容").fill(MESSAGE);
    await form.getByRole("button", { name: "发送催办" }).click();
    await expect(page.getByTestId("chase-form-result")).toHaveText(`已向${UNIT}发送催办（1 个账号）。`);
    await expect(form.getByLabel("催办内容")).toHaveValue("");
    const chase = page.getByTestId("history-chase");
    await expect(chase).toHaveCount(1);
    await expect(chase).toContainText(`催办 ${UNIT}`);
    await expect(chase).toContainText("2023年5月");
    await expect(chase).toContainText(MESSAGE);
    await expectNoAxeViolations(page, "measure page with the chase form");
    await page.getByTestId("chase-form").scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath("measure-chase-desktop.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId("chase-form").scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath("measure-chase-390x844.png") });
  });

  test("unit10 sees the chase pinned with the bell count, and marks it read", async ({ page }, testInfo) => {
    await signIn(page, "unit10");
    await expectUnread(page, unit10Before + 1);
    await page.getByTestId("notification-bell").click();
    await expect(page.getByRole("heading", { level: 1, name: "通知" })).toBeVisible();
    const pinned = page.getByTestId("pinned-notifications").getByTestId("notification");
    await expect(pinned).toHaveCount(1);
    await expect(pinned.getByTestId("notification-title")).toHaveText("督办科 王明催办：任务12 措施1 2023年5月进展");
    await expect(pinned.getByTestId("notification-body")).toHaveText(MESSAGE);
    await expect(pinned).toHaveAttribute("data-unread", "true");
    await expectNoAxeViolations(page, "/notifications");
    await page.screenshot({ path: testInfo.outputPath("notifications-desktop.png"), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: testInfo.outputPath("notifications-390x844.png"), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 720 });

    // The chase leads to the report it is about.
    await expect(pinned.getByRole("link")).toHaveAttribute("href", /^\/inbox\/\d+\/\d+$/);

    await pinned.getByRole("button", { name: /^标为已读/ }).click();
    await expect(page.getByTestId("pinned-notifications")).toHaveCount(0);
    await expectUnread(page, unit10Before);
    const read = page.getByTestId("notification-list").getByTestId("notification").filter({ hasText: MESSAGE });
    await expect(read).toHaveAttribute("data-unread", "false");
    await page.reload();
    await expectUnread(page, unit10Before);

    // The measure's history shows the chase to the unit it was sent to.
    await page.goto("/tasks/12");
    await page.getByTestId("measure-reports-link").first().click();
    await expect(page.getByTestId("history-chase")).toContainText(MESSAGE);
    await expect(page.getByTestId("chase-form")).toHaveCount(0); // units do not chase
  });

  test("unit10 reports; the coordinator returns it and chases again from the review page", async ({ page }) => {
    await signIn(page, "unit10");
    await page.getByTestId("notification-bell").click();
    // The chase leads to the report form it is about.
    await page
      .getByTestId("notification-list")
      .getByRole("link", { name: /任务12 措施1 2023年5月进展/ })
      .click();
    await expect(page.getByRole("heading", { level: 2, name: "2023年5月进展报告" })).toBeVisible();
    await page.getByLabel("完成进度（%）").fill("20");
    await page.getByLabel("进展情况").fill("已完成督导检查方案起草。");
    await page.getByRole("button", { name: "提交" }).click();
    await expect(page.getByTestId("form-message")).toHaveText("报告已提交，等待审核。 当前状态：已提交");
    const before = await unreadCount(page);
    await signOut(page);

    await signIn(page, "coordinator");
    await page.goto("/review");
    const row = page.locator(`[data-testid="review-row"][data-unit="${UNIT}"][data-measure="任务12 措施1"][data-period="2023年5月"]`);
    await row.locator("summary", { hasText: "退回" }).click();
    await row.getByLabel("退回原因").fill("请附督导检查记录。");
    await row.getByRole("button", { name: "确认退回" }).click();
    await expect(page.getByTestId("review-message")).toHaveText("报告已退回。");
    await page.goto("/review?state=RETURNED");
    await row.locator("summary", { hasText: "催办" }).click();
    await row.getByRole("button", { name: "发送催办" }).click();
    await expect(row.getByText("请填写催办内容。")).toBeVisible();
    await row.getByLabel("催办内容").fill("退回的报告请今天补正后重新提交。");
    await row.getByRole("button", { name: "发送催办" }).click();
    await expect(row.getByTestId("row-chase-form-result")).toHaveText(`已向${UNIT}发送催办（1 个账号）。`);
    await signOut(page);

    // Told twice: the return (with its reason) and the new chase, pinned.
    await signIn(page, "unit10");
    await expectUnread(page, before + 2);
    await page.getByTestId("notification-bell").click();
    await expect(page.getByTestId("pinned-notifications").getByTestId("notification-body")).toHaveText("退回的报告请今天补正后重新提交。");
    const returned = page.getByTestId("notification-list").locator('[data-kind="REPORT_RETURNED"]');
    await expect(returned.getByTestId("notification-title")).toHaveText("任务12 措施1：2023年5月进展被退回修改");
    await expect(returned.getByTestId("notification-body")).toHaveText("退回原因：请附督导检查记录。");
    await page.getByTestId("mark-all-read").click();
    await expectUnread(page, 0);
    await expect(page.getByTestId("pinned-notifications")).toHaveCount(0);
  });

  test("unit11 sees none of it", async ({ page }) => {
    await signIn(page, "unit11");
    await expectUnread(page, unit11Before);
    await page.getByTestId("notification-bell").click();
    await expect(page.getByRole("heading", { level: 1, name: "通知" })).toBeVisible();
    await expect(page.getByTestId("pinned-notifications")).toHaveCount(0);
    await expect(page.getByText(MESSAGE)).toHaveCount(0);
    await expect(page.locator('[data-kind="CHASE"]')).toHaveCount(0);
    await page.goto("/tasks/12");
    await page.getByTestId("measure-reports-link").first().click();
    await expect(page.getByTestId("history-chase")).toHaveCount(0);
  });
});
