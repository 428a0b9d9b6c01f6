// The facts the status engine needs for every measure of a plan as of a date, in a fixed number
// of set-based queries (no query per measure): measures with their units and indicators, each
// measure's lead unit's latest approved report by then, and the reports overdue by then.
import type { IsoDate } from "../../domain/dates.ts";
import { fromDbDate } from "../../domain/dates.ts";
import type { PrismaLike } from "../../db.ts";
import { PERIOD_APPLIES } from "./period-applies.ts";

export type StatusFacts = Awaited<ReturnType<typeof loadStatusFacts>>;

/** The instant a China-time date ends: everything approved or submitted before it counts "by" that date. */
export function endOfChinaDay(date: IsoDate): Date {
  return new Date(Date.parse(`${date}T00:00:00+08:00`) + 86_400_000);
}

export async function loadStatusFacts(db: PrismaLike, planId: number, asOf: IsoDate) {
  const asOfEnd = endOfChinaDay(asOf);
  const [plan, measures, approved, overdue] = await Promise.all([
    db.plan.findUniqueOrThrow({
      where: { id: planId },
      select: { id: true, title: true, year: true, yellowGap: true, redGap: true, redOverdueDays: true, redMissedPeriods: true },
    }),
    db.measure.findMany({
      where: { planId },
      orderBy: [{ task: { number: "asc" } }, { number: "asc" }],
      select: {
        id: true,
        number: true,
        text: true,
        startDate: true,
        dueDate: true,
        weight: true,
        task: { select: { id: true, number: true, title: true, action: { select: { id: true, number: true, title: true } } } },
        units: { orderBy: { position: "asc" }, select: { role: true, unit: { select: { id: true, name: true } } } },
        indicators: { orderBy: { position: "asc" }, select: { id: true, label: true, target: true, unit: true, comparator: true } },
        override: { select: { colour: true, reason: true, createdAt: true } },
      },
    }),
    // The lead unit's latest approved report per measure, by period then approval time.
    db.$queryRaw<{ measureId: number; reportId: number; percent: number; reviewedAt: Date; nextSteps: string; problems: string }[]>`
      SELECT DISTINCT ON (r."measureId") r."measureId", r.id AS "reportId", r.percent, r."reviewedAt", r."nextSteps", r.problems
      FROM "ProgressReport" r
      JOIN "Measure" m ON m.id = r."measureId" AND m."planId" = ${planId}
      JOIN "MeasureUnit" mu ON mu."measureId" = r."measureId" AND mu."unitId" = r."unitId" AND mu.role = 'LEAD'
      JOIN "ReportingPeriod" p ON p.id = r."periodId"
      WHERE r.state = 'APPROVED' AND r."reviewedAt" < ${asOfEnd} AND r.percent IS NOT NULL
      ORDER BY r."measureId", p."startsOn" DESC, r."reviewedAt" DESC`,
    // Every (measure, owning unit, period) due before the date with no report submitted by then.
    db.$queryRaw<{ measureId: number; unitId: number; periodLabel: string; periodStartsOn: Date; dueOn: Date }[]>`
      SELECT mu."measureId", mu."unitId", p.label AS "periodLabel", p."startsOn" AS "periodStartsOn", p."dueOn"
      FROM "MeasureUnit" mu
      JOIN "Measure" m ON m.id = mu."measureId" AND m."planId" = ${planId}
      JOIN "ReportingPeriod" p ON p."planId" = ${planId} AND p."dueOn" < ${asOf}::date
        AND p."endsOn" >= m."startDate" AND p."startsOn" <= m."dueDate"
        AND ${PERIOD_APPLIES}
      LEFT JOIN "ProgressReport" r ON r."measureId" = mu."measureId" AND r."unitId" = mu."unitId"
        AND r."periodId" = p.id AND r."firstSubmittedAt" < ${asOfEnd}
      WHERE r.id IS NULL`,
  ]);
  const reportIds = approved.map((a) => a.reportId);
  const actuals = reportIds.length
    ? await db.indicatorActual.findMany({ where: { reportId: { in: reportIds } }, select: { reportId: true, indicatorId: true, value: true } })
    : [];
  return {
    plan,
    measures: measures.map((m) => ({ ...m, startDate: fromDbDate(m.startDate), dueDate: fromDbDate(m.dueDate) })),
    approved,
    actuals,
    overdue: overdue.map((o) => ({ ...o, dueOn: fromDbDate(o.dueOn), periodStartsOn: fromDbDate(o.periodStartsOn) })),
  };
}
