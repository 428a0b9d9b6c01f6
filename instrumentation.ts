// Next.js calls register() once when a server process starts (node_modules/next/dist/docs/01-app/
// 02-guides/instrumentation.md), in the Node.js runtime only and never while `next build` runs. It
// hands the response cache to scripts/serve.mjs (lib/http/response-cache; not with
// DUBAN_RESPONSE_CACHE=off) and starts the in-app job runner (lib/jobs/scheduler.ts; not with
// DUBAN_JOBS=off). It must return quickly: the scheduler only sets timers here and opens the
// database on its first tick.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { readEnv } = await import("./lib/env.ts");
  if (readEnv().DUBAN_RESPONSE_CACHE === "on") {
    const { installResponseCache } = await import("./lib/http/response-cache/install-response-cache.ts");
    installResponseCache();
  }
  if (readEnv().DUBAN_JOBS === "off") {
    console.log("[jobs] scheduler off (DUBAN_JOBS=off)");
    return;
  }
  const { startScheduler } = await import("./lib/jobs/scheduler.ts");
  startScheduler();
}
