// Sign-in, sign-out and throttling through the browser.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn, signOut } from "./support/sign-in.ts";

test("a coordinator signs in, sees the review link, and signs out", async ({ page }) => {
  await signIn(page, "coordinator");
  await expect(page.getByTestId("current-user")).toContainText("局机关（督办）");
  await expect(page.getByRole("link", { name: "审核" })).toBeVisible();
  await expect(page.getByRole("link", { name: "我的填报" })).toHaveCount(0);
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.endsWith("authjs.session-token"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
  await signOut(page);
  await expect(page.getByRole("link", { name: "登录" })).toBeVisible();
});

test("a wrong password is refused in Chinese", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("用户名").fill("leader");
  await page.getByLabel("密码").fill("not-the-password-1");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("login-error")).toHaveText("用户名或密码不正确。");
  await expect(page.getByTestId("current-user")).toHaveCount(0);
});

test("after 5 failures from one address, even the right password is refused", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.77" } });
  const page = await context.newPage();
  for (let i = 0; i < 5; i++) {
    await page.goto("/login");
    await page.getByLabel("用户名").fill(`nobody${i}`);
    await page.getByLabel("密码").fill("wrong-password-1");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByTestId("login-error")).toHaveText("用户名或密码不正确。");
  }
  await page.getByLabel("用户名").fill("admin");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("login-error")).toContainText("登录失败次数过多");
  await context.close();
});

test("a page that needs an account sends you to the login page and back", async ({ page }) => {
  await page.goto("/login?callbackUrl=%2Ftasks%2F9");
  await page.getByLabel("用户名").fill("leader");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/tasks\/9$/);
});

test("the login page never redirects to another site", async ({ page, baseURL }) => {
  await page.goto("/login?callbackUrl=https%3A%2F%2Fevil.example%2F");
  await page.getByLabel("用户名").fill("leader");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
  expect(new URL(page.url()).host).toBe(new URL(baseURL!).host);
});
