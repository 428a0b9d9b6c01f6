// The audit trail: one event per mutation, written inside the mutation's transaction so that
// either both land or neither does.
import "server-only";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { PrismaLike } from "../../db.ts";
import type { Viewer } from "../../auth/permissions.ts";

export type AuditInput = {
  action: string;
  entityType: string;
  entityId: string | number;
  measureId?: number | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

/** What mutate (lib/data/mutate.ts) needs to know of a transaction's audit events. */
type AuditTrail = { events: number; measureIds: Set<number> };
const trails = new WeakMap<object, AuditTrail>();

/** Starts counting the audit events recorded with `tx` (mutate, as its transaction opens). */
export function followAuditTrail(tx: PrismaLike): AuditTrail {
  const trail = { events: 0, measureIds: new Set<number>() };
  trails.set(tx, trail);
  return trail;
}

/** The audit events recorded with `tx` so far: how many, and the measures they name. */
export function auditTrailOf(tx: PrismaLike): AuditTrail {
  return trails.get(tx) ?? { events: 0, measureIds: new Set() };
}

export async function recordAudit(tx: PrismaLike, actor: Viewer | null, events: AuditInput | AuditInput[]): Promise<void> {
  const list = Array.isArray(events) ? events : [events];
  if (list.length === 0) return;
  const trail = trails.get(tx);
  if (trail) {
    trail.events += list.length;
    for (const e of list) if (e.measureId != null) trail.measureIds.add(e.measureId);
  }
  await tx.auditEvent.createMany({
    data: list.map((e) => ({
      actorId: actor?.id ?? null,
      actorName: actor?.name ?? "系统",
      action: e.action,
      entityType: e.entityType,
      entityId: String(e.entityId),
      measureId: e.measureId ?? null,
      before: e.before ?? undefined,
      after: e.after ?? undefined,
    })),
  });
}
