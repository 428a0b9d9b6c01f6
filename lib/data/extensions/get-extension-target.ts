// The item a unit asks to extend, loaded for that unit only: a measure it owns (leads or co-owns),
// or a published, not yet resolved ledger entry of its own. Ids come from the URL or the form and
// are never trusted: anything else is "not found". With the due date in force now and the unit's
// pending request on it, if any.
import "server-only";
import { assertCan, type PlanRef, type Viewer } from "../../auth/permissions.ts";
import { measurePlanRef } from "../plans/measure-plan.ts";
import { prisma, type PrismaLike } from "../../db.ts";
import { fromDbDate, type IsoDate } from "../../domain/dates.ts";
import { effectiveDueDate } from "../../domain/extensions/extension-rules.ts";
import { AppError } from "../../errors.ts";
import { extensionMessages as m } from "../../messages/extensions.ts";
import type { ExtensionItemRef } from "./extension-input.ts";

export type ExtensionTarget = {
  kind: "MEASURE" | "PROBLEM";
  /** The item's plan (region, frozen): no new requests in a frozen plan. */
  plan: Exclude<PlanRef, "any">;
  /** The measure, or the ledger entry's measure (audit events and the measure's page name it). */
  measure: { id: number; number: number; task: { number: number; title: string } };
  problem: { id: number; description: string; resolved: boolean } | null;
  unitId: number;
  /** The units that own the item: a measure's lead and co-owning units, a ledger entry's unit. */
  ownerUnitIds: number[];
  originalDueOn: IsoDate;
  /** The due date in force: the latest approved extension's, else the original one. */
  currentDueOn: IsoDate;
  pending: { id: number; requestedDueOn: IsoDate } | null;
};

/** The requesting unit of a viewer: only a unit's reporter asks for extensions. */
export function requestingUnit(viewer: Viewer): number {
  if (viewer.role !== "REPORTER" || viewer.unitId === null) throw new AppError("FORBIDDEN", m.forbiddenRequest);
  return viewer.unitId;
}

/** Null when the viewer's unit has no such item. */
export async function getExtensionTarget(viewer: Viewer, ref: ExtensionItemRef): Promise<ExtensionTarget | null> {
  const unitId = requestingUnit(viewer);
  const target = await loadExtensionTarget(await prisma(), unitId, ref);
  if (target) assertCan(viewer, { action: "extension:request", unitId, measureUnitIds: target.ownerUnitIds, plan: target.plan });
  return target;
}

/** The same inside a transaction, for the unit `unitId`. */
export async function loadExtensionTarget(db: PrismaLike, unitId: number, ref: ExtensionItemRef): Promise<ExtensionTarget | null> {
  const measureSelect = { id: true, number: true, task: { select: { number: true, title: true } } } as const;
  if (ref.problemId !== undefined) {
    const problem = await db.problem.findFirst({
      where: { id: ref.problemId, unitId, publishedAt: { not: null } },
      select: { id: true, description: true, state: true, dueOn: true, originalDueOn: true, measure: { select: measureSelect } },
    });
    if (!problem) return null;
    const pending = await db.extensionRequest.findFirst({
      where: { problemId: problem.id, unitId, state: "PENDING" },
      select: { id: true, requestedDueOn: true },
    });
    return {
      kind: "PROBLEM",
      plan: (await measurePlanRef(db, problem.measure.id))!,
      measure: problem.measure,
      problem: { id: problem.id, description: problem.description, resolved: problem.state === "RESOLVED" },
      unitId,
      ownerUnitIds: [unitId],
      originalDueOn: fromDbDate(problem.originalDueOn),
      currentDueOn: fromDbDate(problem.dueOn),
      pending: pending ? { id: pending.id, requestedDueOn: fromDbDate(pending.requestedDueOn) } : null,
    };
  }
  // One relation per query: inside a transaction the client must not be sent queries in parallel.
  const measure = await db.measure.findFirst({
    where: { id: ref.measureId, units: { some: { unitId } } },
    select: { ...measureSelect, dueDate: true },
  });
  if (!measure) return null;
  const owners = await db.measureUnit.findMany({ where: { measureId: measure.id }, select: { unitId: true } });
  const extensions = await db.extensionRequest.findMany({
    where: { measureId: measure.id, state: { in: ["APPROVED", "PENDING"] } },
    select: { id: true, state: true, unitId: true, requestedDueOn: true, decidedAt: true },
  });
  const approved = extensions.filter((e) => e.state === "APPROVED" && e.decidedAt !== null);
  const pending = extensions.find((e) => e.state === "PENDING" && e.unitId === unitId);
  const originalDueOn = fromDbDate(measure.dueDate);
  return {
    kind: "MEASURE",
    plan: (await measurePlanRef(db, measure.id))!,
    measure: { id: measure.id, number: measure.number, task: measure.task },
    problem: null,
    unitId,
    ownerUnitIds: owners.map((u) => u.unitId),
    originalDueOn,
    currentDueOn: measureDueOnNow(originalDueOn, approved),
    pending: pending ? { id: pending.id, requestedDueOn: fromDbDate(pending.requestedDueOn) } : null,
  };
}

/** A measure's due date in force now, from its approved extensions. */
export function measureDueOnNow(originalDueOn: IsoDate, approved: { requestedDueOn: Date; decidedAt: Date | null }[]): IsoDate {
  return effectiveDueDate(
    originalDueOn,
    approved.map((e) => ({ requestedDueOn: fromDbDate(e.requestedDueOn), decidedAt: e.decidedAt!.getTime() })),
    Number.POSITIVE_INFINITY,
  );
}
