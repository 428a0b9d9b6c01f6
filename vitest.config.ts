// Two projects behind one config: `vitest run --project unit` (pure functions, fast) and
// `vitest run --project integration` (a real database per test file, see tests/helpers/test-db.ts).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // lib/data marks itself `import "server-only"`, whose default export throws outside React
      // Server Components; under vitest we are on the server, so use the package's no-op entry.
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    // next-auth imports "next/server" without an extension, which Node's ESM loader refuses; inlined,
    // Vite resolves it. Needed by tests that load the action wrapper or routes reading the session.
    server: { deps: { inline: ["next-auth"] } },
    projects: [
      {
        extends: true,
        test: { name: "unit", environment: "node", include: ["tests/unit/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          // Files may run in parallel: each creates its own database (tests/helpers/test-db.ts).
          fileParallelism: true,
          testTimeout: 30_000,
          hookTimeout: 120_000, // PGlite initdb + migrations, or CREATE DATABASE + migrations, in beforeAll
        },
      },
      {
        extends: true,
        // Fuzzing every API route and action (tests/fuzz): alone, after the integration tests, so its
        // stream of writes does not hold back the data version other files' caches wait for.
        test: { name: "fuzz", environment: "node", include: ["tests/fuzz/**/*.test.ts"], testTimeout: 900_000, hookTimeout: 180_000 },
      },
      {
        extends: true,
        // nginx + two production servers + PostgreSQL (npm run test:deploy, after npm run build).
        test: {
          name: "deploy",
          environment: "node",
          include: ["tests/deploy/**/*.test.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
