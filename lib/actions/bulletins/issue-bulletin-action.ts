"use server";

import { confirmIssueBulletinSchema, issueBulletin } from "../../data/bulletins/issue-bulletin.ts";
import { bulletinMessages } from "../../messages/bulletins.ts";
import { createFormAction } from "../safe-action.ts";

export const issueBulletinAction = createFormAction(confirmIssueBulletinSchema, async ({ periodId, includeQuality }, viewer) => {
  const bulletin = await issueBulletin(viewer, periodId, { includeQuality });
  return { data: bulletin, message: bulletinMessages.issued };
});
