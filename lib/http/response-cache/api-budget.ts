// An API answer from the response cache spends the token's rate limit like any other
// (lib/data/tokens/api-rate-limit.ts). Requests the cache does not answer are counted by the route
// wrapper instead (lib/api/api-handler.ts), so each request is counted once.
import type { IncomingMessage } from "node:http";
import { bearerToken } from "../../api/bearer-token.ts";
import { takeApiRequest } from "../../data/tokens/api-rate-limit.ts";
import { authenticateTokenRow } from "../../data/tokens/authenticate-token.ts";

/** Whether the cache may answer this API request: true when it is within its token's limit (the request is then counted). */
export async function spendApiBudget(request: IncomingMessage): Promise<boolean> {
  const header = request.headers.authorization;
  const token = bearerToken(Array.isArray(header) ? header.join(",") : header);
  const row = token ? await authenticateTokenRow(token) : null;
  return row !== null && (await takeApiRequest(row.tokenId)).allowed;
}
