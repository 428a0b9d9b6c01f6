// Filing punctuality per unit as of a date: of the reports due by then, how many were first
// submitted by their period's due date (China time). One grouped query.
import type { PrismaLike } from "../../db.ts";
import type { IsoDate } from "../../domain/dates.ts";
import { endOfChinaDay } from "./load-status-facts.ts";
import { filedReports, owedPeriods } from "./period-applies.ts";

export type UnitPunctuality = { unitId: number; due: number; onTime: number };

export function loadPunctuality(db: PrismaLike, planId: number, asOf: IsoDate): Promise<UnitPunctuality[]> {
  return db.$queryRaw<UnitPunctuality[]>`
    WITH ${owedPeriods(planId, asOf)}, ${filedReports(endOfChinaDay(asOf))}
    SELECT mu."unitId", count(*)::int AS due,
      count(r."periodId") FILTER (WHERE r."firstSubmittedAt" < (p."dueOn" + 1)::timestamp - interval '8 hours')::int AS "onTime"
    FROM owed o
    JOIN "MeasureUnit" mu ON mu."measureId" = o."measureId"
    JOIN due p ON p.id = o."periodId"
    LEFT JOIN filed r ON r."measureId" = mu."measureId" AND r."unitId" = mu."unitId" AND r."periodId" = p.id
    GROUP BY mu."unitId"`;
}
