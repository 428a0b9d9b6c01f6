// Red/yellow/blue in the browser: the dashboard's charts with data, the one-page summary, the
// bulletin and ledger exports read back. The server's clock is 2023-06-03 (playwright.config.ts).
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { readFile } from "node:fs/promises";
import { signIn } from "./support/sign-in.ts";

test("the dashboard renders every chart and table with data, and sorts the scoreboard", async ({ page }) => {
  await signIn(page, "coordinator");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("督办看板");
  for (const id of ["chart-colour-mix", "chart-trend", "chart-actions"]) {
    const chart = page.getByTestId(id);
    await expect(chart.locator("svg.recharts-surface").first()).toBeVisible();
  }
  // Colours carry words: the legend and labels say 红/黄/蓝, not only a colour.
  await expect(page.getByTestId("chart-colour-mix")).toContainText("红");
  await expect(page.getByTestId("chart-colour-mix").locator(".recharts-pie-sector").first()).toBeVisible();
  await expect(page.getByTestId("chart-actions").locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.getByTestId("chart-trend").locator(".recharts-line-curve").first()).toBeVisible();
  await expect(page.getByTestId("scoreboard-row")).toHaveCount(13);
  await expect(page.getByTestId("heatmap").locator("tbody tr")).toHaveCount(7);
  await expect(page.getByTestId("red-items").locator("li").first()).toContainText("逾期未报");

  await page.getByTestId("scoreboard").getByRole("link", { name: "责任单位" }).click();
  await expect(page).toHaveURL(/sort=name/);
  const names = await page.getByTestId("scoreboard-row").locator("th").allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "zh-CN")));

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test("an as-of date before any report was due shows everything 未报送", async ({ page }) => {
  await signIn(page, "leader");
  await page.goto("/dashboard?asOf=2023-04-01");
  await expect(page.getByTestId("plan-colour")).toContainText("2023年4月1日");
  await expect(page.getByTestId("plan-colour").getByTestId("colour-badge")).toHaveAttribute("data-colour", "NOT_REPORTED");
  await page.goto("/dashboard?asOf=not-a-date");
  await expect(page.getByText("日期格式应为 YYYY-MM-DD。")).toBeVisible();
});

test("the leadership summary prints to one A4 page and reads well on a phone", async ({ page }) => {
  await signIn(page, "leader");
  await page.goto("/summary");
  await expect(page.getByTestId("summary")).toContainText("重点任务推进情况摘要");
  await expect(page.getByTestId("summary-count-RED")).toContainText("较上月");
  await expect(page.getByTestId("summary-units").locator("li")).toHaveCount(13);
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
  await page.emulateMedia({ media: "screen" });
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test("a coordinator issues April's bulletin; Word and Excel downloads read back", async ({ page }) => {
  await signIn(page, "coordinator");
  await page.goto("/bulletins");
  await page.getByLabel("月份").selectOption({ label: "2023年4月（截止 2023-05-05）" });
  await page.getByRole("button", { name: "印发通报" }).click();
  await expect(page.getByTestId("issue-result")).toHaveText("通报已印发。");
  await page.reload();
  await page.getByRole("link", { name: "2023年4月重点任务推进情况通报" }).click();
  await expect(page.getByTestId("bulletin-units").locator("li")).toHaveCount(13);

  const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载 Word" }).click()]);
  expect(docx.suggestedFilename()).toBe("2023年4月重点任务推进情况通报.docx");
  const text = (await mammoth.extractRawText({ buffer: await readFile((await docx.path())!) })).value;
  expect(text).toContain("2023年4月重点任务推进情况通报");
  expect(text).toContain("发展规划科");

  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载 Excel" }).click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile((await xlsx.path())!)) as unknown as ArrayBuffer);
  expect(wb.getWorksheet("全部措施")!.rowCount).toBe(39);
  expect(wb.getWorksheet("各单位报送情况")!.rowCount).toBe(14);

  // Issued once: the month is no longer offered.
  await page.goto("/bulletins");
  await expect(page.getByRole("option", { name: /2023年4月/ })).toHaveCount(0);
});

test("the ledger exports every measure as of a date", async ({ page }) => {
  await signIn(page, "coordinator");
  await page.goto("/dashboard?asOf=2023-05-31");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("ledger-export").click()]);
  expect(download.suggestedFilename()).toBe("重点任务台账（截至2023-05-31）.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  expect(sheet.name).toBe("台账（截至2023-05-31）");
  expect(sheet.rowCount).toBe(39);
  expect(sheet.getRow(1).getCell(14).value).toBe("原因");
});
