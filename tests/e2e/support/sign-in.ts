// Signing in through the real login form, as a user does.
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo2023duban";

export async function signIn(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(login);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await openPhoneMenu(page);
  await expect(page.getByTestId("current-user")).toBeVisible();
}

/** On a phone the header's links sit in the folded 菜单: unfold it (nothing to do on a desktop). */
export async function openPhoneMenu(page: Page): Promise<void> {
  const summary = page.getByTestId("site-menu").locator(":scope > summary");
  if (await summary.isVisible()) {
    if ((await page.getByTestId("site-menu").getAttribute("open")) === null) await summary.click();
  }
}

export async function signOut(page: Page): Promise<void> {
  await openPhoneMenu(page);
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
}
