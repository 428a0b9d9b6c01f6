// What the audit trail keeps of a ledger entry before and after a change (read back by
// lib/domain/problems/problem-history.ts). Texts are kept: a published entry is read by everyone,
// and a draft's history only by its unit.
import "server-only";
import type { Prisma } from "../../../generated/prisma/client.ts";
import { fromDbDate } from "../../../domain/dates.ts";

export const problemRowSelect = {
  id: true,
  planId: true,
  measureId: true,
  unitId: true,
  responsiblePerson: true,
  description: true,
  remedy: true,
  dueOn: true,
  originalDueOn: true,
  source: true,
  state: true,
  publishedAt: true,
  version: true,
} satisfies Prisma.ProblemSelect;

export type ProblemRow = Prisma.ProblemGetPayload<{ select: typeof problemRowSelect }>;

export function problemSnapshot(p: ProblemRow) {
  return {
    state: p.state,
    published: p.publishedAt !== null,
    source: p.source,
    measureId: p.measureId,
    unitId: p.unitId,
    description: p.description,
    responsiblePerson: p.responsiblePerson,
    dueOn: fromDbDate(p.dueOn),
    remedy: p.remedy,
    version: p.version,
  };
}

/** The entry as the permission checks see it. */
export const problemRef = (p: { unitId: number; publishedAt: Date | null }) => ({ unitId: p.unitId, published: p.publishedAt !== null });
