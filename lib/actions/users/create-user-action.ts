"use server";
// Admin page: create an account, then open its page.
import { redirect } from "next/navigation";
import { userInputSchema } from "../../data/users/create-user.ts";
import { registerUser } from "../../data/users/register-user.ts";
import { createFormAction } from "../safe-action.ts";

export const createUserAction = createFormAction(userInputSchema, async (input, viewer) => {
  const { id } = await registerUser(viewer, input);
  redirect(`/admin/users/${id}?created=1`);
});
