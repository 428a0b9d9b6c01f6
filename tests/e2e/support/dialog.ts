// The next dialog the page opens (confirm, beforeunload): its message, once it was declined
// (dismiss: stay on the page) or accepted.
import type { Page } from "@playwright/test";

export function answerNextDialog(page: Page, answer: "dismiss" | "accept" = "dismiss"): Promise<string> {
  return new Promise((resolve) =>
    page.once("dialog", async (dialog) => {
      resolve(dialog.message());
      await dialog[answer]();
    }),
  );
}
