// Milestones (工作节点) through the browser, on 任务5 措施1, which 体育卫生和艺术教育科 (unit07) leads
// alone and no other spec touches: the coordinator adds two milestones; the unit marks one reached
// in its May report with evidence; after approval the timeline shows it done, while the other,
// left past its due date, is a reason on the measure's colour and on the dashboard's list.
// E2E runs with DUBAN_TODAY=2023-06-03.
import { expectNoAxeViolations } from "./support/axe.ts";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in.ts";

const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n",
);
const MISSED = "5月20日前完成阳光大课间评选方案";
const REACHED = "6月底前完成首届体育教师基本功大赛";

async function openMeasure(page: Page) {
  await page.goto("/tasks/5");
  await page.getByTestId("measure-reports-link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("任务5 措施1");
}

const milestone = (page: Page, title: string) =>
  page.getByTestId("milestone").filter({ has: page.getByTestId("milestone-title").getByText(title, { exact: true }) });

test.describe.serial("milestones", () => {
  test("a coordinator adds milestones on the measure page; a due date after the measure's is refused", async ({ page }) => {
    await signIn(page, "coordinator");
    await openMeasure(page);
    await expect(page.getByTestId("no-milestones")).toHaveText("本措施没有工作节点：以措施的完成时限为准。");
    const form = page.getByTestId("milestone-add-form");

    await form.getByLabel("工作节点内容").fill(REACHED);
    await form.getByLabel("完成时限").fill("2024-01-15");
    await form.getByRole("button", { name: "添加" }).click();
    await expect(page.getByTestId("milestone-add-result")).toHaveText("工作节点的完成时限不能晚于措施的完成时限（2023年12月31日）。");
    await expect(form.getByLabel("工作节点内容")).toHaveValue(REACHED); // kept for correcting

    await form.getByLabel("完成时限").fill("2023-06-30");
    await form.getByLabel("计划进度（%）").fill("30");
    await form.getByRole("button", { name: "添加" }).click();
    await expect(page.getByTestId("milestone-add-result")).toHaveText("工作节点已添加。");
    await expect(milestone(page, REACHED)).toBeVisible();
    await expect(form.getByLabel("工作节点内容")).toHaveValue("");

    // The second is due earlier: it goes first.
    await form.getByLabel("工作节点内容").fill(MISSED);
    await form.getByLabel("完成时限").fill("2023-05-20");
    await form.getByRole("button", { name: "添加" }).click();
    await expect(page.getByTestId("milestone-title")).toHaveText([MISSED, REACHED]);

    // Edit the later one's planned percent.
    const reached = milestone(page, REACHED);
    await reached.getByText("修改", { exact: true }).click();
    await reached.getByLabel("计划进度（%）").fill("40");
    await reached.getByRole("button", { name: "保存修改" }).click();
    await expect(reached.getByTestId("milestone-edit-result")).toHaveText("工作节点已修改。");
    await expect(reached).toContainText("计划完成措施的 40%");

    await expect(milestone(page, MISSED).getByTestId("milestone-state")).toHaveText("已逾期 14 天");
    await expect(milestone(page, REACHED).getByTestId("milestone-state")).toHaveText("待完成");
    await expectNoAxeViolations(page, "measure page (coordinator)");
  });

  test("the unit cannot change milestones; it marks one reached in its report, with evidence", async ({ page }) => {
    await signIn(page, "unit07");
    await openMeasure(page);
    await expect(page.getByTestId("milestone")).toHaveCount(2);
    await expect(page.getByTestId("milestone-controls")).toHaveCount(0);
    await expect(page.getByTestId("milestone-add-form")).toHaveCount(0);

    await page.goto("/inbox");
    await page
      .getByTestId("inbox-period")
      .filter({ has: page.getByRole("heading", { level: 2, name: /^2023年5月/ }) })
      .locator('[data-testid="inbox-row"][data-measure="任务5 措施1"]')
      .getByRole("link")
      .click();
    await expect(page.getByRole("heading", { level: 2, name: "2023年5月进展报告" })).toBeVisible();
    const marks = page.getByTestId("milestone-marks-field");
    await expect(marks.getByTestId("milestone-mark")).toHaveCount(2);

    await page.getByLabel("完成进度（%）").fill("35");
    await page.getByLabel("进展情况").fill("首届体育教师基本功大赛已于6月2日举办。");
    await marks.getByLabel(`已完成“${REACHED}”`).check();
    await marks.getByLabel(`完成日期（${REACHED}）`).fill("2023-06-02");
    await page.getByRole("button", { name: "提交" }).click();
    await expect(page.getByTestId("form-error")).toHaveText("标记工作节点完成时，请上传佐证材料后再提交。");
    await expect(marks.getByLabel(`已完成“${REACHED}”`)).toBeChecked(); // kept for correcting

    await page.getByLabel("添加材料").setInputFiles({ name: "基本功大赛获奖名单.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: "提交" }).click();
    await expect(page.getByTestId("form-message")).toHaveText("报告已提交，等待审核。 当前状态：已提交");
    await expect(page.getByTestId("report-milestones")).toHaveText(`${REACHED}（2023年6月2日完成）`);
    await expectNoAxeViolations(page, "report form (read-only)");
  });

  test("after approval the timeline shows it done; the missed one colours the measure and is on the dashboard", async ({ page }) => {
    await signIn(page, "coordinator");
    await page.goto("/review");
    await page
      .locator('[data-testid="review-row"][data-unit="体育卫生和艺术教育科"][data-measure="任务5 措施1"][data-period="2023年5月"]')
      .getByRole("button", { name: /^通过/ })
      .click();
    await expect(page.getByTestId("review-message")).toHaveText("报告已通过。");

    await openMeasure(page);
    const reached = milestone(page, REACHED);
    await expect(reached.getByTestId("milestone-state")).toHaveText("已完成");
    await expect(reached.getByTestId("milestone-done")).toContainText("2023年6月2日完成");
    await expect(reached.getByTestId("milestone-done")).toContainText("体育卫生和艺术教育科2023年5月报告审核通过后确认");
    await expect(reached.getByTestId("attachment-link")).toHaveText("基本功大赛获奖名单.pdf");
    const timeline = page.getByTestId("measure-timeline");
    await expect(timeline.locator('[data-kind="milestone"]').filter({ hasText: REACHED }).getByTestId("milestone-state")).toHaveText(
      "已完成",
    );
    await expect(timeline.locator('[data-kind="milestone"]').filter({ hasText: MISSED }).getByTestId("milestone-state")).toHaveText(
      "已逾期 14 天",
    );
    await expect(timeline.locator('[data-kind="period"]').filter({ hasText: "2023年5月进展" })).toContainText("已通过");

    // The missed milestone is a reason for the measure's colour, in words.
    await expect(page.getByTestId("measure-reasons")).toContainText(`工作节点“${MISSED}”逾期 14 天`);
    await expect(page.getByTestId("measure-colour").getByTestId("colour-badge")).toHaveAttribute("data-colour", "RED");

    await page.goto("/dashboard");
    await expect(page.getByTestId("agenda-missed")).toContainText(MISSED);
    await expect(page.getByTestId("agenda-due-soon")).not.toContainText(REACHED); // done: no longer due
    await expect(page.getByTestId("agenda-due-soon")).toContainText("6月底前完成全员轮训计划"); // the notice's, task 2
  });
});
