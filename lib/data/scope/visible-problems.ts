// The ledger entries and resolutions a viewer may read, as query filters: the same rules as
// can("problem:read") and can("resolution:read") in lib/auth/permissions.ts, put into the WHERE so
// unreadable rows are never fetched. A unit's drafts are its own; published entries are read by
// everyone signed in; a resolution (text and evidence) by the unit and the bureau until verified.
// A county's own staff read only their county's plans' entries.
import "server-only";
import type { Prisma } from "../../generated/prisma/client.ts";
import { isBureau, reporterUnitId, type Viewer } from "../../auth/permissions.ts";
import { plansInScopeWhere } from "./plans-in-scope.ts";

export function visibleProblemsWhere(viewer: Viewer | null): Prisma.ProblemWhereInput {
  if (!viewer) return { id: -1 };
  const unitId = reporterUnitId(viewer);
  const readable: Prisma.ProblemWhereInput =
    unitId === null ? { publishedAt: { not: null } } : { OR: [{ publishedAt: { not: null } }, { unitId }] };
  return viewer.regionId === null ? readable : { AND: [readable, { plan: plansInScopeWhere(viewer) }] };
}

export function visibleResolutionsWhere(viewer: Viewer | null): Prisma.ProblemResolutionWhereInput {
  if (!viewer) return { id: -1 };
  const problem = { is: visibleProblemsWhere(viewer) };
  if (isBureau(viewer)) return { problem };
  const unitId = reporterUnitId(viewer);
  const readable: Prisma.ProblemResolutionWhereInput[] = [{ accepted: true }];
  if (unitId !== null) readable.push({ problem: { is: { unitId } } });
  return { AND: [{ problem }, { OR: readable }] };
}
