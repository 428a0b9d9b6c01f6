// The monthly reporting workflow through the browser: 人事科 (unit03) files its June report on
// 任务9 措施2 (indicator: 约 4000 名), the coordinator returns it with a reason, the unit fixes and
// resubmits, the coordinator approves it (with a second report, in one batch), and the measure's
// history shows every step. E2E runs with DUBAN_TODAY=2023-06-03.
import { expectNoAxeViolations } from "./support/axe.ts";
import { expect, test, type Page } from "@playwright/test";
import { signIn, signOut } from "./support/sign-in.ts";

const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n",
);
const REASON = "请补充交流轮岗人员名单和人数统计。";

function inboxPeriod(page: Page, label: string) {
  return page.getByTestId("inbox-period").filter({ has: page.getByRole("heading", { level: 2, name: new RegExp(`^${label}`) }) });
}

function inboxRow(page: Page, period: string, measure: string) {
  return inboxPeriod(page, period).locator(`[data-testid="inbox-row"][data-measure="${measure}"]`);
}

function reviewRow(page: Page, measure: string, period: string) {
  return page.locator(`[data-testid="review-row"][data-unit="人事科"][data-measure="${measure}"][data-period="${period}"]`);
}

async function openReport(page: Page, period: string, measure: string) {
  await page.goto("/inbox");
  await inboxRow(page, period, measure).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 2, name: `${period}进展报告` })).toBeVisible();
}

