// ESLint: Next's rules (core web vitals, React, hooks, a11y), typescript-eslint, and the project's
// import boundaries (STYLE.md, docs/ARCHITECTURE.md):
//  - routes and components never touch the database: only lib/data, lib/actions, lib/api, seeds,
//    scripts and tests import it, so every query stays scoped by the viewer in one layer;
//  - nothing outside lib/data imports a data aggregate's internals (`lib/data/<aggregate>/internal/`),
//    and inside lib/data an aggregate imports only its own internal/ (tests may, where unavoidable);
//  - the domain (lib/domain) stays pure: no database, no data layer, no Next.js;
//  - no focused or skipped tests are committed.
// Formatting is Prettier's (`prettier --check` in npm test), so eslint-config-prettier turns off
// the stylistic rules that would fight it.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

const DATABASE = [
  {
    group: [
      "@prisma/client",
      "@prisma/client/*",
      "@prisma/adapter-pg",
      "pg",
      "@electric-sql/pglite",
      "@electric-sql/pglite/*",
      "pglite-prisma-adapter",
    ],
    message: "数据库驱动只在 lib/data 中使用 / go through lib/data or lib/actions",
  },
  {
    group: [
      "@/lib/db",
      "@/lib/db.ts",
      "@/lib/db/*",
      "@/lib/generated/*",
      "**/db",
      "**/db.ts",
      "**/lib/db/*",
      "**/generated/prisma",
      "**/generated/prisma/*",
    ],
    message: "数据库模块只在 lib/data 中使用 / go through lib/data or lib/actions",
  },
];
// A data aggregate (lib/data/<aggregate>/) is sealed: its public modules are its get/list/create/update
// functions; helpers, SQL fragments and caches live in its internal/ folder, which only the
// aggregate's own files import (relative: `./internal/x.ts` from a public file, `./y.ts` or `../x.ts`
// from an internal one).
const DATA_INTERNALS_MESSAGE = "数据层内部模块不对外 / import the aggregate's public functions, not its internal/";
const DATA_INTERNALS = {
  // @/lib/data/x/internal/y, ../../lib/data/x/internal/y, ../data/x/internal/y
  regex: "(^|/)data/[^/]+/internal(/|$)",
  message: DATA_INTERNALS_MESSAGE,
};
const OTHER_AGGREGATES_INTERNALS = [
  // from lib/data/<aggregate>/*.ts (../other/internal/y) and lib/data/<aggregate>/internal/*.ts
  // (../../other/internal/y); an aggregate reaches its own internal/ only as ./internal/… or ./…
  { regex: "^\\.\\./(\\.\\./)?[^/]+/internal(/|$)", message: DATA_INTERNALS_MESSAGE },
  // by the alias, even an aggregate's own: relative imports keep the boundary visible to this rule
  { regex: "^@/lib/data/.*/internal(/|$)", message: DATA_INTERNALS_MESSAGE },
];
const ROOT_DATA_INTERNALS = [
  // lib/data/mutate.ts and lib/data/touched.ts belong to no aggregate
  { regex: "^\\./[^/]+/internal(/|$)", message: DATA_INTERNALS_MESSAGE },
  ...OTHER_AGGREGATES_INTERNALS,
];
const FOCUS_OR_SKIP = [
  {
    selector:
      "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(only|skip|fixme)$/][callee.object.name=/^(test|it|describe|suite)$/]",
    message: "提交能运行的测试 / commit tests that run (no .only/.skip/.fixme)",
  },
  {
    selector:
      "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(only|skip|fixme)$/][callee.object.type='MemberExpression'][callee.object.object.name=/^(test|it|describe)$/]",
    message: "提交能运行的测试 / commit tests that run (no .only/.skip/.fixme)",
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  prettier,
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "lib/generated/**",
    ".data/**",
    ".prisma6/**",
    "test-results/**",
    "playwright-report/**",
    "public/**",
  ]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports", disallowTypeAnnotations: false }],
    },
  },
  {
    files: ["app/**", "components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [...DATABASE, DATA_INTERNALS] }] },
  },
  {
    files: ["lib/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...DATABASE,
            {
              group: ["@/lib/data/*", "@/lib/data/**", "next", "next/*", "react", "server-only"],
              message: "领域层保持纯函数 / the domain is pure: no data layer, no Next.js",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**", "scripts/**", "seeds/**", "*.ts", "*.mjs"],
    ignores: ["lib/data/**", "lib/domain/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [DATA_INTERNALS] }] },
  },
  {
    files: ["lib/data/*/**"],
    rules: { "no-restricted-imports": ["error", { patterns: OTHER_AGGREGATES_INTERNALS }] },
  },
  {
    files: ["lib/data/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: ROOT_DATA_INTERNALS }] },
  },
  {
    files: ["tests/**", "**/*.test.ts", "**/*.spec.ts"],
    rules: { "no-restricted-syntax": ["error", ...FOCUS_OR_SKIP] },
  },
]);
