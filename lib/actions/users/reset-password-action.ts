"use server";
// Admin page: set a new password for a user.
import { resetPassword, resetPasswordInputSchema } from "../../data/users/reset-password.ts";
import { adminMessages } from "../../messages/admin.ts";
import { createFormAction } from "../safe-action.ts";

export const resetPasswordAction = createFormAction(resetPasswordInputSchema, async (input, viewer) => {
  await resetPassword(viewer, input);
  return { data: null, message: adminMessages.users.passwordReset };
});
