"use server";
// 计划管理: confirm an import after its preview, freeze or reopen a plan.

import { redirect } from "next/navigation";
import { confirmImport, confirmImportSchema } from "../../data/plans/confirm-import.ts";
import { setPlanFrozen, setPlanFrozenSchema } from "../../data/plans/set-plan-frozen.ts";
import { planMessages } from "../../messages/plans.ts";
import { createFormAction } from "../safe-action.ts";

export const confirmImportAction = createFormAction(confirmImportSchema, async (input, viewer) => {
  const done = await confirmImport(viewer, input);
  // To the plan itself: its overview shows what was imported.
  redirect(`/plans?imported=${done.planId}`);
});

export const setPlanFrozenAction = createFormAction(setPlanFrozenSchema, async (input, viewer) => {
  const { title, frozen } = await setPlanFrozen(viewer, input);
  return { data: null, message: frozen ? planMessages.manage.frozen(title) : planMessages.manage.unfrozen(title) };
});
