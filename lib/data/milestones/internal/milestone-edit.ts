// What the coordinators' milestone writes share: the permission, the measure locked for the
// transaction (so two writes to one measure's milestones never interleave, and the positions stay
// a clean 1…n), the bounds of a due date, the measure marked as the coordinator's (re-imports leave
// its milestones alone from then on), and what the audit trail keeps of a milestone.
import { assertCan, type Viewer } from "../../../auth/permissions.ts";
import { now } from "../../../clock.ts";
import type { PrismaTx } from "../../../db.ts";
import { fromDbDate, type IsoDate } from "../../../domain/dates.ts";
import { AppError } from "../../../errors.ts";
import { formatDate } from "../../../format.ts";
import { milestoneMessages as m } from "../../../messages/milestones.ts";
import type { AuditInput } from "../../audit/record-audit.ts";
import { mutate } from "../../mutate.ts";

export type LockedMeasure = { id: number; dueDate: IsoDate; year: number };

export async function lockMeasureForMilestones(tx: PrismaTx, viewer: Viewer, measureId: number): Promise<LockedMeasure> {
  assertCan(viewer, { action: "milestone:manage", plan: "any" });
  const [row] = await tx.$queryRaw<(LockedMeasure & { regionId: number; frozen: boolean })[]>`
    SELECT m.id, p.year, p."regionId", p."frozenAt" IS NOT NULL AS frozen,
      -- The due date in force: an approved extension (延期) moves it later, never earlier.
      to_char(greatest(m."dueDate", (SELECT max(e."requestedDueOn") FROM "ExtensionRequest" e WHERE e."measureId" = m.id AND e.state = 'APPROVED')), 'YYYY-MM-DD') AS "dueDate"
    FROM "Measure" m JOIN "Plan" p ON p.id = m."planId"
    WHERE m.id = ${measureId}
    FOR UPDATE OF m`;
  if (!row) throw new AppError("NOT_FOUND", m.measureNotFound);
  // The measure's plan decides: a county's staff manage only their county's, and a frozen plan's stay.
  assertCan(viewer, { action: "milestone:manage", plan: { regionId: row.regionId, frozen: row.frozen } });
  return { id: row.id, dueDate: row.dueDate, year: row.year };
}

/** A milestone is due within its measure: in the plan's year or later, and by the measure's due date. */
export function checkDueOn(measure: LockedMeasure, dueOn: IsoDate): void {
  if (dueOn > measure.dueDate) throw new AppError("INVALID_INPUT", m.dueAfterMeasure(formatDate(measure.dueDate)));
  if (Number(dueOn.slice(0, 4)) < measure.year) throw new AppError("INVALID_INPUT", m.dueBeforeYear(measure.year));
}

/**
 * One coordinator's change to an existing milestone, in one transaction: the permission first, then
 * the milestone read and its measure locked; the measure is marked as the coordinator's afterwards.
 */
export async function editMilestone<T>(
  viewer: Viewer,
  milestoneId: number,
  write: (tx: PrismaTx, current: MilestoneRow, measure: LockedMeasure) => Promise<T>,
): Promise<T> {
  return mutate(viewer, { permission: { action: "milestone:manage", plan: "any" } }, async (tx) => {
    const current = await tx.milestone.findUnique({ where: { id: milestoneId }, select: milestoneAuditSelect });
    if (!current) throw new AppError("NOT_FOUND", m.notFound);
    const measure = await lockMeasureForMilestones(tx, viewer, current.measureId);
    const result = await write(tx, current, measure);
    await markCoordinated(tx, measure.id);
    return result;
  });
}

export async function markCoordinated(tx: PrismaTx, measureId: number): Promise<void> {
  await tx.measure.updateMany({ where: { id: measureId, milestonesEditedAt: null }, data: { milestonesEditedAt: now() } });
}

/** The measure's milestones in timeline order, for moving and placing. */
export async function siblings(tx: PrismaTx, measureId: number) {
  const rows = await tx.milestone.findMany({
    where: { measureId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, position: true, dueOn: true },
  });
  return rows.map((r) => ({ ...r, dueOn: fromDbDate(r.dueOn) }));
}

/** Gives `ids` (in this order) the positions 1…n, writing only those that change. */
export async function renumber(tx: PrismaTx, current: { id: number; position: number }[], ids: number[]): Promise<void> {
  const positionOf = new Map(current.map((r) => [r.id, r.position]));
  for (const [i, id] of ids.entries()) {
    if (positionOf.get(id) !== i + 1) await tx.milestone.update({ where: { id }, data: { position: i + 1 } });
  }
}

type MilestoneRow = {
  id: number;
  measureId: number;
  position: number;
  title: string;
  dueOn: Date;
  plannedPercent: number | null;
  version: number;
};

export const milestoneAuditSelect = {
  id: true,
  measureId: true,
  position: true,
  title: true,
  dueOn: true,
  plannedPercent: true,
  version: true,
} as const;

export function milestoneSnapshot(r: MilestoneRow) {
  return { position: r.position, title: r.title, dueOn: fromDbDate(r.dueOn), plannedPercent: r.plannedPercent, version: r.version };
}

export function milestoneAudit(action: string, r: MilestoneRow, before: MilestoneRow | null, after: MilestoneRow | null): AuditInput {
  return {
    action,
    entityType: "Milestone",
    entityId: r.id,
    measureId: r.measureId,
    before: before ? milestoneSnapshot(before) : null,
    after: after ? milestoneSnapshot(after) : null,
  };
}
