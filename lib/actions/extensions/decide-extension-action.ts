"use server";
// A coordinator approves or rejects an extension request (one row's form on /extensions).
import { decideExtension } from "../../data/extensions/decide-extension.ts";
import { extensionDecisionSchema } from "../../data/extensions/extension-input.ts";
import { extensionMessages as m } from "../../messages/extensions.ts";
import { createAction } from "../safe-action.ts";

export const decideExtensionAction = createAction(extensionDecisionSchema, async (input, viewer) => {
  const { state } = await decideExtension(viewer, input);
  // An approval moves a due date, and with it expected progress and colours on every page.
  return { data: { state }, message: state === "APPROVED" ? m.approved : m.rejected };
});
