// Red/yellow/blue in the browser: the dashboard's charts with data, the one-page summary, the
// ledger exports read back (the bulletin: bulletin.spec.ts). The server's clock is 2023-06-03 (playwright.config.ts).
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
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

test("the ledger exports every measure as of a date", async ({ page }) => {
  await signIn(page, "coordinator");
  await page.goto("/dashboard?asOf=2023-05-31");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("ledger-export").click()]);
  expect(download.suggestedFilename()).toBe("重点任务台账（截至2023年5月31日）.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
  // One sheet per action under a title row and the header; 38 measures in all.
  expect(wb.worksheets.map((w) => w.name)).toEqual(["行动1", "行动2", "行动3", "行动4", "行动5", "行动6", "行动7"]);
  expect(wb.worksheets.reduce((n, w) => n + w.rowCount - 2, 0)).toBe(38);
  expect(wb.worksheets[0].getRow(2).getCell(12).value).toBe("原因");

  const [byUnit] = await Promise.all([page.waitForEvent("download"), page.getByTestId("ledger-export-by-unit").click()]);
  const units = new ExcelJS.Workbook();
  await units.xlsx.load((await readFile((await byUnit.path())!)) as unknown as ArrayBuffer);
  expect(units.worksheets.length).toBe(13);
});
