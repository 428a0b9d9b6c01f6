// The production HTTP server (npm start, npm run serve, serve:cluster, the browser tests): Next.js
// behind our own node:http server, so that the response cache (lib/http/response-cache) can answer
// a request before Next.js renders it again. Next.js builds that cache's code and registers it
// from instrumentation.ts when it handles its first request; until then, and with DUBAN_RESPONSE_CACHE=off,
// every request simply goes to Next.js.
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

// As `next start` does, before Next.js and React are loaded: they pick their production builds by it.
process.env.NODE_ENV = "production";
const { default: next } = await import("next");
const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

// Kept in step with RESPONSE_CACHE in lib/http/response-cache/install-response-cache.ts. Looked up
// per request: Next.js runs instrumentation.ts's register() when it first handles one.
const RESPONSE_CACHE = Symbol.for("duban.responseCache");

const server = createServer((request, response) => {
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

const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 3000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
