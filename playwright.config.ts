// Browser tests against the production build (`npm run build` first; scripts/test.sh does), served
// by scripts/serve.mjs (Next.js behind the response cache, as `npm start` serves it) on a database prepared exactly as `npm start` prepares it: migrate, then seed.
//  - E2E_DATABASE_URL=postgresql://…/postgres: a fresh database duban_e2e_<hex> on that server,
//    dropped again by global-teardown.ts;
//  - otherwise: a fresh embedded PGlite folder .data/pglite-e2e-<port>.
import { randomBytes } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT || 3210);
const serverUrl = process.env.E2E_DATABASE_URL || "";
// One folder per port, so two runs on different ports never share an embedded database.
const PGLITE_E2E_DIR = `.data/pglite-e2e-${PORT}`;

// Chosen once in the runner; workers and the global teardown inherit it through the environment.
process.env.E2E_DB_NAME ||= `duban_e2e_${randomBytes(6).toString("hex")}`;

const prepareAndStart = [
  serverUrl ? "DATABASE_URL=$(node_modules/.bin/tsx tests/e2e/prepare-db.ts) && export DATABASE_URL" : `rm -rf ${PGLITE_E2E_DIR}`,
  "npm run -s db:deploy",
  "npm run -s seed -- --demo",
  `exec node scripts/serve.mjs -p ${PORT}`,
].join(" && ");

export default defineConfig({
  testDir: "./tests/e2e",
  globalTeardown: "./tests/e2e/global-teardown.ts",
  timeout: 60_000,
  retries: 0,
  workers: 1, // one server, one database: tests share state, so run them in order
  forbidOnly: true,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "zh-CN",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        // Playwright's own browser download is blocked here: use Debian's chromium. The
        // networking flags stop it from flooding the closed network with background requests.
        launchOptions: {
          executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: prepareAndStart,
    url: `http://127.0.0.1:${PORT}`,
    // A stale server left on the port was once silently tested instead of the new build.
    reuseExistingServer: false,
    timeout: 180_000, // PGlite initdb + migrations + seed import + server start
    // Playwright starts the command in its own process group and signals the whole group.
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    stdout: "pipe",
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      // Blank means "embedded PGlite" to lib/env.ts; the PostgreSQL branch sets it in the command.
      DATABASE_URL: "",
      PGLITE_DIR: PGLITE_E2E_DIR,
      E2E_DATABASE_URL: serverUrl,
      AUTH_SECRET: randomBytes(32).toString("hex"),
      // The browser plays the reverse proxy: tests name the client address in X-Forwarded-For
      // (sign-in throttling per address) without locking 127.0.0.1 out for the tests after them.
      TRUSTED_PROXIES: "127.0.0.1",
      // Inside the 2023 plan year, so periods, due dates and overdue marks are those of that year.
      DUBAN_TODAY: process.env.E2E_TODAY || "2023-06-03",
    },
  },
});
