"use server";

import { z } from "zod";
import { liftEscalation, setEscalation, setEscalationSchema } from "../../data/status/escalations.ts";
import { statusMessages } from "../../messages/status.ts";
import { createFormAction } from "../safe-action.ts";
import { recordIdSchema } from "../../record-id.ts";

export const setEscalationAction = createFormAction(setEscalationSchema, async (input, viewer) => {
  await setEscalation(viewer, input);
  return { data: null, message: statusMessages.escalation.saved };
});

export const liftEscalationAction = createFormAction(z.object({ measureId: recordIdSchema() }), async ({ measureId }, viewer) => {
  await liftEscalation(viewer, measureId);
  return { data: null, message: statusMessages.escalation.lifted };
});
