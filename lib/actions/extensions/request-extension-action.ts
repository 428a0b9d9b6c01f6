"use server";
// The unit's 申请延期 form: the request is created, then the unit's list shows it.
import { redirect } from "next/navigation";
import { extensionRequestSchema } from "../../data/extensions/extension-input.ts";
import { requestExtension } from "../../data/extensions/request-extension.ts";
import { createFormAction } from "../safe-action.ts";

export const requestExtensionAction = createFormAction(extensionRequestSchema, async (input, viewer) => {
  const { id } = await requestExtension(viewer, input);
  redirect(`/extensions?requested=${id}`);
});
