// The problem ledger (问题台账) and the quarterly inspection (季巡查) through the browser: 发展规划科
// (unit09) submits its June report on 任务9 措施1 and raises its 存在问题 into the ledger with one
// click, fills in its remedy and submits a resolution with evidence; 财务科 (unit08) sees the entry
// but not the pending evidence; the coordinator rejects once with a reason, then verifies (销号);
// the entry shows its history; the ledger filters and exports (parsed back with exceljs). Then
// the coordinator records an inspection whose 不符合 finding becomes an entry for 财务科.
// E2E runs with DUBAN_TODAY=2023-06-03.
import { mkdirSync } from "node:fs";
import { expectNoAxeViolations } from "./support/axe.ts";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { signIn, signOut } from "./support/sign-in.ts";

const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n",
);
const PROBLEM = "3 个新建学校项目施工许可手续未办结，影响开工。";
const REASON = "佐证材料缺少施工许可证扫描件，请补充。";
const FINDING = "生均公用经费拨付台账不完整，部分县区未按月调度。";
const SCREENS = "test-results/screens";

let entryUrl = "";
let evidenceHref = "";

async function shoot(page: Page, name: string) {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true });
}

function inboxRow(page: Page, period: string, measure: string) {
  return page
    .getByTestId("inbox-period")
    .filter({ has: page.getByRole("heading", { level: 2, name: new RegExp(`^${period}`) }) })
    .locator(`[data-testid="inbox-row"][data-measure="${measure}"]`);
}

