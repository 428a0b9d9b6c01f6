// ESLint: Next's rules (core web vitals, React, hooks, a11y), typescript-eslint, and the project's
// import boundaries (STYLE.md, docs/ARCHITECTURE.md):
//  - routes and components never touch the database: only lib/data, lib/actions, lib/api, seeds,
//    scripts and tests import it, so every query stays scoped by the viewer in one layer;
//  - nothing outside lib/data imports a data aggregate's internals (`lib/data/**/internal/**`);
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
const DATA_INTERNALS = {
  group: ["@/lib/data/**/internal/*", "@/lib/data/**/internal/**"],
  message: "数据层内部模块不对外 / import the aggregate's public functions",
};
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
    files: ["lib/**"],
    ignores: ["lib/data/**", "lib/domain/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [DATA_INTERNALS] }] },
  },
  {
    files: ["tests/**", "**/*.test.ts", "**/*.spec.ts"],
    rules: { "no-restricted-syntax": ["error", ...FOCUS_OR_SKIP] },
  },
]);