test.describe.serial("reporting journey", () => {
  test("the unit saves a draft with evidence and submits; a disguised file is refused", async ({ page }) => {
    await signIn(page, "unit03");
    await page.getByRole("link", { name: "我的填报" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "我的填报" })).toBeVisible();
    await expect(inboxRow(page, "2023年6月", "任务9 措施2")).toContainText("未填报");
    await expect(inboxRow(page, "2023年6月", "任务9 措施2")).toContainText("牵头");
    await expect(inboxRow(page, "2023年4月", "任务9 措施2").getByTestId("overdue")).toHaveText("逾期 29 天");
    await expect(inboxRow(page, "2023年6月", "任务9 措施2").getByTestId("overdue")).toHaveCount(0);
    await expectNoAxeViolations(page, "/inbox");

    await inboxRow(page, "2023年6月", "任务9 措施2").getByRole("link").click();
    await expect(page.getByRole("heading", { level: 2, name: "2023年6月进展报告" })).toBeVisible();
    await expect(page.getByText("目标：约 4000 名")).toBeVisible();
    await expectNoAxeViolations(page, "report form");
    const formUrl = page.url();

    // A text file named .pdf: refused by its content, and nothing is stored.
    await page.getByLabel("进展情况").fill("这段内容不应被保存。");
    await page
      .getByLabel("添加材料")
      .setInputFiles({ name: "伪装.pdf", mimeType: "application/pdf", buffer: Buffer.from("这不是 PDF，只是一段文字。") });
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect(page.getByTestId("form-error")).toHaveText("文件“伪装.pdf”不是允许的类型（PDF、图片、Word、Excel），或内容与扩展名不符。");
    await expect(page.getByLabel("进展情况")).toHaveValue("这段内容不应被保存。"); // the input is kept for correcting
    await page.goto(formUrl);
    await expect(page.getByTestId("report-state")).toHaveText("未填报");
    await expect(page.getByLabel("进展情况")).toHaveValue("");

    // Field errors come back next to the field.
    await page.getByLabel("完成进度（%）").fill("120");
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect(page.getByTestId("percent-error")).toHaveText("完成进度须为 0–100 之间的整数。");

    await page.getByLabel("完成进度（%）").fill("30");
    await page.getByLabel("进展情况").fill("已组织 1200 名校长教师参与交流轮岗。");
    await page.getByLabel("下步计划").fill("下半年完成剩余交流任务。");
    await page.getByLabel(/义务教育阶段校长教师/).fill("1200");
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect(page.getByTestId("form-message")).toHaveText("草稿已保存。 当前状态：草稿");
    await expect(page.getByTestId("report-state")).toHaveText("草稿");

    await page.getByLabel("添加材料").setInputFiles({ name: "交流轮岗名单.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect(page.getByTestId("existing-files")).toContainText("交流轮岗名单.pdf");
    await expect(page.getByLabel("完成进度（%）")).toHaveValue("30");

    const href = await page.getByTestId("attachment-link").getAttribute("href");
    const download = await page.request.get(href!);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("application/pdf");
    expect(download.headers()["x-content-type-options"]).toBe("nosniff");
    expect(download.headers()["content-disposition"]).toContain(`filename*=UTF-8''${encodeURIComponent("交流轮岗名单.pdf")}`);
    expect((await download.body()).subarray(0, 8).toString()).toBe("%PDF-1.4");

    await page.getByRole("button", { name: "提交" }).click();
    await expect(page.getByTestId("form-message")).toHaveText("报告已提交，等待审核。 当前状态：已提交");
    await expect(page.getByTestId("read-only-note")).toHaveText("报告已提交，不能修改。");
    await expect(page.getByRole("button", { name: "提交" })).toHaveCount(0);
    await expect(page.getByTestId("report-details")).toContainText("交流轮岗名单.pdf");

    // Another unit cannot open this unit's form, nor download its file once it is only submitted.
    await signOut(page);
    await signIn(page, "unit02");
    expect((await page.goto(formUrl))?.status()).toBe(404);
    expect((await page.request.get(href!)).status()).toBe(404);
  });

  test("the coordinator returns the report with a reason", async ({ page }) => {
    await signIn(page, "coordinator");
    await page.getByRole("link", { name: "审核" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "审核" })).toBeVisible();
    await expectNoAxeViolations(page, "/review");
    const row = reviewRow(page, "任务9 措施2", "2023年6月");
    await expect(row).toContainText("30%");
    await row.locator("summary").click();
    await row.getByRole("button", { name: "确认退回" }).click();
    await expect(row.getByTestId("review-error")).toHaveText("请填写退回原因。");
    await row.getByLabel("退回原因").fill(REASON);
    await row.getByRole("button", { name: "确认退回" }).click();
    await expect(page.getByTestId("review-message")).toHaveText("报告已退回。");
    await expect(row).toHaveCount(0);
    await page.getByLabel("状态").selectOption("RETURNED");
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(reviewRow(page, "任务9 措施2", "2023年6月")).toContainText(REASON);
  });

  test("the unit sees the reason, corrects and resubmits (a double click submits once), and files two more", async ({ page }) => {
    await signIn(page, "unit03");
    await page.goto("/inbox");
    await expect(inboxRow(page, "2023年6月", "任务9 措施2")).toContainText("已退回");
    await expect(inboxRow(page, "2023年6月", "任务9 措施2").getByTestId("inbox-return-reason")).toHaveText(`退回原因：${REASON}`);
    await inboxRow(page, "2023年6月", "任务9 措施2").getByRole("link").click();
    await expect(page.getByTestId("return-reason")).toContainText(REASON);
    await expect(page.getByLabel("进展情况")).toHaveValue("已组织 1200 名校长教师参与交流轮岗。");
    await page.getByLabel("完成进度（%）").fill("45");
    await page.getByLabel("进展情况").fill("已组织 1800 名校长教师参与交流轮岗，名单见附件。");
    await page.getByRole("button", { name: "提交" }).dblclick();
    await expect(page.getByTestId("form-message")).toHaveText("报告已提交，等待审核。 当前状态：已提交");
    await expect(page.getByTestId("form-error")).toHaveCount(0);
    await expect(page.getByTestId("report-percent")).toHaveText("45%");

    // Two more reports for the coordinator: May on the same measure, June on 任务11.
    for (const [period, measure] of [
      ["2023年5月", "任务9 措施2"],
      ["2023年6月", "任务11 措施1"],
    ]) {
      await openReport(page, period, measure);
      await page.getByLabel("完成进度（%）").fill("20");
      await page.getByLabel("进展情况").fill(`${period}工作按计划推进。`);
      await page.getByRole("button", { name: "提交" }).click();
      await expect(page.getByTestId("read-only-note")).toBeVisible();
    }
  });

  test("the coordinator approves one report, then two at once", async ({ page }) => {
    await signIn(page, "coordinator");
    await page.goto("/review");
    await reviewRow(page, "任务11 措施1", "2023年6月").getByRole("button", { name: /^通过/ }).click();
    await expect(page.getByTestId("review-message")).toHaveText("报告已通过。");
    await expect(reviewRow(page, "任务11 措施1", "2023年6月")).toHaveCount(0);

    // A batch takes only reports the coordinator has opened on the review desk.
    await expect(reviewRow(page, "任务9 措施2", "2023年6月").getByRole("checkbox")).toHaveCount(0);
    for (const period of ["2023年6月", "2023年5月"]) {
      await reviewRow(page, "任务9 措施2", period).getByTestId("open-desk").click();
      await expect(page.getByTestId("review-desk")).toHaveAttribute("data-period", period);
      await page.goto("/review");
    }
    await reviewRow(page, "任务9 措施2", "2023年6月").getByRole("checkbox").check();
    await reviewRow(page, "任务9 措施2", "2023年5月").getByRole("checkbox").check();
    await page.getByRole("button", { name: "批量通过" }).click();
    await expect(page.getByTestId("review-message")).toHaveText("已通过 2 份报告。");
    await expect(page.locator('[data-testid="review-row"][data-unit="人事科"]')).toHaveCount(0);
  });

  test("the measure page shows the reports and every step of the history, in order", async ({ page }) => {
    await signIn(page, "leader");
    await page.goto("/tasks/9");
    await page.getByRole("link", { name: /^各单位填报情况与历史\s*（措施2）$/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("任务9 措施2");
    const june = page.getByTestId("report-period").filter({ has: page.getByRole("heading", { name: "2023年6月" }) });
    await expect(june.getByTestId("unit-report")).toHaveCount(1);
    await expect(june.getByTestId("unit-report")).toContainText("已通过");
    await expect(june.getByTestId("report-percent")).toHaveText("45%");
    await expect(june.getByTestId("report-actual")).toHaveText("义务教育阶段校长教师：1200 名");

    const steps = page.getByTestId("history-entry").filter({ hasText: "2023年6月" }).getByTestId("history-step");
    await expect(steps).toHaveText(["创建", "保存", "提交", "退回", "提交", "通过"]);
    const entries = page.getByTestId("history-entry").filter({ hasText: "2023年6月" });
    await expect(entries.nth(0)).toContainText("人事科填报员");
    await expect(entries.nth(0)).toContainText("填写：完成进度、进展情况、下步计划、指标实际值");
    await expect(entries.nth(1)).toContainText("上传：交流轮岗名单.pdf");
    await expect(entries.nth(3)).toContainText("督办科 王明");
    await expect(entries.nth(3).getByTestId("history-reason")).toHaveText(`原因：${REASON}`);
    await expect(entries.nth(4)).toContainText("已退回 → 已提交");
    await expect(entries.nth(4)).toContainText("修改：完成进度、进展情况");
    await expectNoAxeViolations(page, "measure page");
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoAxeViolations(page, "measure page (390)");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390); // no sideways page scroll
  });
});

test("the inbox and the review queue are for their roles only", async ({ page }) => {
  await page.goto("/inbox");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Finbox$/);
  await signIn(page, "leader");
  await page.goto("/inbox");
  await expect(page.getByTestId("forbidden")).toContainText("我的填报仅供责任单位的填报员使用。");
  await page.goto("/review");
  await expect(page.getByTestId("forbidden")).toContainText("审核仅供局机关（督办）人员和系统管理员使用。");
  await signOut(page);
  await signIn(page, "unit03");
  await page.goto("/review");
  await expect(page.getByTestId("forbidden")).toBeVisible();
  expect((await page.goto("/inbox/abc/1"))?.status()).toBe(404);
  expect((await page.goto("/inbox/1/999999"))?.status()).toBe(404);
});

