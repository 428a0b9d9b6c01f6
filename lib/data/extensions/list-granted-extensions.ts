// The extensions the bureau granted in a month (approved between two instants), for the monthly
// bulletin: the plan's measures' and ledger entries' alike, in the order they were approved.
import "server-only";
import type { PrismaLike } from "../../db.ts";
import type { GrantedExtension } from "../../domain/bulletin/bulletin-snapshot.ts";
import { fromDbDate, toChinaDate } from "../../domain/dates.ts";

/** Approved at or after `from` and before `to`. Callers check who may read them. */
export async function listGrantedExtensions(db: PrismaLike, planId: number, from: Date, to: Date): Promise<GrantedExtension[]> {
  const measure = { select: { number: true, dueDate: true, task: { select: { number: true, title: true } } } } as const;
  const rows = await db.extensionRequest.findMany({
    where: { state: "APPROVED", decidedAt: { gte: from, lt: to }, OR: [{ measure: { planId } }, { problem: { planId } }] },
    orderBy: [{ decidedAt: "asc" }, { id: "asc" }],
    select: {
      requestedDueOn: true,
      decidedAt: true,
      unit: { select: { name: true } },
      measure,
      problem: { select: { description: true, originalDueOn: true, measure } },
    },
  });
  return rows.map((r) => {
    const m = r.problem ? r.problem.measure : r.measure!;
    return {
      kind: r.problem ? "PROBLEM" : "MEASURE",
      task: m.task.number,
      number: m.number,
      taskTitle: m.task.title,
      problem: r.problem?.description ?? null,
      unit: r.unit.name,
      originalDueOn: fromDbDate(r.problem ? r.problem.originalDueOn : m.dueDate),
      dueOn: fromDbDate(r.requestedDueOn),
      approvedOn: toChinaDate(r.decidedAt!),
    };
  });
}
