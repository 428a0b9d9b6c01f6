// The response cache in front of Next.js (scripts/serve.mjs calls this for every request): a
// request with a key (response-key.ts) is answered from the store when its response is there or
// being rendered; otherwise Next.js renders it as always while the bytes it sends are kept. Only a
// complete 200 without cookies is kept. `X-Duban-Cache: hit | miss` says which happened.
import type { IncomingMessage, ServerResponse } from "node:http";
import { spendApiBudget } from "./api-budget.ts";
import { cacheableKind } from "./cacheable-request.ts";
import { responseKey } from "./response-key.ts";
import type { ResponseStore, StoredResponse } from "./response-store.ts";

// Per-connection and per-send headers: Node.js writes its own for the stored copy.
// Strict-Transport-Security is the request guard's, per request (it depends on the protocol).
const NOT_STORED = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "x-duban-cache",
  "strict-transport-security",
]);

export async function serveWithCache(
  store: ResponseStore,
  request: IncomingMessage,
  response: ServerResponse,
  handle: () => Promise<void>,
): Promise<void> {
  let key: string | null = null;
  try {
    key = await responseKey(request);
  } catch (error) {
    console.error("[response-cache] no key, rendering instead", error);
  }
  if (!key) return handle();
  const found = store.lookup(key);
  // A stored API answer is only sent within the token's rate limit; over it, the route refuses (429).
  const mayServe = async () => cacheableKind(request) !== "api" || (await spendApiBudget(request));
  if (found instanceof Promise) {
    // Another request is rendering it: wait. If that rendering was not kept (its client left, an
    // error), render for this request alone rather than queue behind one another.
    const stored = await found;
    return stored && (await mayServe()) ? send(response, stored) : handle();
  }
  if (found) return (await mayServe()) ? send(response, found) : handle();
  keepWhatIsSent(response, store.begin(key).settle);
  response.setHeader("X-Duban-Cache", "miss");
  return handle();
}

function send(response: ServerResponse, stored: StoredResponse): void {
  response.writeHead(stored.status, { ...stored.headers, "content-length": String(stored.body.length), "x-duban-cache": "hit" });
  response.end(stored.body);
}

const toBuffer = (chunk: unknown, encoding: unknown): Buffer =>
  typeof chunk === "string"
    ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
    : Buffer.from(chunk as Uint8Array);

/** Copies what Next.js sends through `response` and hands it to `settle` once it is complete. */
function keepWhatIsSent(response: ServerResponse, settle: (stored: StoredResponse | null) => void): void {
  const chunks: Buffer[] = [];
  let headArgument: Record<string, string | string[] | number> = {};
  const { writeHead, write, end } = response;
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const last = args[args.length - 1];
    if (last && typeof last === "object" && !Array.isArray(last)) headArgument = last as typeof headArgument;
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as typeof response.writeHead;
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    chunks.push(toBuffer(chunk, rest[0]));
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof response.write;
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") chunks.push(toBuffer(chunk, rest[0]));
    return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as typeof response.end;

  let settled = false;
  const once = (stored: StoredResponse | null) => {
    if (!settled) settle(stored);
    settled = true;
  };
  response.on("close", () => once(null)); // after "finish" when complete; alone when the client left
  response.on("finish", () => {
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries({ ...response.getHeaders(), ...headArgument })) {
      const lower = name.toLowerCase();
      if (value !== undefined && !NOT_STORED.has(lower)) headers[lower] = Array.isArray(value) ? value : String(value);
    }
    const keep = response.statusCode === 200 && headers["set-cookie"] === undefined;
    once(keep ? { status: 200, headers, body: Buffer.concat(chunks) } : null);
  });
}