test("no axe violations on the inbox, a form and the review queue on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "unit05");
  await page.goto("/inbox");
  await expectNoAxeViolations(page, "/inbox (390)");
  await page.getByTestId("inbox-row").first().getByRole("link").click();
  await expect(page.getByTestId("report-form")).toBeVisible();
  await expectNoAxeViolations(page, "report form (390)");
  await signOut(page);
  await signIn(page, "coordinator");
  await page.goto("/review?state=ALL");
  await expectNoAxeViolations(page, "/review (390)");
});

test("a file over 20 MB is refused before sending; of two edits of one draft the later is refused", async ({ browser }) => {
  const context = await browser.newContext();
  const first = await context.newPage();
  await signIn(first, "unit04");
  await first.goto("/inbox");
  await inboxPeriod(first, "2023年6月").getByTestId("inbox-row").first().getByRole("link").click();
  await expect(first.getByTestId("report-form")).toBeVisible();
  const formUrl = first.url();

  await first.getByLabel("进展情况").fill("附件过大时不保存。");
  await first
    .getByLabel("添加材料")
    .setInputFiles({ name: "扫描件.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(20 * 1024 * 1024 + 1, 0x25) });
  await first.getByRole("button", { name: "保存草稿" }).click();
  await expect(first.getByTestId("form-error")).toHaveText("文件“扫描件.pdf”超过 20 MB。");
  await first.goto(formUrl);
  await expect(first.getByTestId("report-state")).toHaveText("未填报");

  await first.getByLabel("进展情况").fill("第一次保存。");
  await first.getByRole("button", { name: "保存草稿" }).click();
  await expect(first.getByTestId("form-message")).toContainText("草稿已保存。");

  // A colleague opens the same draft, then the first writer saves again.
  const second = await context.newPage();
  await second.goto(formUrl);
  await first.getByLabel("进展情况").fill("先保存的修改。");
  await first.getByRole("button", { name: "保存草稿" }).click();
  await expect(first.getByLabel("进展情况")).toHaveValue("先保存的修改。");
  await expect(first.getByTestId("form-message")).toContainText("草稿已保存。");

  await second.getByLabel("进展情况").fill("后保存的修改。");
  await second.getByRole("button", { name: "保存草稿" }).click();
  await expect(second.getByTestId("form-error")).toHaveText("该报告已被他人修改，您的内容未保存。请刷新页面，查看最新内容后再修改。");
  await expect(second.getByLabel("进展情况")).toHaveValue("后保存的修改。"); // kept, to copy from
  await second.reload();
  await expect(second.getByLabel("进展情况")).toHaveValue("先保存的修改。");
  await context.close();
});
