"use server";

import { issueBulletin, issueBulletinSchema } from "../../data/bulletins/issue-bulletin.ts";
import { bulletinMessages } from "../../messages/bulletins.ts";
import { createFormAction } from "../safe-action.ts";

export const issueBulletinAction = createFormAction(issueBulletinSchema, async ({ periodId, includeQuality }, viewer) => {
  const bulletin = await issueBulletin(viewer, periodId, { includeQuality });
  return { data: bulletin, message: bulletinMessages.issued };
});
