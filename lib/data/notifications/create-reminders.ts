// The daily reminders (rules in lib/domain/notifications/reminders.ts) for the current plan, as of a
// day. Set-based whatever the size of the plan: one query for the reports the units owe around the
// day (the status engine's owed slots, lib/data/status/period-applies.ts, with each one's report
// state), one for the ledger entries, one for the users of the units, and chunked inserts that skip
// reminders already created (the dedupeKey carries the day). Run twice, or on two servers at once,
// it creates each reminder once.
import { today as clockToday } from "../../clock.ts";
import { prisma } from "../../db.ts";
import { addDays, endOfChinaDay, type IsoDate } from "../../domain/dates.ts";
import { dailyReminders, DUE_SOON_DAYS, OVERDUE_REMINDER_DAYS, type Reminder } from "../../domain/notifications/reminders.ts";
import type { ReportState } from "../../auth/permissions.ts";
import { notificationMessages as m } from "../../messages/notifications.ts";
import { owedSlots } from "../status/period-applies.ts";
import { getCurrentPlan } from "../plans/get-current-plan.ts";
import { notifyUnits, type NewNotification } from "./notify.ts";

type SlotRow = { measureId: number; unitId: number; periodId: number; dueOn: IsoDate; state: ReportState | null; periodLabel: string; taskNumber: number; measureNumber: number };
type ProblemRow = { id: number; unitId: number; dueOn: IsoDate; state: "OPEN" | "RESOLUTION_SUBMITTED" | "RESOLVED"; published: boolean; description: string };

export type ReminderRun = { planId: number | null; date: IsoDate; reports: number; problems: number; created: number };

export async function createReminders(on: IsoDate = clockToday()): Promise<ReminderRun> {
  const plan = await getCurrentPlan();
  if (!plan) return { planId: null, date: on, reports: 0, problems: 0, created: 0 };
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
  const created = await notifyUnits(db, [...due.reports.map(reportNotification), ...due.problems.map(problemNotification)]);
  return { planId: plan.id, date: on, reports: due.reports.length, problems: due.problems.length, created };
}

function reportNotification(r: Reminder<SlotRow>): { unitId: number; notification: NewNotification } {
  const text = (r.kind === "REPORT_DUE_SOON" ? m.reminders.reportDueSoon : m.reminders.reportOverdue)(r.item, r.item.dueOn, r.days);
  return { unitId: r.unitId, notification: { kind: r.kind, ...text, href: `/inbox/${r.item.periodId}/${r.item.measureId}`, dedupeKey: r.dedupeKey } };
}

function problemNotification(r: Reminder<ProblemRow>): { unitId: number; notification: NewNotification } {
  const text = (r.kind === "PROBLEM_DUE_SOON" ? m.reminders.problemDueSoon : m.reminders.problemOverdue)(r.item, r.item.dueOn, r.days);
  return { unitId: r.unitId, notification: { kind: r.kind, ...text, href: `/problems/${r.item.id}`, dedupeKey: r.dedupeKey } };
}
