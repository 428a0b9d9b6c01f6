import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Fails with each violation's rule, node count and the nodes' selectors, so a failure says where to look. */
export async function expectNoAxeViolations(page: Page, what: string) {
  await waitForPageContent(page);
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${what}: ${v.id} (${v.nodes.length}) ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`),
  ).toEqual([]);
}

/** Waits for the page itself, not its loading frame (loading.tsx): React reveals streamed content a
 *  moment after the load event, and the skeleton has no heading of its own. Before any axe scan. */
export async function waitForPageContent(page: Page) {
  await expect(page.getByTestId("page-loading")).toHaveCount(0);
}
