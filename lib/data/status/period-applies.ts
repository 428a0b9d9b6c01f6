// Which reports a plan's units owe, as SQL common table expressions for the status queries
// (`WITH ${owedSlots(…)} SELECT … FROM slots`). The rule is lib/domain/status/owed-reports.ts
// (the inbox and the report form use that one); tests/integration/owed-reports-property.test.ts
// proves this SQL equal to it over generated plans. Change both or neither.
//   due   — the plan's periods due before a date;
//   span  — each measure's start and the end of its reporting: its due date, or the date of the
//           latest extension approved before the instant if later (延期: the unit keeps reporting until then);
//   owed  — ("measureId", "periodId", "owedFrom"): every monthly period that overlaps the measure's
//           span, and the weekly or daily periods that start while the measure is escalated to that
//           cadence, unless the measure was done (已完成) when the period fell due (or at the instant,
//           if earlier); "owedFrom" is null, or for a period that starts after the notice's due date
//           the instant the first extension covering it was approved (not owed before then);
//   filed — the reports on those periods first submitted before an instant;
//   slots — one row per owed (measure, owning unit, period): "measureId", "unitId", "position"
//           (the unit's place in the measure's list), "periodId", "dueOn", and "filedAt" (when it
//           was first submitted, if before that instant; null otherwise).
// The escalated pairs are joined from the escalations rather than tested per (measure, period): a
// plan that has had escalations carries weekly and daily periods that most measures never owe. The
// filed reports are read once from the covering index on ("periodId", "measureId", "unitId",
// "firstSubmittedAt") and hash-joined, instead of one index probe per owed report.
import "server-only";
import type { IsoDate } from "../../domain/dates.ts";
import { Prisma } from "../../generated/prisma/client.ts";

/** `slots` is materialised when the query reads it twice (otherwise PostgreSQL plans it inline). */
/** `measureIds`: only these measures' slots (incremental status: the measures a write touched). */
export function owedSlots(planId: number, dueBefore: IsoDate, filedBefore: Date, readTwice = false, measureIds?: readonly number[]) {
  const only = (column: Prisma.Sql) => (measureIds ? Prisma.sql` AND ${column} = ANY(${[...measureIds]}::int[])` : Prisma.empty);
  return Prisma.sql`
  due AS (
    SELECT id, kind, label, "startsOn", "endsOn", "dueOn" FROM "ReportingPeriod" WHERE "planId" = ${planId} AND "dueOn" < ${dueBefore}::date),
  ext AS (
    SELECT x."measureId", x."requestedDueOn", x."decidedAt" FROM "ExtensionRequest" x
    JOIN "Measure" m ON m.id = x."measureId" AND m."planId" = ${planId}
    WHERE x.state = 'APPROVED' AND x."decidedAt" < ${filedBefore}),
  latest AS (
    SELECT DISTINCT ON ("measureId") "measureId", "requestedDueOn" FROM ext ORDER BY "measureId", "decidedAt" DESC, "requestedDueOn" DESC),
  span AS (
    SELECT m.id, m."startDate", m."dueDate", greatest(l."requestedDueOn", m."dueDate") AS until
    FROM "Measure" m LEFT JOIN latest l ON l."measureId" = m.id WHERE m."planId" = ${planId}${only(Prisma.sql`m.id`)}),
  pairs AS (
    SELECT s.id AS "measureId", p.id AS "periodId", p."startsOn", p."dueOn", s."dueDate"
    FROM span s JOIN due p ON p.kind = 'MONTHLY' AND p."endsOn" >= s."startDate" AND p."startsOn" <= s.until
    UNION
    SELECT s.id, p.id, p."startsOn", p."dueOn", s."dueDate"
    FROM "Escalation" e
    JOIN span s ON s.id = e."measureId"
    JOIN due p ON p.kind::text = e.cadence::text AND p."startsOn" >= e."startsOn" AND (e."endsOn" IS NULL OR p."startsOn" < e."endsOn")
      AND p."endsOn" >= s."startDate" AND p."startsOn" <= s.until),
  ${doneExcusal(planId, filedBefore, only(Prisma.sql`m.id`))},
  owed AS (
    SELECT o."measureId", o."periodId",
      CASE WHEN o."startsOn" <= o."dueDate" THEN NULL
        ELSE (SELECT min(x."decidedAt") FROM ext x WHERE x."measureId" = o."measureId" AND x."requestedDueOn" >= o."startsOn") END AS "owedFrom"
    FROM pairs o
    WHERE NOT EXISTS (SELECT 1 FROM excused x WHERE x."measureId" = o."measureId" AND x."periodId" = o."periodId")),
  filed AS MATERIALIZED (
    SELECT r."measureId", r."unitId", r."periodId", r."firstSubmittedAt" FROM "ProgressReport" r
    WHERE r."periodId" IN (SELECT id FROM due) AND r."firstSubmittedAt" < ${filedBefore}${only(Prisma.sql`r."measureId"`)}),
  slots AS ${readTwice ? Prisma.sql`MATERIALIZED` : Prisma.empty} (
    SELECT mu."measureId", mu."unitId", mu.position, o."periodId", p."dueOn", r."firstSubmittedAt" AS "filedAt", o."owedFrom"
    FROM owed o
    JOIN "MeasureUnit" mu ON mu."measureId" = o."measureId"
    JOIN due p ON p.id = o."periodId"
    LEFT JOIN filed r ON r."measureId" = mu."measureId" AND r."unitId" = mu."unitId" AND r."periodId" = p.id)`;
}

