// Every API v1 route handler goes through here, as every server action goes through
// lib/actions/safe-action.ts: the bearer token is turned into a viewer (or 401), route params and
// the JSON body are parsed with the route's zod schemas from lib/api/contract.ts (or 400 with
// Chinese field errors), the handler calls lib/data functions, our own AppErrors become their
// HTTP statuses, and every other error is logged and masked as a generic 500.
import { z } from "zod";
import type { Viewer } from "../auth/permissions.ts";
import { takeApiRequest } from "../data/tokens/api-rate-limit.ts";
import { authenticateTokenRow } from "../data/tokens/authenticate-token.ts";
import { isAppError, type AppErrorCode } from "../errors.ts";
import { apiMessages } from "../messages/api.ts";
import { messages } from "../messages/zh-CN.ts";
import { pathOfNulCharacter } from "../nul-characters.ts";
import { bearerToken } from "./bearer-token.ts";
import type { ApiErrorBody, ApiErrorCode, ApiRoute, ErrorStatus } from "./contract.ts";

const m = apiMessages.errors;
export const MAX_BODY_BYTES = 256 * 1024;

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
export type ApiContext<P, B> = { viewer: Viewer; params: Parsed<P>; query: Record<string, unknown>; body: Parsed<B> };
export type ApiReply<T> = { status?: 200 | 201; body: T };
/** What Next.js passes as the second argument of a route handler. */
type RouteContext = { params: Promise<unknown> };

/** A refusal decided here (before any data function ran), with its HTTP status. */
class ApiFailure extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: Record<string, string[]>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

const STATUS_OF: Record<AppErrorCode, ErrorStatus> = {
  INVALID_INPUT: 400,
  IMPORT_INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};
const CODE_OF: Record<AppErrorCode, ApiErrorCode> = {
  INVALID_INPUT: "INVALID_INPUT",
  IMPORT_INVALID: "INVALID_INPUT",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
};

// Per-route responses depend on the token: never stored by a cache on the way.
const NO_STORE = { "Cache-Control": "no-store" };

// Reply bodies that data functions share between requests (derivedFrom in
// lib/data/status/internal/status-cache.ts: the status of one data version) are serialised once, not per
// request: the status of a large plan is half a megabyte of JSON. Fresh bodies simply never hit;
// shared ones are never mutated. (Compression stays with Next: it would gzip a gzipped body again.)
const serialised = new WeakMap<object, Uint8Array>();

function jsonReply(body: unknown, status: number): Response {
  const shared = typeof body === "object" && body !== null;
  let json = shared ? serialised.get(body) : undefined;
  if (!json) {
    json = new TextEncoder().encode(JSON.stringify(body));
    if (shared) serialised.set(body, json);
  }
  return new Response(new Uint8Array(json), { status, headers: { ...NO_STORE, "Content-Type": "application/json" } });
}

export function apiHandler<P extends z.ZodType | undefined, B extends z.ZodType | undefined, R extends z.ZodType>(
  route: ApiRoute<P, B, R>,
  handler: (context: ApiContext<P, B>) => Promise<ApiReply<z.output<R>>>,
) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      const viewer = await authenticate(request);
      const params = (route.params ? parseInput(route.params, await context.params) : undefined) as Parsed<P>;
      const query = route.query ? parseInput(route.query, Object.fromEntries(new URL(request.url).searchParams)) : {};
      const body = (route.body ? parseInput(route.body, await readJson(request)) : undefined) as Parsed<B>;
      const reply = await handler({ viewer, params, query, body });
      return jsonReply(reply.body, reply.status ?? 200);
    } catch (error) {
      if (error instanceof ApiFailure)
        return errorResponse(error.status, { code: error.code, message: error.message, fields: error.fields }, error.headers);
      if (isAppError(error))
        return errorResponse(STATUS_OF[error.code], { code: CODE_OF[error.code], message: error.message, fields: error.fields });
      console.error(`[api] ${request.method} ${new URL(request.url).pathname} failed`, error);
      return errorResponse(500, { code: "INTERNAL_ERROR", message: m.internal });
    }
  };
}

