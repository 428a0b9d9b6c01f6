// axe finds no violations on any page, on a desktop and on a phone.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { waitForPageContent } from "./support/axe.ts";

const PAGES = ["/", "/tasks", `/tasks?q=${encodeURIComponent("思政")}`, "/tasks/9", "/tasks/1", "/units", "/tasks/999"];

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`no axe violations at ${viewport.width}px`, async ({ page }) => {
    // Eight pages scanned by axe in one test: on a busy two-core machine that alone can take a minute.
    test.setTimeout(180_000);
    await page.setViewportSize(viewport);
    const unitPage = await firstUnitPath(page);
    for (const path of [...PAGES, unitPage]) {
      await page.goto(path);
      await waitForPageContent(page);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
    }
  });
}

async function firstUnitPath(page: import("@playwright/test").Page): Promise<string> {
  await page.goto("/units");
  const href = await page.getByTestId("unit-row").first().getByRole("link").getAttribute("href");
  expect(href).toMatch(/^\/units\/\d+$/);
  return href!;
}
