// A corrected notice must not silently delete a measure that people have worked on: deleting it
// would take its reports, ledger entries, extension requests, inspection findings and chases with
// it (they cascade). Such a re-import is refused, naming the measures, and nothing is written; the
// bureau keeps the measure in the notice, or decides what happens to that work first.
import type { PrismaTx } from "../../../db.ts";
import type { ParsedNotice } from "../../../domain/notice/parse-notice.ts";
import { AppError } from "../../../errors.ts";
import { importErrors } from "../../../messages/import-errors.ts";

export async function refuseDroppingWorkedMeasures(tx: PrismaTx, planId: number, notice: ParsedNotice): Promise<void> {
  const kept = new Set(notice.actions.flatMap((a) => a.tasks.flatMap((t) => t.measures.map((m) => `${t.number}:${m.number}`))));
  const worked = await tx.$queryRaw<{ task: number; number: number; reports: number; problems: number; other: number }[]>`
    SELECT t.number AS task, m.number,
      (SELECT count(*)::int FROM "ProgressReport" r WHERE r."measureId" = m.id) AS reports,
      (SELECT count(*)::int FROM "Problem" p WHERE p."measureId" = m.id) AS problems,
      ((SELECT count(*) FROM "ExtensionRequest" e WHERE e."measureId" = m.id)
        + (SELECT count(*) FROM "InspectionFinding" f WHERE f."measureId" = m.id)
        + (SELECT count(*) FROM "Chase" c WHERE c."measureId" = m.id))::int AS other
    FROM "Measure" m JOIN "Task" t ON t.id = m."taskId" JOIN "Action" a ON a.id = t."actionId"
    -- Measures carried over from last year (结转) are not the notice's: a re-import never drops them.
    WHERE m."planId" = ${planId} AND NOT a."carryOver"
    ORDER BY t.number, m.number`;
  const dropped = worked.filter((w) => !kept.has(`${w.task}:${w.number}`) && w.reports + w.problems + w.other > 0);
  if (dropped.length === 0) return;
  throw new AppError("CONFLICT", importErrors.dropsWorkedMeasures(dropped));
}
