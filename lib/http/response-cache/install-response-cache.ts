// Hands the response cache to the HTTP server (scripts/serve.mjs). The server is plain Node.js
// outside Next.js's build; this module is built by Next.js (instrumentation.ts imports it) and
// shares the process's database, so the two meet on one well-known global.
import type { IncomingMessage, ServerResponse } from "node:http";
import { ResponseStore } from "./response-store.ts";
import { serveWithCache } from "./serve-with-cache.ts";

export type CachingHandler = (request: IncomingMessage, response: ServerResponse, handle: () => Promise<void>) => Promise<void>;

/** The global scripts/serve.mjs looks for; keep the two in step. */
export const RESPONSE_CACHE = Symbol.for("duban.responseCache");
const MAX_BYTES = 64 * 1024 * 1024;

export function installResponseCache(): void {
  const store = new ResponseStore(MAX_BYTES);
  const handler: CachingHandler = (request, response, handle) => serveWithCache(store, request, response, handle);
  (globalThis as Record<symbol, unknown>)[RESPONSE_CACHE] = handler;
}
