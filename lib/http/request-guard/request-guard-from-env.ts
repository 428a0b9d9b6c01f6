// The request guard as scripts/serve.mjs runs it (loaded with tsx before the server listens):
// TRUSTED_PROXIES from the validated environment (lib/env.ts).
import { readEnv } from "../../env.ts";
import { createRequestGuard, type RequestGuard } from "./guard-request.ts";
import { parseTrustedProxies } from "./trusted-proxies.ts";

export function createRequestGuardFromEnv(): RequestGuard {
  const trusted = parseTrustedProxies(readEnv().TRUSTED_PROXIES);
  console.log(
    trusted.size
      ? `[serve] trusted proxies: ${process.env.TRUSTED_PROXIES}`
      : "[serve] no trusted proxies: client addresses from the connection",
  );
  return createRequestGuard(trusted);
}
