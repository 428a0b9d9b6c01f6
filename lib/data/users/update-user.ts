// An administrator changes a user's name, role and unit (a REPORTER needs a unit, nobody else has one).
import "server-only";
import { z } from "zod";
import type { Viewer } from "../../auth/permissions.ts";
import { changeUser, requireCounty, requireUnit, userIdSchema, userVersionSchema, type ChangeResult } from "./internal/change-user.ts";
import {
  countyScopeRule,
  displayNameSchema,
  emailSchema,
  regionIdSchema,
  reporterUnitRule,
  roleSchema,
  unitIdSchema,
} from "./create-user.ts";

export const updateUserInputSchema = countyScopeRule(
  reporterUnitRule(
    z.object({
      userId: userIdSchema,
      updatedAt: userVersionSchema,
      displayName: displayNameSchema,
      role: roleSchema,
      unitId: unitIdSchema,
      email: emailSchema,
      regionId: regionIdSchema.optional().transform((v) => v ?? null),
    }),
  ),
);
/** `regionId` left out: unchanged. */
export type UpdateUserInput = Omit<z.infer<typeof updateUserInputSchema>, "regionId"> & { regionId?: number | null };

export async function updateUser(viewer: Viewer, input: UpdateUserInput): Promise<ChangeResult> {
  return changeUser(viewer, input.userId, input.updatedAt, async (tx, user) => {
    const { displayName, role, unitId } = input;
    const regionId = input.regionId === undefined ? user.regionId : input.regionId;
    const email = input.email === undefined ? user.email : input.email;
    if (
      displayName === user.displayName &&
      role === user.role &&
      unitId === user.unitId &&
      regionId === user.regionId &&
      email === user.email
    )
      return null;
    await requireUnit(tx, unitId);
    await requireCounty(tx, regionId);
    // Another role, unit or county: sessions signed in under the old authority end (they would act
    // with the new one anyway, since the viewer is read per request, but the user should sign in again).
    const endSessions = role !== user.role || unitId !== user.unitId || regionId !== user.regionId;
    return { action: "user.update", data: { displayName, role, unitId, regionId, email }, endSessions };
  });
}
