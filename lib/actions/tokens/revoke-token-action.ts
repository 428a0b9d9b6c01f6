"use server";
// Revokes one of the signed-in user's own API tokens.
import { revokeToken, revokeTokenInputSchema } from "../../data/tokens/revoke-token.ts";
import { apiMessages } from "../../messages/api.ts";
import { createFormAction } from "../safe-action.ts";

export const revokeTokenAction = createFormAction(revokeTokenInputSchema, async ({ tokenId }, viewer) => {
  await revokeToken(viewer, tokenId);
  return { data: null, message: apiMessages.tokens.revoked };
});
