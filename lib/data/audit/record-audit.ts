// The audit trail: one event per mutation, written inside the mutation's transaction so that
// either both land or neither does.
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

export async function recordAudit(tx: PrismaLike, actor: Viewer | null, events: AuditInput | AuditInput[]): Promise<void> {
  const list = Array.isArray(events) ? events : [events];
  if (list.length === 0) return;
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
