// One account for its admin page, with the unit choices of its edit form.
import "server-only";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { listCountyOptions, listUnitOptions, type UnitOption } from "../units/list-unit-options.ts";
import type { UserListItem } from "./list-users.ts";

export type UserDetail = UserListItem & {
  email: string | null;
  /** The county a coordinator or leader is confined to; null: the whole city. */
  regionId: number | null;
  createdAt: Date;
  /** The optimistic-lock token the edit forms send back. */
  updatedAt: Date;
};

/** The user, or null when no user has this id. */
export async function getUserById(
  viewer: Viewer,
  id: number,
): Promise<{ user: UserDetail; units: UnitOption[]; counties: UnitOption[] } | null> {
  assertCan(viewer, { action: "user:manage" });
  const db = await prisma();
  const [user, units, counties] = await Promise.all([
    db.user.findUnique({
      where: { id },
      select: {
        id: true,
        login: true,
        displayName: true,
        role: true,
        email: true,
        regionId: true,
        active: true,
        createdAt: true,
        updatedAt: true,
        unit: { select: { id: true, name: true } },
      },
    }),
    listUnitOptions(viewer),
    listCountyOptions(viewer),
  ]);
  return user ? { user, units, counties } : null;
}
