// A bureau staff member browses the imported 2023 key task list: by action and task, by unit,
// and by keyword. The server runs the production build on a freshly seeded database.
import { expect, test } from "@playwright/test";

test("the overview shows the plan and its counts", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2023年济宁市“教育部基础教育综合改革实验区”重点任务清单");
  await expect(page.getByTestId("plan-facts")).toContainText("济教字〔2023〕22号");
  await expect(page.getByTestId("plan-facts")).toContainText("2023年3月30日");
  for (const [key, value] of [
    ["actions", "7"],
    ["tasks", "26"],
    ["measures", "38"],
    ["units", "13"],
  ]) {
    await expect(page.getByTestId(`count-${key}`).locator("dd")).toHaveText(value);
  }
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(7);
  await page.getByRole("link", { name: "优化资源配置" }).click();
  await expect(page).toHaveURL(/\/tasks\/9$/);
});

test("/tasks lists 26 tasks under 7 actions", async ({ page }) => {
  await page.goto("/tasks");
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(7);
  await expect(page.getByTestId("task-item")).toHaveCount(26);
  await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText("一、实施党建领航品牌创建行动");
  // Task 16 has two measures, each with its own lead unit.
  const task16 = page.getByTestId("task-item").filter({ hasText: "健全校长培养机制" });
  await expect(task16).toContainText("2 条措施");
  await expect(task16).toContainText("人事科");
  await expect(task16).toContainText("教师教育科");
});

test("task 9 shows 28 所 and 40000 学位 with 发展规划科 leading", async ({ page }) => {
  await page.goto("/tasks/9");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("任务9：优化资源配置");
  const measure1 = page.getByRole("article").filter({ hasText: "新改扩建中小学校28所" });
  const rows = measure1.getByTestId("indicator");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("中小学校");
  await expect(rows.nth(0)).toContainText("28 所");
  await expect(rows.nth(1)).toContainText("学位");
  await expect(rows.nth(1)).toContainText("40000 个");
  const lead = measure1.getByTestId("measure-unit");
  await expect(lead).toHaveCount(1);
  await expect(lead).toHaveText("牵头发展规划科");
  await expect(measure1.getByTestId("deadline")).toContainText("2023年12月31日");
});

test("a task's page shows the deadline phrase, comparators in words, and co-owning units", async ({ page }) => {
  await page.goto("/tasks/2");
  await expect(page.getByTestId("deadline")).toContainText("2023年6月30日");
  await expect(page.getByTestId("deadline")).toContainText("6月底前");
  await page.goto("/tasks/17");
  await expect(page.getByTestId("indicator")).toContainText("不低于 72 学时");
  await page.goto("/tasks/1");
  const measure3 = page.getByRole("article").filter({ hasText: "校长负责制" });
  await expect(measure3.getByTestId("measure-unit")).toHaveText(["牵头人事科", "配合机关党委"]);
  await page.getByRole("link", { name: /下一项任务/ }).click();
  await expect(page).toHaveURL(/\/tasks\/2$/);
});

test("searching 思政 finds task 3 and highlights the term", async ({ page }) => {
  await page.goto("/tasks");
  await page.getByLabel("搜索任务").fill("思政");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page).toHaveURL(/\/tasks\?q=/);
  await expect(page.getByTestId("search-summary")).toContainText("思政");
  const items = page.getByTestId("task-item");
  await expect(items.filter({ hasText: "推进德育创新" })).toHaveCount(1);
  expect(await items.count()).toBeLessThan(26);
  await expect(items.first().locator("mark").first()).toHaveText("思政");

  await page.goto(`/tasks?q=${encodeURIComponent("不存在的关键词")}`);
  await expect(page.getByTestId("search-summary")).toContainText("没有找到");
  await expect(page.getByTestId("task-item")).toHaveCount(0);
});

test("an over-long search is refused with a Chinese message", async ({ page }) => {
  await page.goto(`/tasks?q=${"思".repeat(60)}`);
  await expect(page.getByTestId("search-error")).toHaveText("搜索词过长，请不超过 50 个字。");
  await expect(page.getByTestId("task-item")).toHaveCount(26);
});

test("units: 13 units with counts, and a unit's measures", async ({ page }) => {
  await page.goto("/units");
  await expect(page.getByTestId("unit-row")).toHaveCount(13);
  const row = page.getByTestId("unit-row").filter({ hasText: "发展规划科" });
  await expect(row.locator("td").first()).toHaveText("2");
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("发展规划科");
  const measures = page.getByTestId("unit-measure");
  await expect(measures).toHaveCount(2);
  await expect(measures.nth(0)).toContainText("任务9");
  await expect(measures.nth(1)).toContainText("任务18");
});

test("unknown pages answer 404 in Chinese", async ({ page }) => {
  for (const path of ["/tasks/999", "/tasks/abc", "/tasks/09", "/units/0", "/units/99999", "/nowhere"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  }
});
