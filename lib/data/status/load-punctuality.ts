// Filing punctuality per unit as of a date: of the reports due by then, how many were first
// submitted by their period's due date (China time). One grouped query.
import type { PrismaLike } from "../../db.ts";
import type { IsoDate } from "../../domain/dates.ts";
import { endOfChinaDay } from "./load-status-facts.ts";
import { PERIOD_APPLIES } from "./period-applies.ts";

export type UnitPunctuality = { unitId: number; due: number; onTime: number };

export function loadPunctuality(db: PrismaLike, planId: number, asOf: IsoDate): Promise<UnitPunctuality[]> {
  return db.$queryRaw<UnitPunctuality[]>`
    SELECT mu."unitId", count(*)::int AS due,
      count(r.id) FILTER (WHERE r."firstSubmittedAt" < (p."dueOn" + 1)::timestamp - interval '8 hours')::int AS "onTime"
    FROM "MeasureUnit" mu
    JOIN "Measure" m ON m.id = mu."measureId" AND m."planId" = ${planId}
    JOIN "ReportingPeriod" p ON p."planId" = ${planId} AND p."dueOn" < ${asOf}::date
      AND p."endsOn" >= m."startDate" AND p."startsOn" <= m."dueDate"
      AND ${PERIOD_APPLIES}
    LEFT JOIN "ProgressReport" r ON r."measureId" = mu."measureId" AND r."unitId" = mu."unitId"
      AND r."periodId" = p.id AND r."firstSubmittedAt" < ${endOfChinaDay(asOf)}
    GROUP BY mu."unitId"`;
}
