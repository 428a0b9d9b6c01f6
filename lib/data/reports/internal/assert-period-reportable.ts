// Which periods a unit may write a report for at all (issue 15): none that has not started (a
// December report filed in August would make the measure 已完成 in August once approved), and none
// a done measure no longer owes (lib/domain/status/owed-reports.ts: approved at 100 % before the
// period fell due, and not reopened since). Returns the measure's owing facts for the other checks.
import type { PrismaTx } from "../../../db.ts";
import { endOfChinaDay, fromDbDate, type IsoDate } from "../../../domain/dates.ts";
import { periodNotStarted } from "../../../domain/quality/report-checks.ts";
import { isDoneAt, type OwingMeasure } from "../../../domain/status/owed-reports.ts";
import { AppError } from "../../../errors.ts";
import { formatDate } from "../../../format.ts";
import { qualityMessages as m } from "../../../messages/quality.ts";
import { loadOwingMeasures } from "../../status/load-owing-measures.ts";

export async function assertPeriodReportable(
  tx: PrismaTx,
  measureId: number,
  period: { label: string; startsOn: Date; dueOn: Date },
  today: IsoDate,
  now: Date,
): Promise<OwingMeasure> {
  const startsOn = fromDbDate(period.startsOn);
  if (periodNotStarted({ startsOn }, today)) throw new AppError("INVALID_INPUT", m.futurePeriod(period.label, formatDate(startsOn)));
  const owing = (await loadOwingMeasures(tx, [measureId])).get(measureId)!;
  const fellDue = Math.min(endOfChinaDay(fromDbDate(period.dueOn)).getTime(), now.getTime());
  if (isDoneAt(owing, fellDue)) throw new AppError("CONFLICT", m.done.notOwed);
  return owing;
}
