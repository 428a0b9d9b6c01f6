// Which periods a plan's measures owe reports for, as two SQL common table expressions for the
// status queries (`WITH ${owedPeriods(…)} SELECT …`):
//   due  — the plan's periods due before a date;
//   owed — ("measureId", "periodId"): every monthly period that overlaps the measure's dates, and
//          the weekly or daily periods that start while the measure is escalated to that cadence.
// The escalated pairs are joined from the escalations rather than tested per (measure, period):
// a plan that has had escalations carries weekly and daily periods that most measures never owe.
import type { IsoDate } from "../../domain/dates.ts";
import { Prisma } from "../../generated/prisma/client.ts";

export function owedPeriods(planId: number, dueBefore: IsoDate) {
  return Prisma.sql`
  due AS (
    SELECT id, kind, label, "startsOn", "endsOn", "dueOn" FROM "ReportingPeriod" WHERE "planId" = ${planId} AND "dueOn" < ${dueBefore}::date),
  owed AS (
    SELECT m.id AS "measureId", p.id AS "periodId"
    FROM "Measure" m JOIN due p ON p.kind = 'MONTHLY' AND p."endsOn" >= m."startDate" AND p."startsOn" <= m."dueDate"
    WHERE m."planId" = ${planId}
    UNION
    SELECT m.id, p.id
    FROM "Escalation" e
    JOIN "Measure" m ON m.id = e."measureId" AND m."planId" = ${planId}
    JOIN due p ON p.kind::text = e.cadence::text AND p."startsOn" >= e."startsOn" AND (e."endsOn" IS NULL OR p."startsOn" < e."endsOn")
      AND p."endsOn" >= m."startDate" AND p."startsOn" <= m."dueDate")`;
}

/**
 * A third expression, `filed`: the reports on those periods first submitted before `before` (an
 * instant), read once from the covering index on ("periodId", "measureId", "unitId",
 * "firstSubmittedAt") and hash-joined, instead of one index probe per owed (measure, unit, period).
 */
export function filedReports(before: Date) {
  return Prisma.sql`
  filed AS MATERIALIZED (
    SELECT r."measureId", r."unitId", r."periodId", r."firstSubmittedAt" FROM "ProgressReport" r
    WHERE r."periodId" IN (SELECT id FROM due) AND r."firstSubmittedAt" < ${before})`;
}
