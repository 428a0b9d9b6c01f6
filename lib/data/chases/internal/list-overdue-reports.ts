// The reports of a plan that are overdue today and not in: owed (the status engine's owed slots,
// lib/data/status/period-applies.ts), due before today, and not submitted — none, a draft or
// returned (the same rule as the overdue reminders). One query, ordered by due date; `measureIds`:
// only these measures' (what writes touched, for a list kept across writes).
import type { PrismaLike } from "../../../db.ts";
import { endOfChinaDay, type IsoDate } from "../../../domain/dates.ts";
import { owedSlots } from "../../status/period-applies.ts";

export type OverdueReport = {
  unitId: number;
  unitName: string;
  measureId: number;
  periodId: number;
  periodLabel: string;
  taskNumber: number;
  measureNumber: number;
  reportId: number | null;
};

export async function listOverdueReports(
  db: PrismaLike,
  planId: number,
  today: IsoDate,
  measureIds?: readonly number[],
): Promise<OverdueReport[]> {
  const [{ rows }] = await db.$queryRaw<{ rows: OverdueReport[] }[]>`
    WITH ${owedSlots(planId, today, endOfChinaDay(today), false, measureIds)}
    SELECT coalesce(json_agg(q), '[]') AS rows FROM (
      SELECT s."unitId", u.name AS "unitName", s."measureId", s."periodId", p.label AS "periodLabel", t.number AS "taskNumber", m.number AS "measureNumber", r.id AS "reportId"
      FROM slots s
      JOIN due p ON p.id = s."periodId"
      JOIN "Measure" m ON m.id = s."measureId"
      JOIN "Task" t ON t.id = m."taskId"
      JOIN "Unit" u ON u.id = s."unitId"
      LEFT JOIN "ProgressReport" r ON r."measureId" = s."measureId" AND r."unitId" = s."unitId" AND r."periodId" = s."periodId"
      WHERE r.id IS NULL OR r.state IN ('DRAFT', 'RETURNED')
      ORDER BY s."dueOn", t.number, m.number, s.position) q`;
  return rows;
}
