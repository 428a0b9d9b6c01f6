"use server";
// Admin page: change a user's name, role and unit.
import { updateUser, updateUserInputSchema } from "../../data/users/update-user.ts";
import { adminMessages } from "../../messages/admin.ts";
import { createFormAction } from "../safe-action.ts";

export const updateUserAction = createFormAction(updateUserInputSchema, async (input, viewer) => {
  const { changed } = await updateUser(viewer, input);
  return { data: null, message: changed ? adminMessages.users.updated : adminMessages.users.unchanged };
});
