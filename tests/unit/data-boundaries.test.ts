// The data layer's seal (eslint.config.mjs): an aggregate's internal/ folder is imported only by
// the aggregate itself; and the aggregates that used to import each other (reports ⇄ problems ⇄
// milestones, through evidence files and the read scope) stay free of cycles. Each case lints a snippet as if it were a file at `filePath`, through the
// project's own ESLint configuration, so a rule that stopped matching fails here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
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

// Which aggregate imports which, read from the import lines of lib/data (relative specifiers).
function aggregateImports(): Map<string, Set<string>> {
  const root = path.join(process.cwd(), "lib/data");
  const graph = new Map<string, Set<string>>();
  const aggregateOf = (file: string) => path.relative(root, file).split(path.sep)[0];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".ts")) continue;
    const file = path.join(entry.parentPath, entry.name);
    const from = aggregateOf(file);
    if (from.endsWith(".ts")) continue; // the write path (mutate.ts, touched.ts) belongs to no aggregate
    for (const [, specifier] of readFileSync(file, "utf8").matchAll(/^(?:import|export)\b[^"']*["'](\.[^"']+)["']/gm)) {
      const target = path.resolve(path.dirname(file), specifier);
      if (path.relative(root, target).startsWith("..")) continue;
      const to = aggregateOf(target);
      if (to !== from && !to.endsWith(".ts")) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

function reaches(graph: Map<string, Set<string>>, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [...(graph.get(from) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next === to) return true;
    if (!seen.has(next)) stack.push(...(seen.add(next), graph.get(next) ?? []));
  }
  return false;
}

describe("the aggregates' imports", () => {
  const graph = aggregateImports();

  it("are read from the code", () => {
    expect(graph.get("reports")).toContain("evidence");
    expect(graph.get("problems")).toContain("evidence");
    expect(graph.get("reports")).toContain("milestones");
  });

  it.each(["reports", "problems", "evidence", "scope", "quality"])("never lead from %s back to itself", (aggregate) => {
    expect(reaches(graph, aggregate, aggregate)).toBe(false);
  });

  it("never lead from milestones to reports or problems", () => {
    expect(reaches(graph, "milestones", "reports")).toBe(false);
    expect(reaches(graph, "milestones", "problems")).toBe(false);
  });

  it("leave the viewer's read scope depending on no aggregate", () => {
    expect(graph.get("scope") ?? new Set()).toEqual(new Set());
  });
});
