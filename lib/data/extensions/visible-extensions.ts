// Which extension requests a viewer may read, as a WHERE: the bureau reads all of them, a unit's
// reporter only its own unit's; everyone else none (requests are private to their unit and the
// bureau; an approved one shows to everyone only as the moved due date). A county's own staff read
// their county's plans' requests only.
import "server-only";
import { can, type Viewer } from "../../auth/permissions.ts";
import { AppError } from "../../errors.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { extensionMessages as m } from "../../messages/extensions.ts";
import { plansInScopeWhere } from "../scope/plans-in-scope.ts";

/** Throws FORBIDDEN for a viewer who may read no request at all. */
export function visibleExtensionsWhere(viewer: Viewer): Prisma.ExtensionRequestWhereInput {
  if (can(viewer, { action: "extension:decide", plan: "any" })) {
    if (viewer.regionId === null) return {};
    const plan = plansInScopeWhere(viewer);
    return { OR: [{ measure: { plan } }, { problem: { plan } }] };
  }
  if (viewer.unitId !== null && can(viewer, { action: "extension:read", unitId: viewer.unitId })) return { unitId: viewer.unitId };
  throw new AppError("FORBIDDEN", m.forbiddenList);
}

/** Whether the viewer may read any request (the pages show a notice instead otherwise). */
export function canListExtensions(viewer: Viewer): boolean {
  return (
    can(viewer, { action: "extension:decide", plan: "any" }) ||
    (viewer.unitId !== null && can(viewer, { action: "extension:read", unitId: viewer.unitId }))
  );
}
