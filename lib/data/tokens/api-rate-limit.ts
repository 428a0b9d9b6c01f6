// API rate limit per token, shared by every server instance through PostgreSQL (as the sign-in
// throttle is): a fixed window of one minute on the database's clock, one row per token, counted
// by one atomic upsert. API_RATE_LIMIT requests per minute per token (default 600; 0 = no limit).
import "server-only";
import { prisma } from "../../db.ts";
import { readEnv } from "../../env.ts";

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number; limit: number };

/** Counts one request of `tokenId` and says whether it is within the limit. */
export async function takeApiRequest(tokenId: number, limit = readEnv().API_RATE_LIMIT): Promise<RateDecision> {
  if (limit === 0) return { allowed: true };
  const db = await prisma();
  const [row] = await db.$queryRaw<{ count: number; retryAfter: number }[]>`
    INSERT INTO "ApiRateWindow" ("tokenId", "windowStart", "count")
    VALUES (${tokenId}, date_trunc('minute', now()), 1)
    ON CONFLICT ("tokenId") DO UPDATE SET
      "count" = CASE WHEN "ApiRateWindow"."windowStart" = EXCLUDED."windowStart" THEN "ApiRateWindow"."count" + 1 ELSE 1 END,
      "windowStart" = EXCLUDED."windowStart"
    RETURNING "count", CEIL(EXTRACT(EPOCH FROM ("windowStart" + interval '1 minute' - now())))::int AS "retryAfter"`;
  if (row.count <= limit) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, row.retryAfter), limit };
}
