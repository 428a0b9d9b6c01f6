#!/usr/bin/env bash
# npm run measure:start — what a first `npm start` costs on an empty embedded database:
# seconds for migrate, seed and the server (scripts/serve.mjs) to the first HTTP 200 of /, and the
# server's RSS (summed over its process group).
# usage: npm run measure:start [-- port]   (needs a build: runs `npm run build` first if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${1:-3100}"
export NEXT_TELEMETRY_DISABLED=1
unset DATABASE_URL # embedded PGlite, as on a fresh clone
export PGLITE_DIR
PGLITE_DIR="$(mktemp -d /tmp/duban-measure-XXXXXX)"
LOG="$(mktemp)"
PID=""
cleanup() {
  if [ -n "$PID" ]; then kill -TERM -- "-$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$PGLITE_DIR" "$LOG"
}
trap cleanup EXIT

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

[ -f .next/BUILD_ID ] || { echo "no build yet: npm run build (not timed)"; npm run -s build; }
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is already in use" >&2; exit 1; fi

t0=$(now); npm run -s db:deploy >/dev/null; t1=$(now)
npm run -s seed >/dev/null;                 t2=$(now)

# setsid: the server leads its own process group, so it can be measured and killed as a whole.
setsid node scripts/serve.mjs -p "$PORT" >"$LOG" 2>&1 &
PID=$!
code=000
for _ in $(seq 1 1200); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/" || true)
  [ "$code" = 200 ] && break
  kill -0 "$PID" 2>/dev/null || break
  sleep 0.05
done
t3=$(now)
sleep 0.5 # let the first request's allocations settle
rss_kib=$(ps -e -o pgid=,rss= | awk -v g="$PID" '$1 == g { s += $2 } END { print s + 0 }')

echo "migrate (db:deploy):        $(secs "$t0" "$t1") s"
echo "seed:                       $(secs "$t1" "$t2") s"
echo "server start -> first 200 /:  $(secs "$t2" "$t3") s  (HTTP $code)"
echo "total:                      $(secs "$t0" "$t3") s"
echo "server RSS (process group): $((rss_kib / 1024)) MiB"
if [ "$code" != 200 ]; then echo "--- server log"; cat "$LOG"; exit 1; fi
