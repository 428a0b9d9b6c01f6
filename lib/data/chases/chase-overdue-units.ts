// 一键催报: chase every unit of a plan whose reports are overdue, in one transaction. Each overdue
// report gets its Chase row and audit event (so it shows in its measure's history); each unit one
// CHASE notification naming its overdue reports. Idempotent per day: a unit already chased about a
// report of this plan today (by this or a single 催办) is not chased again; the plan's row-level
// advisory lock makes two clicks at once chase each unit once.
import "server-only";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { now, today as clockToday } from "../../clock.ts";
import { prisma, type PrismaLike } from "../../db.ts";
import { endOfChinaDay, addDays } from "../../domain/dates.ts";
import { notificationMessages } from "../../messages/notifications.ts";
import { chaseAllMessages as m } from "../../messages/chase-all.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { mutate } from "../mutate.ts";
import { notifyUnits } from "../notifications/notify.ts";
import { planRef, type PlanSummary } from "../plans/resolve-plan.ts";
import { KeptAcrossWrites, rowsOfMeasures } from "../status/kept-across-writes.ts";
import { dataVersion } from "../status/data-version.ts";
import { listOverdueReports, type OverdueReport } from "./internal/list-overdue-reports.ts";

export type OverdueSummary = { units: number; reports: number; chasedToday: number };
export type ChaseAllResult = { units: number; reports: number; skipped: number };

// The dashboard and the review list show the summary on every rendering: the overdue reports are
// kept across writes, read again only for the measures a write touched (the whole plan's query
// costs as much as its status).
const keptOverdue = new KeptAcrossWrites<OverdueReport[]>(32);

/** What 一键催报 would do now: units with overdue reports, and how many of them were chased today. */
export async function getOverdueSummary(viewer: Viewer, plan: PlanSummary): Promise<OverdueSummary> {
  assertCan(viewer, { action: "chase:send", plan: planRef(plan) });
  const db = await prisma();
  const today = clockToday();
  const overdueNow = async () =>
    keptOverdue.read(
      db,
      plan.id,
      `${plan.id}:${today}`,
      await dataVersion(db, plan.id),
      // Only counted here: the list's order is not kept.
      rowsOfMeasures(
        (measureIds) => listOverdueReports(db, plan.id, today, measureIds),
        (r) => r.measureId,
      ),
    );
  const [overdue, chased] = await Promise.all([overdueNow(), unitsChasedToday(db, plan.id, today)]);
  const units = new Set(overdue.map((r) => r.unitId));
  return { units: units.size, reports: overdue.length, chasedToday: [...units].filter((u) => chased.has(u)).length };
}

export async function chaseOverdueUnits(viewer: Viewer, plan: PlanSummary, message: string): Promise<ChaseAllResult> {
  // A chase colours nothing: the measures' histories and the units' notifications change.
  const options = {
    permission: { action: "chase:send", plan: planRef(plan) },
    touches: { pages: ["/measures/[id]", "/notifications", "/dashboard", "/review"] },
    unaudited: "nothing to chase (every overdue unit chased today): no row is written",
    timeout: 30_000,
  } as const;
  return mutate(viewer, options, async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('chase-overdue'), ${plan.id})`;
    const today = clockToday();
    const overdue = await listOverdueReports(tx, plan.id, today);
    const chased = await unitsChasedToday(tx, plan.id, today);
    const byUnit = new Map<number, OverdueReport[]>();
    for (const r of overdue) if (!chased.has(r.unitId)) byUnit.set(r.unitId, [...(byUnit.get(r.unitId) ?? []), r]);
    const skipped = new Set(overdue.filter((r) => chased.has(r.unitId)).map((r) => r.unitId)).size;
    const reports = [...byUnit.values()].flat();
    if (reports.length === 0) return { units: 0, reports: 0, skipped };
    const createdAt = now();
    const chases = await tx.chase.createManyAndReturn({
      data: reports.map((r) => ({
        unitId: r.unitId,
        measureId: r.measureId,
        periodId: r.periodId,
        reportId: r.reportId,
        message,
        createdById: viewer.id,
        createdAt,
      })),
      select: { id: true, unitId: true, measureId: true, periodId: true },
    });
    await recordAudit(
      tx,
      viewer,
      chases.map((c, i) => ({
        action: "chase.send",
        entityType: "Chase",
        entityId: c.id,
        measureId: c.measureId,
        after: {
          unitId: c.unitId,
          unitName: reports[i].unitName,
          periodId: c.periodId,
          reportId: reports[i].reportId,
          problemId: null,
          message,
          overdueAll: true,
        },
      })),
    );
    await notifyUnits(
      tx,
      [...byUnit.entries()].map(([unitId, items]) => ({
        unitId,
        notification: {
          kind: "CHASE" as const,
          title: notificationMessages.chase.notificationTitle(viewer.name, m.subject(items.length)),
          body: `${message}\n${m.itemList(items.map((r) => ({ taskNumber: r.taskNumber, measureNumber: r.measureNumber, periodLabel: r.periodLabel })))}`,
          href: "/inbox",
          chaseId: chases.find((c) => c.unitId === unitId)!.id,
        },
      })),
    );
    return { units: byUnit.size, reports: reports.length, skipped };
  });
}

/** Units chased today (China time) about a report of the plan. */
async function unitsChasedToday(db: PrismaLike, planId: number, today: string): Promise<Set<number>> {
  const rows = await db.chase.findMany({
    where: {
      periodId: { not: null },
      measure: { planId },
      createdAt: { gte: endOfChinaDay(addDays(today, -1)), lt: endOfChinaDay(today) },
    },
    distinct: ["unitId"],
    select: { unitId: true },
  });
  return new Set(rows.map((r) => r.unitId));
}
