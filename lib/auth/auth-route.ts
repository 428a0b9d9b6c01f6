// Auth.js's own HTTP endpoints (/api/auth/*), behind a check of what they can take: the actions
// Auth.js has for each method, and form-encoded POST bodies (its own forms' encoding). Anything
// else once reached Auth.js's internals and came back as 500 (a POST to /api/auth/error, a body
// that is not what its content type says); now it is a 404, a 415 or a 400.
import { handlers } from "./auth.ts";

const ACTIONS: Record<"GET" | "POST", ReadonlySet<string>> = {
  GET: new Set(["providers", "session", "csrf", "signin", "signout", "callback", "verify-request", "error"]),
  POST: new Set(["signin", "signout", "callback", "session"]),
};

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

function checked(method: "GET" | "POST", handler: (request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    const action = new URL(request.url).pathname.split("/")[3] ?? "";
    if (!ACTIONS[method].has(action)) return text(404, "未找到。");
    if (
      method === "POST" &&
      (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase() !== "application/x-www-form-urlencoded"
    ) {
      return text(415, "请求格式不受支持。");
    }
    try {
      const response = await handler(request);
      // Auth.js answers 500 for requests it cannot read; its configuration is fixed and tested, so
      // such an answer is about the request.
      return response.status >= 500 ? text(400, "请求无效。") : response;
    } catch (error) {
      console.error("[auth] request refused", error);
      return text(400, "请求无效。");
    }
  };
}

export const GET = checked("GET", handlers.GET as (request: Request) => Promise<Response>);
export const POST = checked("POST", handlers.POST as (request: Request) => Promise<Response>);
