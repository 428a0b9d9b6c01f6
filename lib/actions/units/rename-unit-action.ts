"use server";
// Admin page: rename a responsible unit.
import { renameUnit, renameUnitInputSchema } from "../../data/units/rename-unit.ts";
import { adminMessages } from "../../messages/admin.ts";
import { createFormAction } from "../safe-action.ts";

export const renameUnitAction = createFormAction(renameUnitInputSchema, async (input, viewer) => {
  const { changed } = await renameUnit(viewer, input);
  return { data: null, message: changed ? adminMessages.units.renamed(input.name) : adminMessages.units.unchanged };
});
