// A user row as the permission module sees it: the one mapping every sign-in path (session,
// password, API token) uses, so a role's region scope is read the same way everywhere.
import "server-only";
import type { Viewer } from "../../auth/permissions.ts";
import type { Role } from "../../generated/prisma/client.ts";

export const viewerSelect = { id: true, role: true, unitId: true, displayName: true, regionId: true } as const;

type ViewerRow = { id: number; role: Role; unitId: number | null; displayName: string; regionId: number | null };

export function viewerOf(user: ViewerRow): Viewer {
  // Only a county's own coordinators and leaders are confined to it: administrators act for the
  // whole city, and a reporter's reach is its unit's work, whichever plans it is in.
  const confined = user.role === "COORDINATOR" || user.role === "LEADER";
  return { id: user.id, role: user.role, unitId: user.unitId, name: user.displayName, regionId: confined ? user.regionId : null };
}
