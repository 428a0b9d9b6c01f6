// The reports a viewer may read, as a query filter: the same rule as can("report:read") in
// lib/auth/permissions.ts, put into the WHERE so unreadable rows are never fetched. A county's own
// staff read only their county's plans' reports (can("plan:read")).
import "server-only";
import type { Prisma } from "../../generated/prisma/client.ts";
import { reporterUnitId, type Viewer } from "../../auth/permissions.ts";
import { plansInScopeWhere } from "./plans-in-scope.ts";

export function visibleReportsWhere(viewer: Viewer | null): Prisma.ProgressReportWhereInput {
  if (!viewer) return { id: -1 };
  const readable = readableReportsWhere(viewer);
  return viewer.regionId === null ? readable : { AND: [readable, { measure: { plan: plansInScopeWhere(viewer) } }] };
}

function readableReportsWhere(viewer: Viewer): Prisma.ProgressReportWhereInput {
  if (viewer.role === "ADMIN") return {};
  if (viewer.role === "COORDINATOR") return { state: { not: "DRAFT" } };
  const unitId = reporterUnitId(viewer);
  if (unitId !== null) return { OR: [{ unitId }, { state: "APPROVED" }] };
  return { state: "APPROVED" };
}
