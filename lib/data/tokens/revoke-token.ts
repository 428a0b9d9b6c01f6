// A user revokes one of their own API tokens. Ownership is part of the WHERE: someone else's
// token id looks exactly like one that does not exist. Audited in the same transaction.
import "server-only";
import { z } from "zod";
import { type Viewer } from "../../auth/permissions.ts";
import { AppError } from "../../errors.ts";
import { apiMessages } from "../../messages/api.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { mutate } from "../mutate.ts";
import { recordIdSchema } from "../../record-id.ts";

export const revokeTokenInputSchema = z.object({ tokenId: recordIdSchema() });

export async function revokeToken(viewer: Viewer, tokenId: number): Promise<void> {
  await mutate(viewer, { permission: { action: "token:manage" }, touches: { pages: ["/account/tokens"] } }, async (tx) => {
    const token = await tx.apiToken.findFirst({
      where: { id: tokenId, userId: viewer.id, revokedAt: null },
      select: { id: true, name: true, prefix: true },
    });
    if (!token) throw new AppError("NOT_FOUND", apiMessages.tokens.notFound);
    const revokedAt = new Date();
    // revokedAt: null again in the update, so two concurrent revokes record one event, not two.
    const updated = await tx.apiToken.updateMany({ where: { id: token.id, userId: viewer.id, revokedAt: null }, data: { revokedAt } });
    if (updated.count !== 1) throw new AppError("NOT_FOUND", apiMessages.tokens.notFound);
    await recordAudit(tx, viewer, {
      action: "token.revoke",
      entityType: "ApiToken",
      entityId: token.id,
      before: { name: token.name, prefix: token.prefix, revokedAt: null },
      after: { name: token.name, prefix: token.prefix, revokedAt: revokedAt.toISOString() },
    });
  });
}
