// Many plans (issue 11) through the browser: the coordinator imports a county's list (任城区) from the
// portal, with its preview; the city's plan, pages and colours stay as they were; the switcher offers
// both; a county's own coordinator sees only the county; a unit named in both lists (市教育科学研究院)
// finds both in 我的填报. Then the 2023 city plan is rolled over to 2024 with one unfinished measure
// carried (结转): 2023 stays readable and takes no new reports. The spec reopens 2023 at the end, so
// the specs after it find the city's plan as they expect. E2E runs with DUBAN_TODAY=2023-06-03.
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signIn, signOut } from "./support/sign-in.ts";

const FIXTURES = path.join(process.cwd(), "tests", "fixtures", "plans");
const COUNTY_NOTICE = path.join(FIXTURES, "rencheng-2023-key-tasks.txt");
const NEXT_YEAR_NOTICE = path.join(FIXTURES, "jining-2024-key-tasks.txt");
const COUNTY_COORDINATOR = "rencheng-duban";
const COUNTY_PASSWORD = "rencheng2023duban";

/** The plan id a link of the switcher leads to (none: the viewer's default plan). */
async function switcherPlanId(page: Page, region: string): Promise<string | null> {
  await page.getByTestId("plan-switcher").locator("summary").click();
  const href = await page.getByTestId("plan-switcher").getByRole("link", { name: region }).getAttribute("href");
  await page.getByTestId("plan-switcher").locator("summary").click();
  return new URL(href!, "http://x").searchParams.get("plan");
}

async function uploadNotice(page: Page, file: string) {
  await page.getByTestId("import-file").setInputFiles(file);
  await page.getByTestId("import-form").getByRole("button", { name: "上传并解析" }).click();
  await expect(page).toHaveURL(/\/plans\/import\/\d+$/, { timeout: 30_000 });
}

async function confirmImport(page: Page) {
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByTestId("confirm-import").getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByTestId("import-done")).toBeVisible({ timeout: 30_000 });
}

