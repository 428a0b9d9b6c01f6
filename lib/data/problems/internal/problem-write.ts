// The steps every ledger write shares: load the entry the viewer may see (never by a bare id),
// check the version the writer read and the state, write with the version in the WHERE (two
// writers can never both win), and record the audit event with the measure in the same
// transaction (the status cache keys on the newest audit event).
import { assertCan, type Permission, type Viewer } from "../../../auth/permissions.ts";
import { today } from "../../../clock.ts";
import type { PrismaTx } from "../../../db.ts";
import type { IsoDate } from "../../../domain/dates.ts";
import { canStep, type ProblemStep } from "../../../domain/problems/problem-workflow.ts";
import type { Prisma } from "../../../generated/prisma/client.ts";
import { AppError } from "../../../errors.ts";
import { problemMessages as m } from "../../../messages/problems.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import { problemRef, problemRowSelect, problemSnapshot, type ProblemRow } from "./problem-snapshot.ts";
import { visibleProblemsWhere } from "../../scope/visible-problems.ts";
import { measurePlanRef, planRefById } from "../../plans/measure-plan.ts";

type ProblemPermission = Extract<Permission, { problem: unknown }>["action"] | "problem:verify";

/** The entry, if the viewer may see it and take `step` on it with `permission`, at `version`. */
export async function loadProblemForWrite(
  tx: PrismaTx,
  viewer: Viewer,
  problemId: number,
  version: number,
  permission: ProblemPermission,
  step: ProblemStep,
): Promise<ProblemRow> {
  const row = await tx.problem.findFirst({ where: { AND: [{ id: problemId }, visibleProblemsWhere(viewer)] }, select: problemRowSelect });
  if (!row) throw new AppError("NOT_FOUND", m.notFound);
  const plan = await planRefById(tx, row.planId);
  assertCan(
    viewer,
    permission === "problem:verify" ? { action: permission, plan } : { action: permission, problem: problemRef(row), plan },
  );
  if (row.version !== version) throw new AppError("CONFLICT", m.versionConflict);
  if (!canStep({ state: row.state, published: row.publishedAt !== null }, step)) {
    throw new AppError("CONFLICT", m.notInState(row.publishedAt === null ? m.states.DRAFT : m.states[row.state]));
  }
  return row;
}

/** Writes `data` to the entry read as `row` (refused if someone changed it meanwhile) and audits it. */
export async function updateProblemRow(
  tx: PrismaTx,
  viewer: Viewer,
  row: ProblemRow,
  data: Prisma.ProblemUncheckedUpdateManyInput,
  audit: { action: string; extra?: Record<string, Prisma.InputJsonValue> },
): Promise<ProblemRow> {
  const updated = await tx.problem.updateMany({ where: { id: row.id, version: row.version }, data: { ...data, version: row.version + 1 } });
  if (updated.count !== 1) throw new AppError("CONFLICT", m.versionConflict);
  const after = await tx.problem.findUniqueOrThrow({ where: { id: row.id }, select: problemRowSelect });
  await recordAudit(tx, viewer, {
    action: audit.action,
    entityType: "Problem",
    entityId: row.id,
    measureId: after.measureId,
    before: problemSnapshot(row),
    after: { ...problemSnapshot(after), ...audit.extra },
  });
  return after;
}

/**
 * The measure of a new or edited entry, with the responsible unit checked to be one of its units and
 * the viewer's right to raise an entry for that unit checked in the measure's plan.
 */
export async function loadMeasureFor(
  tx: PrismaTx,
  viewer: Viewer,
  measureId: number,
  unitId: number,
): Promise<{ id: number; planId: number }> {
  const measure = await tx.measure.findUnique({ where: { id: measureId }, select: { id: true, planId: true } });
  if (!measure) throw new AppError("NOT_FOUND", m.measureNotFound);
  assertCan(viewer, { action: "problem:create", unitId, plan: (await measurePlanRef(tx, measure.id))! });
  const owner = await tx.measureUnit.findUnique({ where: { measureId_unitId: { measureId, unitId } }, select: { unitId: true } });
  if (!owner) throw new AppError("INVALID_INPUT", m.unitNotOwner);
  return measure;
}

/** A new deadline cannot lie in the past. */
export function checkNewDue(dueOn: IsoDate): void {
  if (dueOn < today()) throw new AppError("INVALID_INPUT", m.dueInPast);
}
