// An administrator changes a user's name, role and unit (a REPORTER needs a unit, nobody else has one).
import { z } from "zod";
import type { Viewer } from "../../auth/permissions.ts";
import { changeUser, requireUnit, userIdSchema, userVersionSchema, type ChangeResult } from "./change-user.ts";
import { displayNameSchema, emailSchema, reporterUnitRule, roleSchema, unitIdSchema } from "./create-user.ts";

export const updateUserInputSchema = reporterUnitRule(
  z.object({ userId: userIdSchema, updatedAt: userVersionSchema, displayName: displayNameSchema, role: roleSchema, unitId: unitIdSchema, email: emailSchema }),
);
export type UpdateUserInput = z.infer<typeof updateUserInputSchema>;

export async function updateUser(viewer: Viewer, input: UpdateUserInput): Promise<ChangeResult> {
  return changeUser(viewer, input.userId, input.updatedAt, async (tx, user) => {
    const { displayName, role, unitId } = input;
    const email = input.email === undefined ? user.email : input.email;
    if (displayName === user.displayName && role === user.role && unitId === user.unitId && email === user.email) return null;
    await requireUnit(tx, unitId);
    // Another role or unit: sessions signed in under the old authority end (they would act with
    // the new one anyway, since the viewer is read per request, but the user should sign in again).
    const endSessions = role !== user.role || unitId !== user.unitId;
    return { action: "user.update", data: { displayName, role, unitId, email }, endSessions };
  });
}
