"use server";

import { liftOverrideSchema, liftStatusOverride, setOverrideSchema, setStatusOverride } from "../../data/status/status-override.ts";
import { statusMessages } from "../../messages/status.ts";
import { createFormAction } from "../safe-action.ts";

export const setStatusOverrideAction = createFormAction(setOverrideSchema, async (input, viewer) => {
  await setStatusOverride(viewer, input);
  return { data: null, message: statusMessages.override.saved };
});

export const liftStatusOverrideAction = createFormAction(liftOverrideSchema, async ({ measureId }, viewer) => {
  await liftStatusOverride(viewer, measureId);
  return { data: null, message: statusMessages.override.lifted };
});