test.describe.serial("many plans", () => {
  let countyPlanId: string;
  let cityPlanId: string;
  let cityColours: string;

  test("the coordinator imports a county's notice from the portal; the city's plan and colours are unchanged", async ({ page }) => {
    await signIn(page, "coordinator");
    await page.goto("/dashboard");
    cityColours = (await page.getByTestId("plan-colour").textContent())!;
    await page.goto("/tasks/9");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("任务9：优化资源配置");

    await page.getByRole("link", { name: "计划管理" }).click();
    await page.getByRole("link", { name: "导入任务清单" }).click();
    await page.getByTestId("import-region").selectOption({ label: "新增县市区…" });
    await page.getByTestId("import-new-region").fill("任城区");
    await uploadNotice(page, COUNTY_NOTICE);

    // The preview: where it goes, what was read, how the units match — before anything is written.
    await expect(page.getByTestId("import-target")).toContainText("2023年度 · 任城区（新计划）");
    await expect(page.getByTestId("import-count-measures")).toHaveText("6");
    await expect(page.getByTestId("import-count-tasks")).toHaveText("4");
    await expect(page.getByTestId("import-unit").filter({ hasText: "市教育科学研究院" })).toHaveAttribute("data-match", "CITY");
    await expect(page.getByTestId("import-unit").filter({ hasText: "区教体局基础教育科" })).toHaveAttribute("data-match", "NEW");
    await expect(page.getByTestId("preview-measure").first()).toContainText("2023年6月30日");
    await confirmImport(page);
    await expect(page.getByTestId("plan-row")).toHaveCount(2);
    cityPlanId = (await page.getByTestId("plan-row").filter({ hasText: "市本级" }).getAttribute("data-plan-id"))!;

    // The city's pages are the city's, as before.
    await page.goto("/tasks/9");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("任务9：优化资源配置");
    await page.goto("/dashboard");
    await expect(page.getByTestId("plan-colour")).toHaveText(cityColours);

    // The switcher offers both; the county's dashboard is the county's.
    countyPlanId = (await switcherPlanId(page, "任城区"))!;
    expect(countyPlanId).toMatch(/^\d+$/);
    expect(await switcherPlanId(page, "市本级")).toBeNull(); // the default plan needs no ?plan=
    await page.getByTestId("plan-switcher").locator("summary").click();
    await page.getByTestId("plan-switcher").getByRole("link", { name: "任城区" }).click();
    await expect(page).toHaveURL(new RegExp(`/dashboard\\?plan=${countyPlanId}$`));
    await expect(page.getByTestId("plan-eyebrow")).toContainText("2023年度 · 任城区");
    await page.getByRole("link", { name: "任务清单" }).click();
    await expect(page).toHaveURL(new RegExp(`/tasks\\?plan=${countyPlanId}$`));
    await expect(page.getByTestId("task-item")).toHaveCount(4);

    // 县市区对比 from the city's dashboard.
    await page.goto("/dashboard");
    await page.getByTestId("counties-link").click();
    await expect(page.getByTestId("county-row")).toHaveCount(1);
    await expect(page.getByTestId("county-row")).toHaveAttribute("data-region", "任城区");
  });

  test("a county's own coordinator sees and acts only inside the county", async ({ page }) => {
    await signIn(page, "admin");
    await page.goto("/admin/users/new");
    await page.getByLabel("用户名").fill(COUNTY_COORDINATOR);
    await page.getByLabel("姓名").fill("任城区督办 李华");
    await page.getByLabel("角色").selectOption({ label: "局机关（督办）" });
    await page.getByLabel("所属县市区").selectOption({ label: "任城区" });
    await page.getByLabel("初始密码").fill(COUNTY_PASSWORD);
    await page.getByRole("button", { name: "创建用户" }).click();
    await expect(page.getByTestId("user-created")).toBeVisible();
    await signOut(page);

    await signIn(page, COUNTY_COORDINATOR, COUNTY_PASSWORD);
    await page.goto("/dashboard");
    await expect(page.getByTestId("plan-eyebrow")).toContainText("任城区"); // the county's plan is theirs by default
    await page.getByTestId("plan-switcher").locator("summary").click();
    await expect(page.getByTestId("plan-switcher").getByRole("link")).toHaveText(["任城区"]);
    // The city's plan: its dashboard, summary, ledger and county comparison are not theirs.
    for (const path of ["/dashboard", "/summary", "/problems", "/counties"]) {
      await page.goto(`${path}?plan=${cityPlanId}`);
      await expect(page.getByTestId("forbidden")).toBeVisible();
    }
    expect((await page.request.get(`/exports/ledger?plan=${cityPlanId}`)).status()).toBe(403);
    // Its text is a public notice, readable by anyone, without colours.
    await page.goto(`/tasks/9?plan=${cityPlanId}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("任务9：优化资源配置");
    await expect(page.getByTestId("colour-badge")).toHaveCount(0);
    // 计划管理 lists the county's plan only; the review queue holds no city report.
    await page.goto("/plans");
    await expect(page.getByTestId("plan-row")).toHaveCount(1);
    await expect(page.getByTestId("plan-row")).toContainText("任城区");
    await page.goto("/review?state=ALL");
    await expect(page.getByTestId("review-count")).toHaveText("共 0 份报告");
  });

  test("a unit named in both lists sees both in 我的填报, grouped by plan", async ({ page }) => {
    await signIn(page, "unit05"); // 市教育科学研究院
    await page.goto("/inbox");
    const plans = page.getByTestId("inbox-plan");
    await expect(plans).toHaveCount(2);
    await expect(plans.nth(0)).toHaveAttribute("aria-label", "2023年度 · 市本级");
    await expect(plans.nth(1)).toHaveAttribute("aria-label", "2023年度 · 任城区");
    await expect(plans.nth(1).getByTestId("inbox-row").first()).toContainText("任务2 措施1");
  });

  test("roll 2023 over to 2024 with one unfinished measure carried; 2023 stays readable and refuses new reports", async ({ page }) => {
    // A report form of the city's 2023 list, while the plan is open.
    await signIn(page, "unit03");
    await page.goto("/inbox");
    const form = (await page
      .getByTestId("inbox-plan")
      .filter({ hasText: "2023年度 · 市本级" })
      .getByTestId("inbox-row")
      .first()
      .getByRole("link")
      .getAttribute("href"))!;
    await page.goto(form);
    await expect(page.getByRole("button", { name: "保存草稿" })).toBeVisible();
    await signOut(page);

    await signIn(page, "coordinator");
    await page.goto("/plans");
    const city2023 = page.locator(`[data-testid="plan-row"][data-plan-id="${cityPlanId}"]`);
    await city2023.getByTestId("rollover-link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("新建 2024年度计划");
    await uploadNotice(page, NEXT_YEAR_NOTICE);
    await expect(page.getByTestId("import-target")).toContainText("2024年度 · 市本级（新计划）");
    // The units of 2023 are carried by name; a new one is created.
    await expect(page.getByTestId("import-unit").filter({ hasText: "人事科" })).toHaveAttribute("data-match", "OWN");
    await expect(page.getByTestId("import-unit").filter({ hasText: "教师发展中心" })).toHaveAttribute("data-match", "NEW");
    const choices = page.getByTestId("carry-measure");
    expect(await choices.count()).toBeGreaterThan(30); // on 3 June 2023 hardly anything of 2023 is done
    const carried = await choices.first().getAttribute("value");
    await choices.first().check();
    await confirmImport(page);
    await expect(page.getByTestId("plan-row").filter({ hasText: "2024年济宁市" })).toHaveCount(1);
    await expect(city2023).toContainText("归档");

    // The carried measure: in 2024 under 上年度结转事项, linked both ways.
    await page.goto(`/measures/${carried}`);
    await expect(page.getByTestId("carry-over")).toContainText("未完成部分已结转至");
    await page.getByTestId("carry-over").getByRole("link").click();
    await expect(page.getByTestId("plan-eyebrow")).toContainText("2024年度 · 市本级");
    await expect(page.getByTestId("carry-over")).toContainText("结转自");
    await expect(page.getByTestId("measure-unit").first()).toBeVisible();

    // 2023 stays readable, shown as it stood when closed.
    await page.goto(`/dashboard?plan=${cityPlanId}`);
    await expect(page.getByTestId("plan-eyebrow")).toContainText("已归档");
    await expect(page.getByTestId("plan-colour")).toBeVisible();
    await signOut(page);

    // …and takes no new reports: it leaves 我的填报, and its form says so and offers no saving.
    await signIn(page, "unit03");
    await page.goto("/inbox");
    await expect(page.getByTestId("inbox-plan").filter({ hasText: "2023年度 · 市本级" })).toHaveCount(0);
    await page.goto(form);
    await expect(page.getByTestId("plan-frozen")).toContainText("2023年度计划已归档，不再接受进展报送。");
    await expect(page.getByRole("button", { name: "保存草稿" })).toHaveCount(0);
    await signOut(page);

    // Reopened, so that the specs after this one find the city's 2023 plan open, as before.
    await signIn(page, "coordinator");
    await page.goto("/plans");
    await page.locator(`[data-testid="plan-row"][data-plan-id="${cityPlanId}"]`).getByRole("button", { name: "取消归档" }).click();
    await expect(page.getByTestId(`freeze-result-${cityPlanId}`)).toContainText("已取消归档");
  });
});