function errorResponse(status: ErrorStatus | 500, error: ApiErrorBody["error"], headers: Record<string, string> = {}): Response {
  const body: ApiErrorBody = { error: error.fields ? error : { code: error.code, message: error.message } };
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

async function authenticate(request: Request): Promise<Viewer> {
  const header = request.headers.get("authorization");
  if (!header) throw new ApiFailure(401, "UNAUTHENTICATED", m.missingToken, undefined, { "WWW-Authenticate": 'Bearer realm="duban"' });
  const token = bearerToken(header);
  const row = token ? await authenticateTokenRow(token) : null;
  if (!row)
    throw new ApiFailure(401, "UNAUTHENTICATED", m.invalidToken, undefined, {
      "WWW-Authenticate": 'Bearer realm="duban", error="invalid_token"',
    });
  const rate = await takeApiRequest(row.tokenId);
  if (!rate.allowed)
    throw new ApiFailure(429, "RATE_LIMITED", m.rateLimited(rate.limit, rate.retryAfterSeconds), undefined, {
      "Retry-After": String(rate.retryAfterSeconds),
    });
  return row.viewer;
}

/** The JSON body, refused unless it is declared as JSON, within the size limit, and parses. */
async function readJson(request: Request): Promise<unknown> {
  const mime = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (mime !== "application/json" && !/^application\/[\w.-]+\+json$/.test(mime))
    throw new ApiFailure(415, "UNSUPPORTED_MEDIA_TYPE", m.unsupportedMediaType);
  const tooLarge = () => new ApiFailure(413, "PAYLOAD_TOO_LARGE", m.bodyTooLarge(MAX_BODY_BYTES / 1024));
  if (Number(request.headers.get("content-length")) > MAX_BODY_BYTES) throw tooLarge();
  // Read with a running count: a missing or false Content-Length must not let a huge body in.
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      size += next.value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(next.value);
    }
  }
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks)));
  } catch {
    throw new ApiFailure(400, "INVALID_INPUT", m.invalidJson);
  }
}

const zhCN = z.locales.zhCN().localeError;
/** Chinese messages for the checks whose schema does not name its own message. */
const apiErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === "invalid_type") return m.expected(issue.expected);
  if (issue.code === "unrecognized_keys") return m.unknownField;
  return zhCN(issue);
};

function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const nul = pathOfNulCharacter(raw);
  if (nul)
    throw new ApiFailure(
      400,
      "INVALID_INPUT",
      messages.nulCharacter,
      nul.length ? { [nul.join(".")]: [messages.nulCharacter] } : undefined,
    );
  const result = schema.safeParse(raw, { error: apiErrorMap });
  if (result.success) return result.data;
  // Keys come from the client: "constructor" or "__proto__" must be a field like any other, not
  // Object.prototype's (a plain {} once answered 500 here).
  const fields = new Map<string, string[]>();
  let formError: string | null = null;
  for (const issue of result.error.issues) {
    // An unknown key is reported on the key itself, so the client sees which one to drop.
    const paths = issue.code === "unrecognized_keys" ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    for (const path of paths) {
      if (path.length === 0) {
        formError ??= issue.code === "invalid_type" ? m.notAnObject : issue.message;
        continue;
      }
      // A missing field says so, rather than "应为数字" (coercion turns undefined into NaN first).
      const missing = issue.code === "invalid_type" && issue.message === m.expected(issue.expected) && valueAt(raw, path) === undefined;
      const key = path.map(String).join(".");
      fields.set(key, [...(fields.get(key) ?? []), missing ? m.required : issue.message]);
    }
  }
  throw new ApiFailure(400, "INVALID_INPUT", formError ?? m.invalidInput, fields.size ? Object.fromEntries(fields) : undefined);
}

function valueAt(value: unknown, path: PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
