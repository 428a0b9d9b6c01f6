// Filing punctuality per unit as of a date: of the reports due by then, how many were first
// submitted by their period's due date (China time). One grouped query. (The dashboard and the
// summary get it with the status facts, from the same reading: load-status-facts.ts.)
import type { PrismaLike } from "../../db.ts";
import type { IsoDate } from "../../domain/dates.ts";
import { endOfChinaDay } from "./load-status-facts.ts";
import { FILED_ON_TIME, owedSlots } from "./period-applies.ts";

export type UnitPunctuality = { unitId: number; due: number; onTime: number };

export function loadPunctuality(db: PrismaLike, planId: number, asOf: IsoDate): Promise<UnitPunctuality[]> {
  return db.$queryRaw<UnitPunctuality[]>`
    WITH ${owedSlots(planId, asOf, endOfChinaDay(asOf))}
    SELECT s."unitId", count(*)::int AS due, count(*) FILTER (WHERE ${FILED_ON_TIME})::int AS "onTime"
    FROM slots s
    GROUP BY s."unitId"`;
}
