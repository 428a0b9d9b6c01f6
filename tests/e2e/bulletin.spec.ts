// 月通报 in the browser: the coordinator sets the plan's 文号 prefix, opens the preview (the latest
// month that can be issued), edits the narrative (leaving it unsaved asks first) and saves the draft, issues it after confirming,
// and the issued bulletin's Word and Excel files read back; the print buttons print without the
// navigation. The server's clock is 2023-06-03 (playwright.config.ts): March and April can be issued.
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { readFile } from "node:fs/promises";
import { expectNoAxeViolations } from "./support/axe.ts";
import { answerNextDialog } from "./support/dialog.ts";
import { signIn } from "./support/sign-in.ts";

test("preview → edit the narrative → issue with a confirmation; the downloads read back", async ({ page }) => {
  // A long journey (settings, preview, draft, issue, two downloads, axe) on a shared machine.
  test.setTimeout(180_000);
  await signIn(page, "coordinator");
  await page.goto("/bulletins");
  await page.getByText("通报设置").click();
  await page.getByLabel("文号前缀").fill("济教督〔2023〕");
  await page.getByLabel("抄送").fill("市委教育工委。");
  await page.getByRole("button", { name: "保存设置" }).click();
  await expect(page.getByTestId("settings-result")).toHaveText("通报设置已保存。");

  await page.getByTestId("draft-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("起草月通报");
  await expect(page.getByLabel("月份")).toHaveValue(
    (await page.getByRole("option", { name: /^2023年4月（/ }).getAttribute("value")) as string,
  );
  const doc = page.getByTestId("bulletin-document");
  await expect(doc.getByTestId("bulletin-issuer")).toHaveText("济宁市教育局文件");
  await expect(doc.getByTestId("bulletin-doc-number")).toHaveText("济教督〔2023〕1号");
  await expect(doc).toContainText("2023年4月重点任务推进情况通报");
  await expect(doc.getByTestId("bulletin-section").first()).toContainText("纳入督办的38项措施中");
  await expect(doc.getByTestId("bulletin-attachment")).toHaveCount(5);
  await expect(page.getByTestId("draft-state")).toHaveText("尚未保存草稿：印发时使用系统生成的叙述。");
  await expectNoAxeViolations(page, "/bulletins/draft");
  // On a phone the preview scrolls its tables inside itself, never the page.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByLabel("总体情况").fill("四月各项任务总体推进平稳。\n红色事项集中在逾期未报。");
  // Leaving with the narrative unsaved asks first; declined, the page and the text stay.
  const asked = answerNextDialog(page);
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "月通报" }).click();
  expect(await asked).toContain("尚未保存");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("起草月通报");
  await expect(page.getByLabel("总体情况")).toHaveValue("四月各项任务总体推进平稳。\n红色事项集中在逾期未报。");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByTestId("draft-result")).toHaveText("草稿已保存。");
  await expect(doc.getByTestId("bulletin-section").first()).toContainText("四月各项任务总体推进平稳。");
  await expect(page.getByTestId("draft-state")).toContainText("草稿最后由");

  // Issuing asks first; cancelling issues nothing.
  await page.getByRole("button", { name: "印发通报" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("印发后通报即冻结");
  await page.getByRole("button", { name: "取消" }).click();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await page.getByRole("button", { name: "印发通报" }).click();
  await page.getByRole("button", { name: "确认印发" }).click();
  await expect(page.getByTestId("issue-result")).toHaveText("通报已印发。");
  await page.getByTestId("issued-link").click();

  await expect(page.getByTestId("bulletin-doc-number")).toHaveText("济教督〔2023〕1号");
  await expect(page.getByTestId("print-button")).toBeVisible();
  await expect(page.getByTestId("bulletin-document")).toContainText("红色事项集中在逾期未报。");
  await expect(page.getByTestId("bulletin-document")).toContainText("抄送：市委教育工委。");
  const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载 Word" }).click()]);
  expect(docx.suggestedFilename()).toBe("2023年4月重点任务推进情况通报.docx");
  const text = (await mammoth.extractRawText({ buffer: await readFile((await docx.path())!) })).value;
  for (const part of [
    "济宁市教育局文件",
    "济教督〔2023〕1号",
    "2023年4月重点任务推进情况通报",
    "四月各项任务总体推进平稳。",
    "发展规划科",
    "抄送：市委教育工委。",
  ])
    expect(text).toContain(part);

  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载 Excel" }).click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile((await xlsx.path())!)) as unknown as ArrayBuffer);
  expect(wb.getWorksheet("全部措施")!.rowCount).toBe(39);
  expect(wb.getWorksheet("各单位报送情况")!.rowCount).toBe(14);

  // Issued once: the preview now offers March only.
  await page.goto("/bulletins/draft");
  await expect(page.getByRole("option", { name: /^2023年4月（/ })).toHaveCount(0);
  await expect(page.getByLabel("月份")).toHaveValue(
    (await page.getByRole("option", { name: /2023年3月/ }).getAttribute("value")) as string,
  );
});

test("the print button prints /summary without the navigation", async ({ page }) => {
  await signIn(page, "coordinator");
  await page.goto("/summary");
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByTestId("print-button").click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header nav, nav").first()).toBeHidden();
  await expect(page.getByTestId("print-button")).toBeHidden();
  await expect(page.getByTestId("summary")).toBeVisible();
});
