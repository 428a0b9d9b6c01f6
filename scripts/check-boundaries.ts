// npm run lint — the two rules a type checker cannot see:
//  1. Routes and components never touch the database (STYLE.md): only lib/data, lib/actions, seeds,
//     tests and scripts import it, so every query stays scoped by the viewer in one layer.
//  2. No focused or skipped tests are committed (`.only(` / `.skip(` / `test.fixme`): they would
//     silently shrink what `npm test` proves.
// Plain fs walk and regular expressions: no lint framework to install or configure.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const SOURCE = /\.(ts|tsx|js|jsx|mjs|cjs|mts|cts)$/;
const SKIP_DIRS = new Set(["node_modules", ".next", ".git", ".data", "generated", "test-results", "playwright-report"]);

function walk(dir: string): string[] {
  const abs = path.join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { withFileTypes: true }).flatMap((d) => {
    const rel = path.posix.join(dir, d.name);
    if (d.isDirectory()) return SKIP_DIRS.has(d.name) ? [] : walk(rel);
    return SOURCE.test(d.name) ? [rel] : [];
  });
}

// Module specifiers in static imports/exports, `import("…")` and `require("…")`.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm;

/** Repo-relative path a specifier points at, for the aliased and relative forms. */
function target(file: string, spec: string): string | null {
  if (spec.startsWith("@/")) return spec.slice(2);
  if (spec.startsWith(".")) return path.posix.join(path.posix.dirname(file), spec);
  return null;
}

/** Why `spec` may not be imported from app/ or components/, or null when it may. */
function forbiddenImport(file: string, spec: string): string | null {
  if (/^(@prisma\/client|@prisma\/adapter-pg|pg|@electric-sql\/pglite|pglite-prisma-adapter)(\/|$)/.test(spec)) {
    return `database driver "${spec}"`;
  }
  const t = target(file, spec);
  if (t && /^lib\/(db(\.ts)?|db\/.*|generated\/prisma(\/.*)?)$/.test(t)) return `database module "${spec}"`;
  return null;
}

const lineOf = (text: string, index: number) => text.slice(0, index).split("\n").length;
const offenders: string[] = [];

for (const file of [...walk("app"), ...walk("components")]) {
  const text = readFileSync(path.join(root, file), "utf8");
  for (const m of text.matchAll(SPECIFIER)) {
    const why = forbiddenImport(file, m[1]);
    if (why) offenders.push(`${file}:${lineOf(text, m.index)}: imports ${why} — go through lib/data or lib/actions`);
  }
}

const isTestFile = (f: string) => f.startsWith("tests/") || /\.(test|spec)\.[cm]?[jt]sx?$/.test(f);
const FOCUS_OR_SKIP = /\.only\(|\.skip\(|\btest\.fixme\b/g;
for (const file of ["app", "components", "lib", "seeds", "scripts", "tests"].flatMap(walk).filter(isTestFile)) {
  const text = readFileSync(path.join(root, file), "utf8");
  for (const m of text.matchAll(FOCUS_OR_SKIP)) {
    offenders.push(`${file}:${lineOf(text, m.index)}: "${m[0].trim()}" — commit tests that run`);
  }
}

if (offenders.length) {
  console.error(`边界检查失败 / boundary check failed (${offenders.length}):\n${offenders.map((o) => `  ${o}`).join("\n")}`);
  process.exit(1);
}
console.log("OK: no database imports in app/ or components/, no focused or skipped tests");
