"use server";
// Admin page: deactivate or reactivate an account.
import { setUserActive, setUserActiveInputSchema } from "../../data/users/set-user-active.ts";
import { adminMessages } from "../../messages/admin.ts";
import { createFormAction } from "../safe-action.ts";

export const setUserActiveAction = createFormAction(setUserActiveInputSchema, async (input, viewer) => {
  const { changed } = await setUserActive(viewer, input);
  const m = adminMessages.users;
  return { data: null, message: !changed ? m.unchanged : input.active ? m.reactivated : m.deactivated };
});
