// The daily reminders (rules in lib/domain/notifications/reminders.ts) for every open (not frozen)
// plan, as of a day. Set-based per plan whatever its size: one query for the reports the units owe around the
// day (the status engine's owed slots, lib/data/status/period-applies.ts, with each one's report
// state), one for the ledger entries, one for the users of the units, and chunked inserts that skip
// reminders already created (the dedupeKey carries the day). Run twice, or on two servers at once,
// it creates each reminder once.
import "server-only";
import { today as clockToday } from "../../clock.ts";
import { prisma } from "../../db.ts";
import { addDays, endOfChinaDay, type IsoDate } from "../../domain/dates.ts";
import { dailyReminders, DUE_SOON_DAYS, OVERDUE_REMINDER_DAYS, type Reminder } from "../../domain/notifications/reminders.ts";
import type { ReportState } from "../../auth/permissions.ts";
import { notificationMessages as m } from "../../messages/notifications.ts";
import { owedSlots } from "../status/period-applies.ts";
import { planLabel } from "../../format.ts";
import { notifyUnits, type NewNotification } from "./notify.ts";
import { mutate } from "../mutate.ts";

type SlotRow = {
  measureId: number;
  unitId: number;
  periodId: number;
  dueOn: IsoDate;
  state: ReportState | null;
  periodLabel: string;
  taskNumber: number;
  measureNumber: number;
};
type ProblemRow = {
  id: number;
  unitId: number;
  dueOn: IsoDate;
  state: "OPEN" | "RESOLUTION_SUBMITTED" | "RESOLVED";
  published: boolean;
  description: string;
};

export type ReminderRun = { plans: number; date: IsoDate; reports: number; problems: number; created: number };
type OpenPlan = { id: number; year: number; region: { name: string } };

export async function createReminders(on: IsoDate = clockToday()): Promise<ReminderRun> {
  const db = await prisma();
  const plans = await db.plan.findMany({
    where: { frozenAt: null },
    orderBy: { id: "asc" },
    select: { id: true, year: true, region: { select: { name: true } } },
  });
  const run: ReminderRun = { plans: plans.length, date: on, reports: 0, problems: 0, created: 0 };
  for (const plan of plans) {
    const done = await createPlanReminders(plan, on);
    run.reports += done.reports;
    run.problems += done.problems;
    run.created += done.created;
  }
  return run;
}

async function createPlanReminders(plan: OpenPlan, on: IsoDate): Promise<{ reports: number; problems: number; created: number }> {
  const db = await prisma();
  const earliest = addDays(on, -OVERDUE_REMINDER_DAYS);
  const latest = addDays(on, DUE_SOON_DAYS);
  const [[{ rows: slots }], problems] = await Promise.all([
    // Owed (measure, unit, period) due in the window whose report is not submitted: none, a draft
    // or returned. One JSON array: decoding many small rows costs more than the query.
    db.$queryRaw<{ rows: SlotRow[] }[]>`
      WITH ${owedSlots(plan.id, addDays(latest, 1), endOfChinaDay(on))}
      SELECT coalesce(json_agg(q), '[]') AS rows FROM (
        SELECT s."measureId", s."unitId", s."periodId", s."dueOn", r.state, p.label AS "periodLabel", t.number AS "taskNumber", m.number AS "measureNumber"
        FROM slots s
        JOIN due p ON p.id = s."periodId"
        JOIN "Measure" m ON m.id = s."measureId"
        JOIN "Task" t ON t.id = m."taskId"
        LEFT JOIN "ProgressReport" r ON r."measureId" = s."measureId" AND r."unitId" = s."unitId" AND r."periodId" = s."periodId"
        WHERE s."dueOn" >= ${earliest}::date AND (r.id IS NULL OR r.state IN ('DRAFT', 'RETURNED'))
        ORDER BY s."dueOn", t.number, m.number, s.position) q`,
    db.$queryRaw<ProblemRow[]>`
      SELECT p.id, p."unitId", to_char(p."dueOn", 'YYYY-MM-DD') AS "dueOn", p.state::text AS state, p."publishedAt" IS NOT NULL AS published, p.description
      FROM "Problem" p
      WHERE p."planId" = ${plan.id} AND p.state <> 'RESOLVED' AND p."publishedAt" IS NOT NULL
        AND p."dueOn" BETWEEN ${earliest}::date AND ${latest}::date
      ORDER BY p."dueOn", p.id`,
  ]);
  const due = dailyReminders({ reports: slots, problems, today: on });
  // A unit may work in several plans (the city's and a county's): each reminder says whose list it is.
  const label = planLabel(plan);
  const reminders = [...due.reports.map((r) => reportNotification(r, label)), ...due.problems.map((r) => problemNotification(r, label))];
  const options = {
    permission: "system",
    unaudited: "reminders are notifications (the bell), not a change to the plan's data",
    timeout: 60_000,
  } as const;
  const created = reminders.length === 0 ? 0 : await mutate(null, options, (tx) => notifyUnits(tx, reminders));
  return { reports: due.reports.length, problems: due.problems.length, created };
}

function reportNotification(r: Reminder<SlotRow>, plan: string): { unitId: number; notification: NewNotification } {
  const text = (r.kind === "REPORT_DUE_SOON" ? m.reminders.reportDueSoon : m.reminders.reportOverdue)(r.item, r.item.dueOn, r.days);
  return {
    unitId: r.unitId,
    notification: {
      kind: r.kind,
      ...text,
      body: m.reminders.inPlan(plan, text.body),
      href: `/inbox/${r.item.periodId}/${r.item.measureId}`,
      dedupeKey: r.dedupeKey,
    },
  };
}

function problemNotification(r: Reminder<ProblemRow>, plan: string): { unitId: number; notification: NewNotification } {
  const text = (r.kind === "PROBLEM_DUE_SOON" ? m.reminders.problemDueSoon : m.reminders.problemOverdue)(r.item, r.item.dueOn, r.days);
  return {
    unitId: r.unitId,
    notification: {
      kind: r.kind,
      ...text,
      body: m.reminders.inPlan(plan, text.body),
      href: `/problems/${r.item.id}`,
      dedupeKey: r.dedupeKey,
    },
  };
}
