"use server";

import { bulletinDraftSchema, saveBulletinDraft } from "../../data/bulletins/bulletin-draft.ts";
import { bulletinMessages } from "../../messages/bulletins.ts";
import { createFormAction } from "../safe-action.ts";

export const saveBulletinDraftAction = createFormAction(bulletinDraftSchema, async (input, viewer) => {
  const saved = await saveBulletinDraft(viewer, input);
  return { data: saved, message: bulletinMessages.draft.saved };
});
