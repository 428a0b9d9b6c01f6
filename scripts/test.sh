#!/usr/bin/env bash
# npm test — every check, in order, stopping at the first failure:
#   typecheck, lint, migration drift, unit, integration, fuzz, build, browser (e2e).
# Integration and e2e run on PostgreSQL when a server is reachable (TEST_DATABASE_URL, else the
# local postgresql://postgres@127.0.0.1:5432/postgres), otherwise on embedded PGlite.
# TEST_DB=pglite forces PGlite for both. Each test file / e2e run gets its own fresh database.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

started=$SECONDS
step() { printf '\n==> [%ss] %s\n' "$((SECONDS - started))" "$*"; }
fail() { printf '\n✗ 失败 / FAILED: %s\n' "$*" >&2; exit 1; }

# --- what the checks need -------------------------------------------------------------------
if [ ! -d node_modules ]; then
  step "安装依赖 / npm ci"
  npm ci
fi

# Playwright cannot download its browser here: Debian's chromium, plus CJK fonts so Chinese
# text renders (and screenshots are readable).
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
if command -v dpkg-query >/dev/null && ! dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q "ok installed"; then
  missing+=(fonts-noto-cjk)
fi
# LibreOffice and poppler: the bulletin test converts the issued Word file to PDF and reads its pages.
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    step "安装 / installing ${missing[*]} (apt-get)"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    fail "缺少 / missing ${missing[*]}. Install with: sudo apt-get update && sudo apt-get install -y ${missing[*]}"
  fi
fi

# --- which database ---------------------------------------------------------------------------
pg_url=""
if [ "${TEST_DB:-}" != pglite ]; then
  candidate="${TEST_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
  # A 2 s connect probe with the project's own driver (no psql needed).
  if PROBE_URL="$candidate" node -e '
      const pg = require("pg");
      const c = new pg.Client({ connectionString: process.env.PROBE_URL, connectionTimeoutMillis: 2000 });
      c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));' 2>/dev/null; then
    pg_url="$candidate"
  elif [ -n "${TEST_DATABASE_URL:-}" ]; then
    fail "TEST_DATABASE_URL is set but unreachable: $TEST_DATABASE_URL"
  else
    echo "注意 / notice: no PostgreSQL at $candidate — integration and e2e tests run on embedded PGlite only."
  fi
fi
backend="${pg_url:+PostgreSQL}"; backend="${backend:-PGlite}"

# --- the checks -------------------------------------------------------------------------------
step "类型检查 / typecheck";               npm run -s typecheck || fail typecheck
step "边界检查 / lint (import boundaries)"; npm run -s lint      || fail lint
step "迁移漂移 / migration drift check";    npm run -s db:check  || fail "db:check"
step "单元测试 / unit tests";               node_modules/.bin/vitest run --project unit || fail "unit tests"

step "集成测试 / integration tests on $backend"
if [ -n "$pg_url" ]; then
  TEST_DATABASE_URL="$pg_url" node_modules/.bin/vitest run --project integration || fail "integration tests ($backend)"
else
  env -u TEST_DATABASE_URL TEST_DB=pglite node_modules/.bin/vitest run --project integration || fail "integration tests ($backend)"
fi

step "模糊测试 / fuzz (API routes, server actions) on $backend"
if [ -n "$pg_url" ]; then
  TEST_DATABASE_URL="$pg_url" node_modules/.bin/vitest run --project fuzz || fail "fuzz ($backend)"
else
  env -u TEST_DATABASE_URL TEST_DB=pglite node_modules/.bin/vitest run --project fuzz || fail "fuzz ($backend)"
fi

step "构建 / next build";                   npm run -s build || fail build

step "浏览器测试 / e2e (Playwright) on $backend"
E2E_DATABASE_URL="$pg_url" node_modules/.bin/playwright test || fail "e2e ($backend)"

printf '\n✓ 全部通过 / all checks passed on %s in %ss\n' "$backend" "$((SECONDS - started))"
