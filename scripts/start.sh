#!/usr/bin/env bash
# npm start — serve Duban. With DATABASE_URL unset it uses the embedded database in
# ${PGLITE_DIR:-.data/pglite}, so `npm ci && npm start` works on a fresh clone without a server.
# Migrating and seeding run in their own short-lived processes first: the server then opens an
# already prepared database (~1.1 s, ~380 MiB) instead of creating it itself (~2.5 s, ~850 MiB).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 # no phoning home from a closed network

step() { printf '\n==> %s\n' "$*"; }

if [ -n "${DATABASE_URL:-}" ]; then
  step "数据库 / database: PostgreSQL (DATABASE_URL)"
else
  step "数据库 / database: 内置 PGlite / embedded PGlite in ${PGLITE_DIR:-.data/pglite}"
fi

step "迁移数据库 / migrating"
npm run -s db:deploy

# Sessions are signed with AUTH_SECRET. Without one, make a random secret once and keep it beside
# the embedded data, so sessions survive restarts. A production server sets AUTH_SECRET itself.
if [ -z "${AUTH_SECRET:-}" ]; then
  secret_file=".data/auth-secret"
  mkdir -p .data
  [ -s "$secret_file" ] || (umask 077 && node -e 'process.stdout.write(require("crypto").randomBytes(48).toString("base64url"))' > "$secret_file")
  AUTH_SECRET="$(cat "$secret_file")"
  export AUTH_SECRET
fi

# The embedded database is the demo: it gets the demo accounts (README). A real server does not,
# unless DUBAN_DEMO=1 asks for them; the seed then explains how to create the first admin.
seed_args=()
if [ -z "${DATABASE_URL:-}" ] || [ "${DUBAN_DEMO:-}" = 1 ]; then seed_args+=(--demo); fi
step "导入种子数据 / seeding (no-op when data exists)"
npm run -s seed -- "${seed_args[@]}"

# Rebuild when there is no build yet, or when anything that goes into it changed since.
# lib/generated is derived from prisma/schema.prisma (checked) and rewritten by every `npm ci`.
needs_build() {
  [ -f .next/BUILD_ID ] || return 0
  local inputs=() p
  for p in app components lib prisma public messages instrumentation.ts next.config.js package-lock.json tsconfig.json postcss.config.mjs; do
    [ -e "$p" ] && inputs+=("$p")
  done
  [ -n "$(find "${inputs[@]}" -path lib/generated -prune -o -newer .next/BUILD_ID -print -quit)" ]
}
if needs_build; then
  step "构建 / building (next build)"
  npm run -s build
else
  step "已是最新构建 / build is up to date"
fi

port="${PORT:-3000}"
step "启动 / starting on http://localhost:${port}"
exec node scripts/serve.mjs -p "$port"