/**
 * excused — the (measure, period) pairs of `pairs` whose measure was done (已完成) when the period
 * fell due (the end of its due day, China time) or at the instant, whichever is earlier: the lead
 * unit's latest approved report by then (by period, then approval, as the colour engine picks it)
 * says 100 % and no reopening came at or after its approval and before then. Only measures with a
 * lead report approved at 100 % are looked at (few), one index probe per pair of theirs.
 */
function doneExcusal(planId: number, knownBy: Date, onlyMeasures: Prisma.Sql = Prisma.empty) {
  const known = Prisma.sql`${knownBy.toISOString()}::timestamp`;
  return Prisma.sql`
  complete AS (
    SELECT DISTINCT r."measureId" FROM "ProgressReport" r
    JOIN "Measure" m ON m.id = r."measureId" AND m."planId" = ${planId}${onlyMeasures}
    JOIN "MeasureUnit" mu ON mu."measureId" = r."measureId" AND mu."unitId" = r."unitId" AND mu.role = 'LEAD'
    WHERE r.state = 'APPROVED' AND r.percent >= 100 AND r."reviewedAt" < ${known}),
  excused AS (
    SELECT o."measureId", o."periodId" FROM pairs o
    CROSS JOIN LATERAL (SELECT least((o."dueOn" + 1)::timestamp - interval '8 hours', ${known}) AS at) f
    CROSS JOIN LATERAL (
      SELECT r.percent, r."reviewedAt" FROM "ProgressReport" r
      JOIN "MeasureUnit" mu ON mu."measureId" = r."measureId" AND mu."unitId" = r."unitId" AND mu.role = 'LEAD'
      JOIN "ReportingPeriod" rp ON rp.id = r."periodId"
      WHERE r."measureId" = o."measureId" AND r.state = 'APPROVED' AND r.percent IS NOT NULL AND r."reviewedAt" < f.at
      ORDER BY rp."startsOn" DESC, r."reviewedAt" DESC, r.id DESC LIMIT 1) l
    WHERE o."measureId" IN (SELECT "measureId" FROM complete) AND l.percent >= 100
      AND NOT EXISTS (SELECT 1 FROM "MeasureReopening" x WHERE x."measureId" = o."measureId" AND x."reopenedAt" >= l."reviewedAt" AND x."reopenedAt" < f.at))`;
}

/** A slot (alias s) filed by its due date, China time. */
export const FILED_ON_TIME = Prisma.sql`s."filedAt" < (s."dueOn" + 1)::timestamp - interval '8 hours'`;
