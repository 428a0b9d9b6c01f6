// The first thing every request meets in scripts/serve.mjs, before the response cache and Next.js:
//  - the forwarding headers are rewritten to what forwarded.ts concludes, so everything after
//    (Auth.js building its URLs, Next.js, the sign-in throttle, the cache's choice of cookie)
//    reads one checked value: X-Forwarded-For = the client address, X-Forwarded-Proto = http or
//    https, X-Forwarded-Host = a valid host or nothing; X-Real-IP and Forwarded are dropped;
//  - a Host that no URL can be built from, or a target that does not decode (invalid UTF-8, a
//    control character), is answered 400; a page body over the server-action limit 413, and
//    one without a declared length 411 (the API reads and counts its own bodies);
//  - over https, Strict-Transport-Security.
// Answers in Chinese, as a small page; the request never reaches the app.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { requestMessages as m } from "../../messages/request.ts";
import { requestOrigin } from "./forwarded.ts";
import { requestTargetError } from "./request-target.ts";
import type { TrustedProxies } from "./trusted-proxies.ts";

/** Keep in step with experimental.serverActions.bodySizeLimit in next.config.js. */
export const MAX_PAGE_BODY_BYTES = 100 * 1024 * 1024;
export const HSTS = "max-age=31536000; includeSubDomains";

/** false when the guard has answered the request itself. */
export type RequestGuard = (request: IncomingMessage, response: ServerResponse) => boolean;

export function createRequestGuard(trusted: TrustedProxies): RequestGuard {
  return (request, response) => {
    const { headers } = request;
    const origin = requestOrigin(request.socket.remoteAddress, Boolean((request.socket as TLSSocket).encrypted), headers, trusted);
    if (!origin.host) return refuse(response, 400, m.badHost);
    if (requestTargetError(request.url)) return refuse(response, 400, m.badUrl);

    headers["x-forwarded-for"] = origin.clientAddress;
    headers["x-forwarded-proto"] = origin.protocol;
    headers["x-forwarded-host"] = origin.host;
    delete headers["x-real-ip"];
    delete headers.forwarded;
    if (origin.protocol === "https") response.setHeader("Strict-Transport-Security", HSTS);

    const path = request.url!.split("?")[0];
    if (request.method !== "GET" && request.method !== "HEAD" && !path.startsWith("/api/")) {
      const length = headers["content-length"];
      if (length === undefined && headers["transfer-encoding"] !== undefined) return refuse(response, 411, m.lengthRequired);
      if (Number(length) > MAX_PAGE_BODY_BYTES) return refuse(response, 413, m.bodyTooLarge(MAX_PAGE_BODY_BYTES / 1024 / 1024));
    }
    return true;
  };
}

function refuse(response: ServerResponse, status: number, message: string): false {
  const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>${message}</title><p>${message}</p><p><a href="/">返回首页</a></p></html>`;
  // The body of a refused upload is not read: close the connection rather than drain it.
  response.writeHead(status, {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    Connection: "close",
    "X-Content-Type-Options": "nosniff",
  });
  response.end(html);
  return false;
}
