// The OpenAPI 3.1 document of API v1, generated from the zod schemas in lib/api/contract.ts that
// the route handlers validate with (z.toJSONSchema, JSON Schema 2020-12 = OpenAPI 3.1's dialect).
import { z } from "zod";
import { apiMessages } from "../messages/api.ts";
import { apiErrorSchema, apiRoutes, type ApiRoute, type ErrorStatus } from "./contract.ts";
import { MAX_BODY_BYTES } from "./api-handler.ts";

const o = apiMessages.openapi;
const ERROR_DESCRIPTIONS: Record<ErrorStatus | 500, string> = {
  400: o.responses.badRequest,
  401: o.responses.unauthorized,
  403: o.responses.forbidden,
  404: o.responses.notFound,
  409: o.responses.conflict,
  413: `${o.responses.payloadTooLarge}（上限 ${MAX_BODY_BYTES / 1024} KB）`,
  415: o.responses.unsupportedMediaType,
  429: o.responses.rateLimited,
  500: o.responses.internal,
};

type JsonObject = Record<string, unknown>;
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: JsonObject) => ({ "application/json": { schema } });
const pascal = (s: string) => s[0].toUpperCase() + s.slice(1);

/** JSON Schema for a component: without the $schema/$id keys, which OpenAPI does not want there. */
function componentSchemas(schemas: Record<string, z.ZodType>): Record<string, JsonObject> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  // io "input": request bodies show their defaults as optional fields; the response schemas have
  // no defaults or transforms, and are left open (no additionalProperties: false) for new fields.
  const out = z.toJSONSchema(registry, { io: "input", uri: (id) => ref(id).$ref, override: dropNoise }).schemas;
  return Object.fromEntries(
    Object.entries(out).map(([id, s]) => {
      const { $schema: _s, $id: _i, ...rest } = s as JsonObject;
      return [id, rest];
    }),
  );
}

/**
 * Noise for a reader: z.number().int() says "within ±2^53−1" (true of every integer a client
 * sends), and z.iso.date() spells its format out as a long regular expression besides `format`.
 */
function dropNoise({ jsonSchema }: { jsonSchema: JsonObject }) {
  if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
  if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
  if (jsonSchema.format === "date" || jsonSchema.format === "date-time") delete jsonSchema.pattern;
}

function pathParameters(route: ApiRoute) {
  if (!(route.params instanceof z.ZodObject)) return [];
  return Object.entries(route.params.shape as Record<string, z.ZodType>).map(([name, schema]) => {
    const { $schema: _s, ...jsonSchema } = z.toJSONSchema(schema, { io: "input" }) as JsonObject;
    return { name, in: "path", required: true, description: o.idParam, schema: jsonSchema };
  });
}

function queryParameters(route: ApiRoute) {
  if (!route.query) return [];
  return Object.entries(route.query.shape as Record<string, z.ZodType>).map(([name, schema]) => {
    const { $schema: _s, ...jsonSchema } = z.toJSONSchema(schema, { io: "input", override: dropNoise }) as JsonObject;
    return { name, in: "query", required: !schema.safeParse(undefined).success, description: schema.description, schema: jsonSchema };
  });
}

function operation(route: ApiRoute) {
  const name = pascal(route.operationId);
  const responses: Record<string, unknown> = {};
  for (const [status, description] of Object.entries(route.success))
    responses[status] = { description, content: json(ref(`${name}Response`)) };
  // Every route takes a token, and every token has a rate limit (lib/data/tokens/api-rate-limit.ts).
  for (const status of [...route.errors, 429 as const, 500 as const])
    responses[status] = { description: ERROR_DESCRIPTIONS[status], content: json(ref("ApiError")) };
  return {
    operationId: route.operationId,
    tags: [o.tags[route.tag]],
    summary: route.summary,
    description: route.description,
    parameters: [...pathParameters(route), ...queryParameters(route)],
    ...(route.body ? { requestBody: { required: true, content: json(ref(`${name}Request`)) } } : {}),
    responses,
  };
}

function build() {
  const routes = Object.values(apiRoutes) as ApiRoute[];
  const schemas: Record<string, z.ZodType> = { ApiError: apiErrorSchema };
  for (const route of routes) {
    const name = pascal(route.operationId);
    schemas[`${name}Response`] = route.response;
    if (route.body) schemas[`${name}Request`] = route.body;
  }
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method] = operation(route);
  paths["/api/v1/openapi.json"] = {
    get: {
      operationId: "getOpenApi",
      summary: o.getOpenApi,
      security: [],
      responses: { 200: { description: o.responses.ok, content: json({ type: "object" }) } },
    },
  };
  return {
    openapi: "3.1.0",
    info: { title: o.title, version: "1.0.0", description: o.description },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    tags: Object.values(o.tags).map((name) => ({ name })),
    security: [{ bearerAuth: [] }],
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "dbn_…", description: o.securityDescription } },
      schemas: componentSchemas(schemas),
    },
  };
}

let cached: ReturnType<typeof build> | null = null;
/** The document (built once per process: it depends only on code). */
export function openApiDocument() {
  cached ??= build();
  return cached;
}
