// Escalated reporting (推进不力 → 周调度/日调度). Automatic escalations follow the colour (start on
// red, end on blue); a coordinator sets or lifts weekly/daily reporting by hand. While one is in
// force, the plan has the weekly/daily periods it needs, and the measure's units owe reports on them.
import "server-only";
import { z } from "zod";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { today } from "../../clock.ts";
import { prisma, type PrismaLike } from "../../db.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { endOfYear, fromDbDate, toDbDate, type IsoDate } from "../../domain/dates.ts";
import { escalationStep, shortPeriods } from "../../domain/status/escalation.ts";
import type { PlanStatus } from "../../domain/status/plan-status.ts";
import { AppError } from "../../errors.ts";
import { statusMessages as m } from "../../messages/status.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { mutate } from "../mutate.ts";
import { computePlanStatus } from "./get-plan-status.ts";
import { measurePlanRef } from "../plans/measure-plan.ts";
import { recordIdSchema } from "../../record-id.ts";

/** First key of the advisory lock that serialises syncs of one plan (the second is the plan id). */
const SYNC_LOCK = 4_201;

/** Creates the weekly/daily periods from `from` to `to` that the plan does not have yet; how many. */
async function ensureShortPeriods(db: PrismaLike, planId: number, kind: "WEEKLY" | "DAILY", from: IsoDate, to: IsoDate): Promise<number> {
  const periods = shortPeriods(kind, from, to);
  if (periods.length === 0) return 0;
  const { count } = await db.reportingPeriod.createMany({
    data: periods.map((p) => ({
      planId,
      kind: p.kind,
      label: p.label,
      startsOn: toDbDate(p.startsOn),
      endsOn: toDbDate(p.endsOn),
      dueOn: toDbDate(p.dueOn),
    })),
    skipDuplicates: true,
  });
  // Like every mutation, new periods are audited (and so move the data version statuses are cached by).
  if (count > 0)
    await recordAudit(db, null, { action: "periods.create", entityType: "Plan", entityId: planId, after: { kind, from, to, count } });
  return count;
}

/**
 * Brings automatic escalations in line with today's colours, and gives every escalation in force
 * its periods up to today. Idempotent: running it twice on a day changes nothing the second time.
 */
export async function syncEscalations(
  planId: number,
  on: IsoDate = today(),
  only?: ReadonlySet<number>,
): Promise<{ started: number; ended: number }> {
  const db = await prisma();
  const { started, ended } = await applyEscalations(db, planId, on, await computePlanStatus(db, planId, on), only);
  return { started, ended };
}

/** The same for every open (not frozen) plan: a frozen plan takes no more reports, so no more periods. */
export async function syncOpenPlansEscalations(on: IsoDate = today()): Promise<{ plans: number; started: number; ended: number }> {
  const db = await prisma();
  const plans = await db.plan.findMany({ where: { frozenAt: null }, orderBy: { id: "asc" }, select: { id: true } });
  const total = { plans: plans.length, started: 0, ended: 0 };
  for (const plan of plans) {
    const { started, ended } = await syncEscalations(plan.id, on);
    total.started += started;
    total.ended += ended;
  }
  return total;
}

