// The data layer's seal (eslint.config.mjs): an aggregate's internal/ folder is imported only by
// the aggregate itself. Each case lints a snippet as if it were a file at `filePath`, through the
// project's own ESLint configuration, so a rule that stopped matching fails here.
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const code = (specifier: string) => `import { value } from "${specifier}";\nexport const copy = value;\n`;

let eslint: ESLint;
beforeAll(async () => {
  eslint = new ESLint({ cwd: process.cwd() });
  // Loading the configuration and its plugins takes seconds on a busy machine: once, here.
  await eslint.lintText(code("./warm-up.ts"), { filePath: "lib/data/reports/save-report.ts" });
}, 60_000);

async function restrictedImports(filePath: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(code(specifier), { filePath });
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("an aggregate's internal/ is its own", () => {
  it.each([
    ["a public module, another aggregate's internal/", "lib/data/reports/save-report.ts", "../problems/internal/problem-write.ts"],
    [
      "an internal module, another aggregate's internal/",
      "lib/data/reports/internal/report-snapshot.ts",
      "../../problems/internal/problem-write.ts",
    ],
    ["an aggregate, an internal/ by the alias", "lib/data/reports/save-report.ts", "@/lib/data/reports/internal/report-snapshot.ts"],
    ["the write path, an aggregate's internal/", "lib/data/mutate.ts", "./status/internal/load-status-facts.ts"],
    ["a page", "app/(portal)/review/page.tsx", "@/lib/data/reports/internal/review-openings.ts"],
    ["a component", "components/reports/review-desk.tsx", "@/lib/data/reports/internal/review-openings.ts"],
    ["an action", "lib/actions/reports/save-report-action.ts", "../../data/reports/internal/report-snapshot.ts"],
    ["the API", "lib/api/api-handler.ts", "@/lib/data/tokens/internal/token-format.ts"],
    ["the job runner", "lib/jobs/jobs.ts", "../data/status/internal/load-status-facts.ts"],
    ["a script", "scripts/run-job.ts", "../lib/data/status/internal/status-facts-memo.ts"],
    ["the seed", "seeds/seed.ts", "../lib/data/plans/internal/match-units.ts"],
  ])("refuses %s", async (_case, filePath, specifier) => {
    const messages = await restrictedImports(filePath, specifier);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("数据层内部模块不对外");
  });

  it.each([
    ["a public module, its own internal/", "lib/data/reports/save-report.ts", "./internal/report-snapshot.ts"],
    ["an internal module, its neighbour", "lib/data/reports/internal/report-snapshot.ts", "./review-openings.ts"],
    ["an internal module, its aggregate's public module", "lib/data/reports/internal/report-snapshot.ts", "../save-report.ts"],
    ["an aggregate, another's public module", "lib/data/reports/save-report.ts", "../evidence/evidence-files.ts"],
    ["a page, a public module", "app/(portal)/review/page.tsx", "@/lib/data/reports/list-review-queue.ts"],
  ])("allows %s", async (_case, filePath, specifier) => {
    expect(await restrictedImports(filePath, specifier)).toEqual([]);
  });
});
