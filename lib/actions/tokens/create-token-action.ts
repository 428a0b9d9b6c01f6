"use server";
// Creates a personal API token for the signed-in user; the token comes back in the result once.
import { createToken, tokenInputSchema } from "../../data/tokens/create-token.ts";
import { apiMessages } from "../../messages/api.ts";
import { createFormAction } from "../safe-action.ts";

export const createTokenAction = createFormAction(tokenInputSchema, async (input, viewer) => {
  const created = await createToken(viewer, input);
  return { data: created, message: apiMessages.tokens.created };
});
