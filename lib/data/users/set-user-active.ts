// An administrator deactivates an account (it can no longer sign in, and its open sessions end at
// their next request, since the viewer is read from the database each time) or reactivates it.
import "server-only";
import { z } from "zod";
import type { Viewer } from "../../auth/permissions.ts";
import { AppError } from "../../errors.ts";
import { adminMessages } from "../../messages/admin.ts";
import { changeUser, userIdSchema, userVersionSchema, type ChangeResult } from "./internal/change-user.ts";

export const setUserActiveInputSchema = z.object({
  userId: userIdSchema,
  updatedAt: userVersionSchema,
  active: z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean({ error: adminMessages.invalidValue })),
});
export type SetUserActiveInput = z.infer<typeof setUserActiveInputSchema>;

export async function setUserActive(viewer: Viewer, input: SetUserActiveInput): Promise<ChangeResult> {
  return changeUser(viewer, input.userId, input.updatedAt, async (_tx, user) => {
    if (user.active === input.active) return null;
    if (!input.active && user.id === viewer.id) throw new AppError("CONFLICT", adminMessages.users.cannotDeactivateSelf);
    return { action: input.active ? "user.reactivate" : "user.deactivate", data: { active: input.active }, endSessions: !input.active };
  });
}
