// The plans a viewer may read, as a query filter: the same rule as can("plan:read") in
// lib/auth/permissions.ts (a county's own staff: their county's plans; everyone else: all), put
// into the WHERE of every read by id, so another county's rows are never fetched.
import "server-only";
import type { Viewer } from "../../auth/permissions.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

export function plansInScopeWhere(viewer: Viewer | null): Prisma.PlanWhereInput {
  if (!viewer) return { id: -1 };
  return viewer.regionId === null ? {} : { regionId: viewer.regionId };
}
