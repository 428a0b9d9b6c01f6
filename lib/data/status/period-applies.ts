// Which reports a plan's units owe, as SQL common table expressions for the status queries
// (`WITH ${owedSlots(…)} SELECT … FROM slots`):
//   due   — the plan's periods due before a date;
//   owed  — ("measureId", "periodId"): every monthly period that overlaps the measure's dates, and
//           the weekly or daily periods that start while the measure is escalated to that cadence;
//   filed — the reports on those periods first submitted before an instant;
//   slots — one row per owed (measure, owning unit, period): "measureId", "unitId", "position"
//           (the unit's place in the measure's list), "periodId", "dueOn", and "filedAt" (when it
//           was first submitted, if before that instant; null otherwise).
// The escalated pairs are joined from the escalations rather than tested per (measure, period): a
// plan that has had escalations carries weekly and daily periods that most measures never owe. The
// filed reports are read once from the covering index on ("periodId", "measureId", "unitId",
// "firstSubmittedAt") and hash-joined, instead of one index probe per owed report.
import type { IsoDate } from "../../domain/dates.ts";
import { Prisma } from "../../generated/prisma/client.ts";

/** `slots` is materialised when the query reads it twice (otherwise PostgreSQL plans it inline). */
export function owedSlots(planId: number, dueBefore: IsoDate, filedBefore: Date, readTwice = false) {
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
      AND p."endsOn" >= m."startDate" AND p."startsOn" <= m."dueDate"),
  filed AS MATERIALIZED (
    SELECT r."measureId", r."unitId", r."periodId", r."firstSubmittedAt" FROM "ProgressReport" r
    WHERE r."periodId" IN (SELECT id FROM due) AND r."firstSubmittedAt" < ${filedBefore}),
  slots AS ${readTwice ? Prisma.sql`MATERIALIZED` : Prisma.empty} (
    SELECT mu."measureId", mu."unitId", mu.position, o."periodId", p."dueOn", r."firstSubmittedAt" AS "filedAt"
    FROM owed o
    JOIN "MeasureUnit" mu ON mu."measureId" = o."measureId"
    JOIN due p ON p.id = o."periodId"
    LEFT JOIN filed r ON r."measureId" = mu."measureId" AND r."unitId" = mu."unitId" AND r."periodId" = p.id)`;
}

/** A slot (alias s) filed by its due date, China time. */
export const FILED_ON_TIME = Prisma.sql`s."filedAt" < (s."dueOn" + 1)::timestamp - interval '8 hours'`;

