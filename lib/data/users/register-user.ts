// An administrator creates an account from the admin page (createUser does the writing and the
// audit event; this adds the permission and the unit check, in one transaction).
import "server-only";
import { mutate } from "../mutate.ts";
import { type Viewer } from "../../auth/permissions.ts";
import { requireCounty, requireUnit } from "./internal/change-user.ts";
import { createUser, type UserInput } from "./create-user.ts";

export async function registerUser(viewer: Viewer, input: UserInput): Promise<{ id: number }> {
  return mutate(viewer, { permission: { action: "user:manage" }, touches: { pages: ["/admin/users"] }, timeout: 30_000 }, async (tx) => {
    await requireUnit(tx, input.unitId);
    await requireCounty(tx, input.regionId ?? null);
    return createUser(tx, viewer, input);
  });
}
