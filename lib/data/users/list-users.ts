// The accounts for the admin page, filtered by role, unit and status.
import "server-only";
import { z } from "zod";
import { assertCan, ROLES, type Role, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { adminMessages } from "../../messages/admin.ts";
import { listUnitOptions, type UnitOption } from "../units/list-unit-options.ts";

const blankAsUnset = (v: unknown) => (v === "" ? undefined : v);
const invalid = { error: adminMessages.audit.badValue };

/** The GET filter of /admin/users; blank fields mean "all". */
export const userFilterSchema = z.object({
  role: z.preprocess(blankAsUnset, z.enum(ROLES, invalid).optional()),
  unit: z.preprocess(blankAsUnset, z.coerce.number(invalid).int(invalid).positive(invalid).optional()),
  status: z.preprocess(blankAsUnset, z.enum(["active", "inactive"], invalid).optional()),
});
export type UserFilter = z.infer<typeof userFilterSchema>;

export type UserListItem = {
  id: number;
  login: string;
  displayName: string;
  role: Role;
  unit: UnitOption | null;
  active: boolean;
};

export async function listUsers(viewer: Viewer, filter: UserFilter): Promise<{ users: UserListItem[]; units: UnitOption[] }> {
  assertCan(viewer, { action: "user:manage" });
  const db = await prisma();
  const [users, units] = await Promise.all([
    db.user.findMany({
      where: {
        role: filter.role,
        unitId: filter.unit,
        active: filter.status === undefined ? undefined : filter.status === "active",
      },
      select: { id: true, login: true, displayName: true, role: true, active: true, unit: { select: { id: true, name: true } } },
      orderBy: [{ active: "desc" }, { role: "asc" }, { unitId: "asc" }, { login: "asc" }],
    }),
    listUnitOptions(viewer),
  ]);
  return { users, units };
}