test.describe.serial("problem ledger", () => {
  test("a unit raises the problems of its submitted report into the ledger with one click", async ({ page }) => {
    await signIn(page, "unit09");
    await page.goto("/inbox");
    await inboxRow(page, "2023年6月", "任务9 措施1").getByRole("link").click();
    await expect(page.getByRole("heading", { level: 2, name: "2023年6月进展报告" })).toBeVisible();
    await page.getByLabel("完成进度（%）").fill("35");
    await page.getByLabel("进展情况").fill("28 所学校中 20 所已开工。");
    await page.getByLabel("存在问题").fill(PROBLEM);
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect(page.getByTestId("form-message")).toContainText("草稿已保存。");
    // A draft's problems are still private: submit first.
    await expect(page.getByText("提交报告后，可将“存在问题”列入问题台账。")).toBeVisible();
    await expect(page.getByTestId("raise-form")).toHaveCount(0);
    await page.getByRole("button", { name: "提交" }).click();
    await expect(page.getByTestId("read-only-note")).toBeVisible();

    await expect(page.getByTestId("raise-form")).toBeVisible();
    await expect(page.getByLabel("完成时限")).toHaveValue("2023-07-03");
    await page.getByLabel("责任人").fill("赵建国");
    await page.getByRole("button", { name: "列入问题台账" }).click();
    await expect(page).toHaveURL(/\/problems\/\d+\?done=raised$/);
    entryUrl = page.url().replace(/\?.*$/, "");
    await expect(page.getByTestId("problem-done")).toContainText("已将报告的存在问题列入问题台账");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(PROBLEM);
    await expect(page.getByTestId("problem-state")).toHaveText("未销号");
    await expect(page.getByTestId("problem-source")).toHaveText("2023年6月进展报告的存在问题");
    await expect(page.getByTestId("problem-unit")).toHaveText("发展规划科");
    await expect(page.getByTestId("problem-person")).toHaveText("赵建国");
    await expect(page.getByTestId("problem-due")).toHaveText("2023年7月3日");

    // Back on the report, the entry is linked instead of raised twice.
    await page.goBack();
    await page.reload();
    await expect(page.getByTestId("raised-problem")).toContainText("本报告的存在问题已列入问题台账");
    await expect(page.getByTestId("raise-form")).toHaveCount(0);
  });

  test("the unit fills in its remedy and submits a resolution with evidence; a wrong file is refused", async ({ page }) => {
    await signIn(page, "unit09");
    await page.goto(entryUrl);
    await expect(page.getByRole("link", { name: "申请延期" })).toHaveAttribute("href", /\/extensions\/new\?problemId=\d+$/);
    await expect(page.getByRole("link", { name: "修改" })).toHaveCount(0); // published: the bureau edits it
    await page.getByTestId("remedy-form").getByLabel("整改措施").fill("与住建部门建立联办机制，6 月底前办结施工许可。");
    await page.getByTestId("remedy-form").getByRole("button", { name: "保存修改" }).click();
    await expect(page.getByTestId("remedy-message")).toHaveText("整改措施已保存。");
    await expect(page.getByTestId("problem-remedy")).toHaveText("与住建部门建立联办机制，6 月底前办结施工许可。");

    const form = page.getByTestId("resolution-form");
    await form.getByLabel("整改情况").fill("3 个项目施工许可已全部办结。");
    await form.getByRole("button", { name: "提交整改情况" }).click();
    await expect(page.getByTestId("resolution-error")).toHaveText("请上传至少一个佐证材料。");
    await form.getByLabel("佐证材料").setInputFiles({ name: "伪装.pdf", mimeType: "application/pdf", buffer: Buffer.from("不是 PDF") });
    await form.getByRole("button", { name: "提交整改情况" }).click();
    await expect(page.getByTestId("resolution-error")).toContainText("文件“伪装.pdf”不是允许的类型");
    await expect(form.getByLabel("整改情况")).toHaveValue("3 个项目施工许可已全部办结。"); // kept for correcting
    await form.getByLabel("佐证材料").setInputFiles({ name: "施工许可回执.pdf", mimeType: "application/pdf", buffer: PDF });
    await form.getByRole("button", { name: "提交整改情况" }).click();
    await expect(page.getByTestId("problem-done")).toHaveText("整改情况已提交，等待局机关核验。");
    await expect(page.getByTestId("problem-state")).toHaveText("待核验");
    await expect(page.getByTestId("resolution")).toHaveAttribute("data-decision", "pending");
    evidenceHref = (await page.getByTestId("resolution").getByTestId("attachment-link").getAttribute("href"))!;
    expect((await page.request.get(evidenceHref)).status()).toBe(200);
    await expect(page.getByTestId("resolution-form")).toHaveCount(0);
  });

  test("another unit sees the entry but not the pending resolution or its evidence", async ({ page }) => {
    await signIn(page, "unit08");
    await page.goto(entryUrl);
    await expect(page.getByTestId("problem-state")).toHaveText("待核验");
    await expect(page.getByText("整改情况和佐证材料在销号前仅责任单位和局机关可见。")).toBeVisible();
    await expect(page.getByTestId("resolution")).toHaveCount(0);
    await expect(page.getByTestId("decision-form")).toHaveCount(0);
    await expect(page.getByTestId("remedy-form")).toHaveCount(0);
    expect((await page.request.get(evidenceHref)).status()).toBe(404);
  });

  test("the coordinator rejects once with a reason, the unit resubmits, the coordinator verifies", async ({ page }) => {
    await signIn(page, "coordinator");
    await page.goto(entryUrl);
    await expectNoAxeViolations(page, "entry (coordinator)");
    const decision = page.getByTestId("decision-form");
    await decision.locator("summary").click();
    await decision.getByRole("button", { name: "退回整改" }).click();
    await expect(page.getByTestId("reject-error")).toHaveText("请填写不予销号的原因。");
    await decision.getByLabel("不予销号的原因").fill(REASON);
    await decision.getByRole("button", { name: "退回整改" }).click();
    await expect(page.getByTestId("problem-done")).toHaveText("已退回责任单位整改，并已通知责任单位。");
    await expect(page.getByTestId("problem-state")).toHaveText("未销号");
    await expect(page.getByTestId("reject-reason")).toHaveText(`原因：${REASON}`);
    // 催办 from the entry: the unit finds it pinned in its notifications.
    const chase = page.getByTestId("problem-chase");
    await chase.locator("summary").click();
    await chase.getByLabel("催办内容").fill("请本周内补交施工许可证。");
    await chase.getByRole("button", { name: "发送催办" }).click();
    await expect(chase.getByTestId("row-chase-form-result")).toContainText("已向");
    await signOut(page);

    await signIn(page, "unit09");
    await page.goto("/notifications");
    await expect(page.getByText("请本周内补交施工许可证。").first()).toBeVisible();
    await page.goto(entryUrl);
    await expect(page.getByTestId("problem-history-reason")).toHaveText(`原因：${REASON}`);
    const form = page.getByTestId("resolution-form");
    await form.getByLabel("整改情况").fill("已补充施工许可证扫描件。");
    await form.getByLabel("佐证材料").setInputFiles([{ name: "施工许可证.pdf", mimeType: "application/pdf", buffer: PDF }]);
    await form.getByRole("button", { name: "提交整改情况" }).click();
    await expect(page.getByTestId("problem-state")).toHaveText("待核验");
    await signOut(page);

    await signIn(page, "coordinator");
    await page.goto(entryUrl);
    await page.getByTestId("decision-form").getByRole("button", { name: "核验通过，销号" }).click();
    await expect(page.getByTestId("problem-done")).toHaveText("已核验销号。");
    await expect(page.getByTestId("problem-state")).toHaveText("已销号");
    await expect(page.getByTestId("decision-form")).toHaveCount(0);
    await expect(page.getByTestId("problem-chase")).toHaveCount(0); // nothing left to chase
  });

  test("the entry shows its whole history; verified evidence is open to all", async ({ page }) => {
    await signIn(page, "unit08");
    await page.goto(entryUrl);
    await expect(page.getByTestId("problem-history-step")).toHaveText([
      "登记",
      "填写整改措施",
      "提交整改情况",
      "不予销号，退回整改",
      "提交整改情况",
      "核验销号",
    ]);
    const entries = page.getByTestId("problem-history-entry");
    await expect(entries.nth(0)).toContainText("发展规划科填报员");
    await expect(entries.nth(0)).toContainText("来自进展报告");
    await expect(entries.nth(3)).toContainText("督办科 王明");
    await expect(entries.nth(3)).toContainText("待核验 → 未销号");
    await expect(page.getByTestId("problem-history-reason")).toHaveCount(0); // the reason stays with the unit and the bureau
    await expect(page.getByTestId("resolution")).toHaveCount(1);
    await expect(page.getByTestId("resolution")).toContainText("已补充施工许可证扫描件。");
    const verified = await page.getByTestId("resolution").getByTestId("attachment-link").getAttribute("href");
    expect((await page.request.get(verified!)).status()).toBe(200);
    expect((await page.request.get(evidenceHref)).status()).toBe(404); // the rejected one stays private
    await expectNoAxeViolations(page, "entry (other unit)");
  });

  test("the ledger filters, marks, counts and exports what the viewer sees", async ({ page }) => {
    await signIn(page, "leader");
    await page.getByRole("link", { name: "问题台账" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "问题台账" })).toBeVisible();
    const row = page.locator(`[data-testid="problem-row"][data-id="${entryUrl.split("/").pop()}"]`);
    await expect(row).toContainText(PROBLEM);
    await expect(row).toContainText("发展规划科");
    await expect(row).toContainText("赵建国");
    await expect(row.getByTestId("problem-state")).toHaveText("已销号");
    await expect(page.getByTestId("count-RESOLVED")).toContainText("1");
    await page.getByLabel("状态").selectOption("OPEN");
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/state=OPEN/);
    await expect(row).toHaveCount(0);
    await page.getByLabel("状态").selectOption("RESOLVED");
    await page.getByLabel("责任单位").selectOption({ label: "发展规划科" });
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page.getByTestId("problem-row")).toHaveCount(1);
    await expectNoAxeViolations(page, "/problems");

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "导出 Excel" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("问题台账（2023年6月3日）.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    const sheet = wb.getWorksheet("问题台账")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "序号", "问题描述", "责任单位", "责任人", "完成时限", "整改措施", "状态"]);
    expect(sheet.rowCount).toBe(2); // the filters apply: one resolved entry of 发展规划科
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      1,
      PROBLEM,
      "发展规划科",
      "赵建国",
      "2023年7月3日",
      "与住建部门建立联办机制，6 月底前办结施工许可。",
      "已销号",
    ]);
  });

  test("a 不符合 finding of a quarterly inspection becomes an entry for the measure's lead unit", async ({ page }) => {
    await signIn(page, "coordinator");
    await page.getByRole("link", { name: "季巡查" }).click();
    await page.getByRole("link", { name: "记录巡查" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "记录巡查" })).toBeVisible();
    await expect(page.getByLabel("季度")).toHaveValue("2");
    await page.getByLabel("巡查日期").fill("2023-06-02");
    await page.getByLabel("巡查说明").fill("第二季度重点任务巡查。");
    await page.getByLabel("任务8 措施1 结果", { exact: true }).selectOption("NONCONFORMING");
    await page.getByLabel("任务18 措施1 结果", { exact: true }).selectOption("CONFORMS");
    await page.getByRole("button", { name: "保存巡查记录" }).click();
    await expect(page.getByTestId("inspection-form-error")).toHaveText("任务8 措施1：不符合的巡查结果须写明发现的问题。");
    await page.getByLabel("任务8 措施1 说明", { exact: true }).fill(FINDING);
    await page.getByLabel("任务8 措施1 整改时限", { exact: true }).fill("2023-07-15");
    await expectNoAxeViolations(page, "/inspections/new");
    await page.getByRole("button", { name: "保存巡查记录" }).click();

    await expect(page.getByTestId("inspection-saved")).toHaveText("巡查记录已保存，1 项不符合已列入问题台账。");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("2023年第二季度");
    await expect(page.getByTestId("inspection-finding")).toHaveCount(2);
    await page.getByTestId("finding-problem").click();
    await expect(page.getByTestId("problem-source")).toHaveText("2023年第二季度巡查（不符合）");
    await expect(page.getByTestId("problem-unit")).toHaveText("财务科");
    await expect(page.getByTestId("problem-description")).toHaveText(FINDING);
    await expect(page.getByTestId("problem-due")).toHaveText("2023年7月15日");
    await expect(page.getByTestId("problem-state")).toHaveText("未销号");
    const inspectionEntry = page.url();
    await signOut(page);

    // The lead unit finds it in the ledger, names its 责任人; the measure page lists it.
    await signIn(page, "unit08");
    await page.goto("/problems?state=OPEN");
    await expect(page.getByTestId("problem-row").filter({ hasText: FINDING })).toHaveCount(1);
    await page.goto(inspectionEntry);
    await page.getByTestId("remedy-form").getByLabel("责任人").fill("钱会计");
    await page.getByTestId("remedy-form").getByRole("button", { name: "保存修改" }).click();
    await expect(page.getByTestId("problem-person")).toHaveText("钱会计");
    await page.getByTestId("problem-measure").getByRole("link").click();
    await expect(page.getByTestId("measure-problem").filter({ hasText: FINDING })).toContainText("未销号");
    await page.goto("/inspections");
    await expect(page.getByTestId("inspection-row")).toHaveCount(1);
    await expect(page.getByRole("link", { name: "记录巡查" })).toHaveCount(0);
  });

  test("screenshots of the ledger and an entry, desktop and phone", async ({ page }) => {
    await signIn(page, "coordinator");
    for (const [width, height, suffix] of [
      [1280, 900, "desktop"],
      [390, 844, "390"],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto("/problems");
      await expect(page.getByTestId("problem-row").first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await shoot(page, `problems-${suffix}`);
      await page.goto(entryUrl);
      await expect(page.getByTestId("problem-history-entry").first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await shoot(page, `problem-entry-${suffix}`);
    }
    await expectNoAxeViolations(page, "entry (390)");
  });
});
