// The /extensions page: for the bureau, every pending request (oldest first: first come, first
// decided) and then the latest decided ones; for a unit, its own requests, newest first.
import "server-only";
import { can, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { extensionRowSelect, toExtensionRows, type ExtensionRow } from "./extension-row.ts";
import { visibleExtensionsWhere } from "./visible-extensions.ts";

/** Pending requests are all shown (a queue is short); decided ones up to this many. */
export const DECIDED_LIMIT = 100;
const PENDING_LIMIT = 500;

/** `spansPlans`: the rows come from more than one plan, so each names its plan. */
export type ExtensionList = {
  canDecide: boolean;
  pending: ExtensionRow[];
  decided: ExtensionRow[];
  decidedTotal: number;
  spansPlans: boolean;
};

export async function listExtensionRequests(viewer: Viewer): Promise<ExtensionList> {
  const scope = visibleExtensionsWhere(viewer);
  const db = await prisma();
  const [pending, decided, decidedTotal] = await Promise.all([
    db.extensionRequest.findMany({
      where: { ...scope, state: "PENDING" },
      orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
      take: PENDING_LIMIT,
      select: extensionRowSelect,
    }),
    db.extensionRequest.findMany({
      where: { ...scope, state: { not: "PENDING" } },
      orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
      take: DECIDED_LIMIT,
      select: extensionRowSelect,
    }),
    db.extensionRequest.count({ where: { ...scope, state: { not: "PENDING" } } }),
  ]);
  const rows = await toExtensionRows(db, [...pending, ...decided]);
  return {
    canDecide: can(viewer, { action: "extension:decide", plan: "any" }),
    pending: rows.slice(0, pending.length),
    decided: rows.slice(pending.length),
    decidedTotal,
    spansPlans: new Set(rows.map((r) => r.plan.id)).size > 1,
  };
}
