// The response cache in front of Next.js (lib/http/response-cache, served by scripts/serve.mjs as
// in production): the coordinator's second load of the dashboard is answered from the cache; a unit
// reporter loading the same address gets their own page, never the coordinator's; a signed-out
// visitor is sent to the login page; and once the coordinator changes a measure's colour (an
// audited change), the next dashboard and summary are rendered again and show it. The colour is
// put back at the end for the tests that follow. E2E runs with DUBAN_TODAY=2023-06-03.
import { expect, test, type Page, type Response } from "@playwright/test";
import { authMessages } from "../../lib/messages/auth.ts";
import { statusMessages } from "../../lib/messages/status.ts";
import { messages } from "../../lib/messages/zh-CN.ts";
import { signIn } from "./support/sign-in.ts";

// Demo accounts (seeds/demo-accounts.ts): the coordinator's display name, and a reporter whose unit
// no other browser test files reports for.
const COORDINATOR_NAME = "督办科 王明";
const REPORTER_LOGIN = "unit07";
// 任务26 is not touched by any other browser test.
const TASK = 26;
const REASON = "响应缓存测试：人工调整，测试结束即取消。";
const COLOURS = ["RED", "YELLOW", "BLUE", "DONE", "NOT_REPORTED"] as const;
type Colour = (typeof COLOURS)[number];

const cacheOf = (response: Response | null) => response?.headers()["x-duban-cache"];

async function load(page: Page, url: string): Promise<Response> {
  const response = await page.goto(url);
  expect(response, url).not.toBeNull();
  expect(response!.status(), url).toBe(200);
  return response!;
}

/** The summary's count of measures per colour. */
async function summaryCounts(page: Page): Promise<Record<Colour, number>> {
  await expect(page.getByTestId("summary")).toContainText(statusMessages.summary.title);
  const counts = {} as Record<Colour, number>;
  for (const colour of COLOURS) {
    const text = await page.getByTestId(`summary-count-${colour}`).locator("span").nth(1).textContent();
    counts[colour] = Number(text);
    expect(Number.isInteger(counts[colour]), `${colour}: ${text}`).toBe(true);
  }
  return counts;
}

async function openMeasure(page: Page) {
  await page.goto(`/tasks/${TASK}`);
  await page.getByTestId("measure-reports-link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${messages.tasks.number(TASK)} ${messages.tasks.measure(1)}`);
  return page.getByTestId("measure-colour").getByTestId("colour-badge");
}

test("the dashboard is answered from the cache for its viewer only, and rendered again after an audited change", async ({ browser }) => {
  // Addresses no earlier test has loaded (the pages ignore the extra parameter), so the first
  // load of each is certainly rendered by Next.js.
  const run = Date.now().toString(36);
  const dashboardUrl = `/dashboard?cacheTest=${run}`;
  const summaryUrl = `/summary?cacheTest=${run}`;

  const coordinatorContext = await browser.newContext();
  const coordinator = await coordinatorContext.newPage();
  await signIn(coordinator, "coordinator");
  // One load first (reads write nothing now, but the route is then warm): the loads below all see
  // one data version.
  await load(coordinator, "/dashboard");

  // First load: rendered. Second: the same bytes from the cache, and a working page.
  const first = await load(coordinator, dashboardUrl);
  expect(cacheOf(first)).toBe("miss");
  const firstHtml = await first.text();
  await expect(coordinator.getByTestId("current-user")).toContainText(COORDINATOR_NAME);
  const second = await load(coordinator, dashboardUrl);
  expect(cacheOf(second)).toBe("hit");
  expect(await second.text()).toBe(firstHtml);
  await expect(coordinator.getByRole("heading", { level: 1 })).toHaveText(statusMessages.dashboard.title);
  await expect(coordinator.getByTestId("current-user")).toContainText(COORDINATOR_NAME);
  await expect(coordinator.getByTestId("plan-colour").getByTestId("colour-badge")).toBeVisible();

  // A unit reporter (who may read the dashboard) loading the same address gets their own page.
  const reporterContext = await browser.newContext();
  const reporter = await reporterContext.newPage();
  await signIn(reporter, REPORTER_LOGIN);
  const reporterName = (await reporter.getByTestId("current-user").textContent())!;
  expect(reporterName).toContain(authMessages.roles.REPORTER);
  expect(reporterName).not.toContain(COORDINATOR_NAME);
  const theirs = await load(reporter, dashboardUrl);
  expect(cacheOf(theirs)).toBe("miss");
  expect(await theirs.text()).not.toBe(firstHtml);
  await expect(reporter.getByTestId("current-user")).toHaveText(reporterName);
  await expect(reporter.getByRole("link", { name: messages.nav.review })).toHaveCount(0); // a reporter's menu, not the bureau's
  const theirsAgain = await load(reporter, dashboardUrl);
  expect(cacheOf(theirsAgain)).toBe("hit");
  await expect(reporter.getByTestId("current-user")).toHaveText(reporterName);

  // Signed out: sent to the login page by Next.js, never answered from the cache.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.request.get(dashboardUrl, { maxRedirects: 0 });
  expect([302, 303, 307]).toContain(visitor.status());
  expect(visitor.headers().location).toContain("/login");
  expect(visitor.headers()["x-duban-cache"]).toBeUndefined();
  expect(await visitor.text()).not.toContain(COORDINATOR_NAME);

  // The summary, too: rendered, then from the cache.
  expect(cacheOf(await load(coordinator, summaryUrl))).toBe("miss");
  const before = await summaryCounts(coordinator);
  expect(cacheOf(await load(coordinator, summaryUrl))).toBe("hit");

  // The coordinator overrides a measure's colour: an audited change the summary counts show.
  const badge = await openMeasure(coordinator);
  const original = (await badge.getAttribute("data-colour")) as Colour;
  expect(COLOURS).toContain(original);
  const target: Colour = original === "YELLOW" ? "BLUE" : "YELLOW";
  const form = coordinator.getByTestId("override-form");
  await form.locator('select[name="colour"]').selectOption(target);
  await form.locator('input[name="reason"]').fill(REASON);
  await form.getByRole("button", { name: statusMessages.override.set, exact: true }).click();
  await expect(form.getByRole("status")).toHaveText(statusMessages.override.saved);
  await expect(badge).toHaveAttribute("data-colour", target);

  const dashboardAfter = await load(coordinator, dashboardUrl);
  expect(cacheOf(dashboardAfter)).toBe("miss");
  expect(await dashboardAfter.text()).not.toBe(firstHtml);
  await expect(coordinator.getByTestId("current-user")).toContainText(COORDINATOR_NAME);
  const summaryAfter = await load(coordinator, summaryUrl);
  expect(cacheOf(summaryAfter)).toBe("miss");
  expect(await summaryCounts(coordinator)).toEqual({ ...before, [original]: before[original] - 1, [target]: before[target] + 1 });
  // The reporter's page depends on the same data: rendered again for them as well.
  expect(cacheOf(await load(reporter, dashboardUrl))).toBe("miss");

  // Put the colour back (audited as well): rendered again, with the counts as before.
  await openMeasure(coordinator);
  await form.getByRole("button", { name: statusMessages.override.lift, exact: true }).click();
  await expect(form.getByRole("status")).toHaveText(statusMessages.override.lifted);
  await expect(badge).toHaveAttribute("data-colour", original);
  const summaryRestored = await load(coordinator, summaryUrl);
  expect(cacheOf(summaryRestored)).toBe("miss");
  expect(await summaryCounts(coordinator)).toEqual(before);

  await visitorContext.close();
  await reporterContext.close();
  await coordinatorContext.close();
});
