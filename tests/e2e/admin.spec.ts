// The administration pages through the browser: accounts, units, the audit trail, who may see
// them, and axe on each.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { waitForPageContent } from "./support/axe.ts";
import { signIn } from "./support/sign-in.ts";

const NEW_LOGIN = "e2e.reporter";
const NEW_NAME = "人事科 新同事";
const NEW_PASSWORD = "Welcome2023x";

async function openAudit(page: Page, action: string) {
  await page.goto("/admin/audit");
  await page.getByLabel("操作", { exact: true }).selectOption({ label: action });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/action=/);
}

test("admin creates a reporter who signs in; deactivating them signs them out at their next page", async ({ browser }) => {
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, "admin");
  await admin.getByRole("link", { name: "系统管理", exact: true }).click();
  await expect(admin.getByRole("heading", { name: "用户管理" })).toBeVisible();
  await admin.getByRole("link", { name: "新建用户" }).click();

  // The server refuses a reporter without a unit, in Chinese, and keeps what was typed.
  await admin.getByLabel("用户名").fill(NEW_LOGIN);
  await admin.getByLabel("姓名").fill(NEW_NAME);
  await admin.getByLabel("角色").selectOption({ label: "责任单位填报员" });
  await admin.getByLabel("初始密码").fill(NEW_PASSWORD);
  await admin.getByRole("button", { name: "创建用户" }).click();
  await expect(admin.getByTestId("create-user-form").getByTestId("form-message")).toContainText("填报员必须绑定一个责任单位");
  await expect(admin.getByLabel("用户名")).toHaveValue(NEW_LOGIN);

  await admin.getByLabel("责任单位").selectOption({ label: "人事科" });
  await admin.getByRole("button", { name: "创建用户" }).click();
  await expect(admin).toHaveURL(/\/admin\/users\/\d+\?created=1$/);
  await expect(admin.getByTestId("user-created")).toHaveText(`已创建用户 ${NEW_LOGIN}。`);
  await expect(admin.getByTestId("user-role")).toHaveText("责任单位填报员");
  await expect(admin.getByTestId("user-unit")).toHaveText("人事科");

  // The new reporter signs in and is offered 我的填报.
  const reporterContext = await browser.newContext();
  const reporter = await reporterContext.newPage();
  await signIn(reporter, NEW_LOGIN, NEW_PASSWORD);
  await expect(reporter.getByTestId("current-user")).toContainText(NEW_NAME);
  await expect(reporter.getByRole("link", { name: "我的填报" })).toBeVisible();
  await expect(reporter.getByRole("link", { name: "系统管理", exact: true })).toHaveCount(0);

  // The admin deactivates them: their next page load is signed out, and they cannot sign in again.
  await admin.getByRole("button", { name: "停用账号" }).click();
  await expect(admin.getByTestId("user-status-form").getByTestId("form-message")).toHaveText("账号已停用。");
  await expect(admin.getByTestId("user-status")).toContainText("已停用");
  await reporter.goto("/tasks");
  await expect(reporter.getByTestId("current-user")).toHaveCount(0);
  await expect(reporter.getByRole("link", { name: "登录" })).toBeVisible();
  await reporter.goto("/login");
  await reporter.getByLabel("用户名").fill(NEW_LOGIN);
  await reporter.getByLabel("密码").fill(NEW_PASSWORD);
  await reporter.getByRole("button", { name: "登录" }).click();
  await expect(reporter.getByTestId("login-error")).toHaveText("用户名或密码不正确。");

  // The list shows them as 停用, and the filter finds them.
  await admin.goto("/admin/users?status=inactive");
  const row = admin.getByTestId("user-row").filter({ hasText: NEW_LOGIN });
  await expect(row).toContainText("停用");
  await expect(row).toContainText("人事科");
  await expect(admin.getByTestId("user-row").filter({ hasText: "unit01" })).toHaveCount(0);

  // The audit trail has both events, with the admin as actor and no password anywhere.
  await openAudit(admin, "创建用户");
  const created = admin.getByTestId("audit-row").filter({ hasText: NEW_LOGIN });
  await expect(created).toHaveCount(1);
  await expect(created).toContainText("系统管理员");
  await openAudit(admin, "停用账号");
  const deactivated = admin.getByTestId("audit-row").first();
  await expect(deactivated).toContainText(NEW_LOGIN);
  await deactivated.getByText("查看变更").click();
  await expect(deactivated.getByRole("row", { name: /状态/ })).toContainText("启用");
  await expect(deactivated.getByRole("row", { name: /状态/ })).toContainText("停用");
  await expect(admin.locator("body")).not.toContainText(NEW_PASSWORD);

  await adminContext.close();
  await reporterContext.close();
});