/** `only`: the measures a write touched (their escalations alone are brought in line); default all. */
async function applyEscalations(db: PrismaClient, planId: number, on: IsoDate, status: PlanStatus, only?: ReadonlySet<number>) {
  let started = 0;
  let ended = 0;
  let periods = 0;
  // The measures whose owed reports change: escalated or released, or given new periods.
  const touched = new Set<number>();
  // The daily job's (or a colour-changing write's) own write: no viewer. A measure escalated or
  // released changes its owed periods, hence its colour; new periods may make any measure overdue.
  const options = {
    permission: "system",
    db,
    timeout: 60_000,
    unaudited: "nothing to bring in line",
    touches: () => ({ measures: [...touched] }),
  } as const;
  await mutate(null, options, async (tx) => {
    // One sync per plan at a time: concurrent page loads would each start the same escalations.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SYNC_LOCK}::int, ${planId}::int)`;
    const active = await tx.escalation.findMany({ where: { endsOn: null, measure: { planId } } });
    const byMeasure = new Map(active.map((e) => [e.measureId, e]));
    // Escalated reporting is a dispatch of the plan year: none starts, and no weekly or daily
    // period is created, after it (a past year's plan stays red, but nobody reports weekly on it).
    const { year } = await tx.plan.findUniqueOrThrow({ where: { id: planId }, select: { year: true } });
    const yearEnd = endOfYear(year);
    const until = on < yearEnd ? on : yearEnd;
    for (const measure of on > yearEnd ? [] : status.measures) {
      if (only && !only.has(measure.id)) continue;
      const current = byMeasure.get(measure.id) ?? null;
      const step = escalationStep(current, measure.status.colour, measure.status.done);
      if (step === "start") {
        const created = await tx.escalation.create({
          data: {
            measureId: measure.id,
            cadence: "WEEKLY",
            startsOn: toDbDate(on),
            automatic: true,
            reason: measure.status.reasons[0] ?? "",
          },
        });
        await recordAudit(tx, null, {
          action: "escalation.start",
          entityType: "Escalation",
          entityId: created.id,
          measureId: measure.id,
          after: { cadence: "WEEKLY", reason: created.reason },
        });
        touched.add(measure.id);
        started++;
      } else if (step === "end" && current) {
        await tx.escalation.update({ where: { id: current.id }, data: { endsOn: toDbDate(on) } });
        await recordAudit(tx, null, {
          action: "escalation.end",
          entityType: "Escalation",
          entityId: current.id,
          measureId: measure.id,
          after: { endsOn: on },
        });
        touched.add(measure.id);
        ended++;
      }
    }
    const inForce = await tx.escalation.findMany({
      where: { endsOn: null, measure: { planId } },
      select: { cadence: true, startsOn: true, measureId: true },
    });
    for (const cadence of ["WEEKLY", "DAILY"] as const) {
      const escalated = inForce.filter((e) => e.cadence === cadence);
      const starts = escalated.map((e) => fromDbDate(e.startsOn)).sort();
      const created = starts.length && starts[0] <= until ? await ensureShortPeriods(tx, planId, cadence, starts[0], until) : 0;
      // New weekly or daily periods are owed by the measures escalated to them (period-applies.ts).
      if (created > 0) for (const e of escalated) touched.add(e.measureId);
      periods += created;
    }
  });
  return { started, ended, periods };
}

export const setEscalationSchema = z.object({
  measureId: recordIdSchema(),
  cadence: z.enum(["WEEKLY", "DAILY"], { error: m.escalation.chooseCadence }),
  reason: z.string().trim().min(1, { error: m.escalation.reasonRequired }).max(500, { error: m.escalation.reasonTooLong }),
});

/** A coordinator sets weekly or daily reporting for a measure, replacing any escalation in force. */
export async function setEscalation(viewer: Viewer, input: z.infer<typeof setEscalationSchema>): Promise<void> {
  const on = today();
  // A new weekly or daily period is owed by every measure escalated to it: the plan is touched.
  let planId = 0;
  await mutate(viewer, { permission: { action: "status:override", plan: "any" }, touches: () => ({ plans: [planId] }) }, async (tx) => {
    const plan = await measurePlanRef(tx, input.measureId);
    if (!plan) throw new AppError("NOT_FOUND", m.override.measureNotFound);
    assertCan(viewer, { action: "status:override", plan });
    const measure = await tx.measure.findUnique({
      where: { id: input.measureId },
      select: { id: true, planId: true, plan: { select: { year: true } } },
    });
    if (!measure) throw new AppError("NOT_FOUND", m.override.measureNotFound);
    if (on > endOfYear(measure.plan.year)) throw new AppError("CONFLICT", m.escalation.yearOver(measure.plan.year));
    planId = measure.planId;
    await tx.escalation.updateMany({ where: { measureId: measure.id, endsOn: null }, data: { endsOn: toDbDate(on) } });
    const created = await tx.escalation.create({
      data: {
        measureId: measure.id,
        cadence: input.cadence,
        startsOn: toDbDate(on),
        automatic: false,
        reason: input.reason,
        createdById: viewer.id,
      },
    });
    await ensureShortPeriods(tx, measure.planId, input.cadence, on, on);
    await recordAudit(tx, viewer, {
      action: "escalation.set",
      entityType: "Escalation",
      entityId: created.id,
      measureId: measure.id,
      after: { cadence: input.cadence, reason: input.reason },
    });
  });
}

/** A coordinator ends the escalation in force (automatic ones come back if the measure is still red). */
export async function liftEscalation(viewer: Viewer, measureId: number): Promise<void> {
  await mutate(viewer, { permission: { action: "status:override", plan: "any" } }, async (tx) => {
    const plan = await measurePlanRef(tx, measureId);
    if (!plan) throw new AppError("NOT_FOUND", m.escalation.none);
    assertCan(viewer, { action: "status:override", plan });
    const current = await tx.escalation.findFirst({ where: { measureId, endsOn: null } });
    if (!current) throw new AppError("NOT_FOUND", m.escalation.none);
    await tx.escalation.update({ where: { id: current.id }, data: { endsOn: toDbDate(today()) } });
    await recordAudit(tx, viewer, {
      action: "escalation.lift",
      entityType: "Escalation",
      entityId: current.id,
      measureId,
      before: { cadence: current.cadence },
    });
  });
}
