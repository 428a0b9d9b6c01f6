// The production HTTP server (npm start, npm run serve, serve:cluster, the browser tests): Next.js
// behind our own node:http server, so that the response cache (lib/http/response-cache) can answer
// a request before Next.js renders it again. Next.js builds that cache's code and registers it
// from instrumentation.ts (looked up per request, so whenever register() has run); until then, and
// with DUBAN_RESPONSE_CACHE=off, every request simply goes to Next.js. Otherwise it does what
// `next start` does for us: production mode, the app's own origin for server-action redirects, and
// a graceful stop that lets requests in flight finish.
//   node scripts/serve.mjs [-p PORT] [-H HOSTNAME]    (PORT defaults to $PORT, then 3000)
import { createServer } from "node:http";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(values.port || process.env.PORT || 3000);
const hostname = values.hostname; // undefined: every interface, as `next start`
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error("端口号须为 1–65535 之间的整数。");
  process.exit(2);
}

// As `next start` does, before Next.js and React are loaded: they pick their production builds by
// it. The origin is where a server action's redirect target is fetched from (http on this host,
// whatever X-Forwarded-Proto a reverse proxy sends).
process.env.NODE_ENV = "production";
process.env.__NEXT_PRIVATE_ORIGIN ??= `http://${hostname && hostname !== "0.0.0.0" ? hostname : "localhost"}:${port}`;
const { default: next } = await import("next");
const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

// Kept in step with RESPONSE_CACHE in lib/http/response-cache/install-response-cache.ts.
const RESPONSE_CACHE = Symbol.for("duban.responseCache");

// The request guard (lib/http/request-guard: forwarding headers, malformed URLs, oversized forms)
// is TypeScript, loaded here with tsx (a runtime dependency) before the first connection is taken:
// without it forwarding headers would go unchecked, so it is never optional.
const { tsImport } = await import("tsx/esm/api");
const { createRequestGuardFromEnv } = await tsImport("../lib/http/request-guard/request-guard-from-env.ts", import.meta.url);
const guard = createRequestGuardFromEnv();

const server = createServer((request, response) => {
  if (!guard(request, response)) return;
  const render = () => handle(request, response);
  const cachingHandler = globalThis[RESPONSE_CACHE];
  (cachingHandler ? cachingHandler(request, response, render) : render()).catch((error) => {
    console.error("[serve] request failed", error);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
});
server.listen(port, hostname, () => {
  console.log(`[serve] http://${hostname ?? "localhost"}:${port}`);
});

// Stop taking connections, let requests in flight finish (a report being uploaded, a transaction
// being written), then close Next.js; connections still busy after the grace period are cut.
const GRACE_MS = 10_000;
let stopping = false;
const stop = (signal) => {
  if (stopping) return;
  stopping = true;
  const code = signal === "SIGINT" ? 130 : 143;
  server.close(() => Promise.resolve(app.close?.()).finally(() => process.exit(code)));
  server.closeIdleConnections();
  setTimeout(() => {
    server.closeAllConnections();
    process.exit(code);
  }, GRACE_MS).unref();
};
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