test("admin renames a unit: /units shows the new name and the audit trail has the change", async ({ page }) => {
  const oldName = "人事科";
  const newName = "人事科（教师工作科）";
  await signIn(page, "admin");
  await page.goto("/admin/units");
  const href = await page.getByTestId("unit-admin-row").getByRole("link", { name: oldName, exact: true }).getAttribute("href");
  const form = page.getByTestId(`rename-unit-${href!.split("/").pop()}`);
  async function rename(name: string) {
    await page.goto("/admin/units");
    await form.locator("xpath=..").getByText("重命名", { exact: true }).click();
    await form.getByLabel("新名称").fill(name);
    await form.getByRole("button", { name: "保存名称" }).click();
  }

  await rename(`  ${newName} `);
  await expect(form.getByTestId("form-message")).toHaveText(`已重命名为“${newName}”。`);
  await expect(page.getByTestId("unit-admin-row").getByRole("link", { name: newName, exact: true })).toBeVisible();
  await page.goto("/units");
  await expect(page.getByRole("link", { name: newName, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: oldName, exact: true })).toHaveCount(0);

  // A name another unit has is refused in Chinese, and nothing changes.
  await rename("财务科");
  await expect(form.getByTestId("form-message")).toHaveText("已有名为“财务科”的责任单位，请换一个名称。");
  await page.reload();
  await expect(page.getByTestId("unit-admin-row").getByRole("link", { name: newName, exact: true })).toBeVisible();

  await openAudit(page, "重命名单位");
  const event = page.getByTestId("audit-row").first();
  await expect(event).toContainText(newName);
  await event.getByText("查看变更").click();
  await expect(event.getByRole("row", { name: /名称/ })).toContainText(`${oldName}${newName}`);

  // Put the name back for the other browser tests.
  await rename(oldName);
  await expect(form.getByTestId("form-message")).toHaveText(`已重命名为“${oldName}”。`);
});

test("a coordinator is refused every admin page and shown no data", async ({ page }) => {
  await signIn(page, "coordinator");
  await expect(page.getByRole("link", { name: "系统管理", exact: true })).toHaveCount(0);
  for (const path of ["/admin/users", "/admin/users/1", "/admin/users/new", "/admin/units", "/admin/audit"]) {
    await page.goto(path);
    await expect(page.getByTestId("admin-forbidden"), path).toContainText("此页面仅限系统管理员访问。");
    await expect(page.getByTestId("user-row")).toHaveCount(0);
    await expect(page.getByTestId("unit-admin-row")).toHaveCount(0);
    await expect(page.getByTestId("audit-row")).toHaveCount(0);
    await expect(page.locator("main")).not.toContainText("unit01");
  }
});

test("a visitor who is not signed in is sent to the login page", async ({ page }) => {
  await page.goto("/admin/audit");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Faudit$/);
});

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`no axe violations on the admin pages at ${viewport.width}px`, async ({ page }) => {
    // Five pages scanned by axe with every <details> open: on a busy two-core machine that can take over a minute.
    test.setTimeout(180_000);
    await page.setViewportSize(viewport);
    await signIn(page, "admin");
    await page.goto("/admin/users");
    const userPage = await page.getByTestId("user-row").filter({ hasText: "coordinator" }).getByRole("link").getAttribute("href");
    for (const path of ["/admin/users", "/admin/users/new", userPage!, "/admin/units", "/admin/audit"]) {
      await page.goto(path);
      await waitForPageContent(page);
      // Open every <details>, so what they hide is checked too.
      await page.locator("details").evaluateAll((all) => all.forEach((d) => d.setAttribute("open", "")));
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
    }
    // The page does not scroll sideways; wide tables scroll inside their own box.
    for (const path of ["/admin/users", "/admin/audit", "/admin/units"]) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(viewport.width);
    }
  });
}
