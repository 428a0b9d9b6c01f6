// A user creates a personal API token. The token itself is returned once and never stored; the
// audit event records its name and display prefix, never the token or its hash.
import "server-only";
import { z } from "zod";
import { type Viewer } from "../../auth/permissions.ts";
import { AppError } from "../../errors.ts";
import { apiMessages } from "../../messages/api.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { mutate } from "../mutate.ts";
import { newToken } from "./internal/token-format.ts";

const m = apiMessages.tokens;
export const TOKEN_NAME_MAX = 60;
/** Active (unrevoked) tokens one user may hold: enough for every integration, few enough to review. */
export const MAX_ACTIVE_TOKENS = 20;

export const tokenInputSchema = z.object({
  name: z
    .string({ error: m.nameRequired })
    .trim()
    .min(1, { error: m.nameRequired })
    .max(TOKEN_NAME_MAX, { error: m.nameTooLong(TOKEN_NAME_MAX) }),
});
export type TokenInput = z.infer<typeof tokenInputSchema>;

export type CreatedToken = { id: number; name: string; prefix: string; token: string };

export async function createToken(viewer: Viewer, input: TokenInput): Promise<CreatedToken> {
  const { token, hash, prefix } = newToken();
  return mutate(viewer, { permission: { action: "token:manage" }, touches: { pages: ["/account/tokens"] } }, async (tx) => {
    const active = await tx.apiToken.count({ where: { userId: viewer.id, revokedAt: null } });
    if (active >= MAX_ACTIVE_TOKENS) throw new AppError("CONFLICT", m.tooMany(MAX_ACTIVE_TOKENS));
    const row = await tx.apiToken.create({ data: { userId: viewer.id, name: input.name, tokenHash: hash, prefix }, select: { id: true } });
    await recordAudit(tx, viewer, {
      action: "token.create",
      entityType: "ApiToken",
      entityId: row.id,
      after: { name: input.name, prefix, userId: viewer.id },
    });
    return { id: row.id, name: input.name, prefix, token };
  });
}
