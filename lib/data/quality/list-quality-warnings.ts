// The dashboard's 数据质量 panel: the plan's reports submitted with data-quality warnings by a date,
// by unit (rules in lib/domain/quality/warnings-by-unit.ts), among the reports the viewer may read
// (the bureau sees those awaiting review; everyone sees approved ones), in a plan the viewer may read
// (another county's plan gives nothing). One query, then only the touched measures' rows.
import "server-only";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { endOfChinaDay, toDbDate, type IsoDate } from "../../domain/dates.ts";
import { readStoredWarnings } from "../../domain/quality/stored-warnings.ts";
import { warningsByUnit, type UnitWarnings } from "../../domain/quality/warnings-by-unit.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { plansInScopeWhere } from "../scope/plans-in-scope.ts";
import { visibleReportsWhere } from "../scope/visible-reports.ts";
import { KeptAcrossWrites, rowsOfMeasures } from "../status/kept-across-writes.ts";
import { dataVersion } from "../status/data-version.ts";

const ROW = {
  id: true,
  state: true,
  submittedAt: true,
  reviewedAt: true,
  qualityWarnings: true,
  qualityExplanation: true,
  unit: { select: { id: true, name: true } },
  period: { select: { label: true } },
  measure: { select: { id: true, number: true, task: { select: { number: true } } } },
} satisfies Prisma.ProgressReportSelect;
type Row = Prisma.ProgressReportGetPayload<{ select: typeof ROW }>;
const keptRows = new KeptAcrossWrites<Row[]>(32);

/** `periodsWithin`: only reports on periods starting in these dates (a bulletin's month). */
export async function listQualityWarnings(
  viewer: Viewer | null,
  planId: number,
  asOf: IsoDate,
  periodsWithin?: { from: IsoDate; to: IsoDate },
): Promise<UnitWarnings[]> {
  assertCan(viewer, { action: "status:read" });
  const end = endOfChinaDay(asOf);
  const within = periodsWithin ? { period: { startsOn: { gte: toDbDate(periodsWithin.from), lte: toDbDate(periodsWithin.to) } } } : {};
  const where: Prisma.ProgressReportWhereInput = {
    AND: [
      visibleReportsWhere(viewer),
      {
        measure: { planId, plan: plansInScopeWhere(viewer) },
        state: { in: ["SUBMITTED", "APPROVED"] },
        submittedAt: { lt: end },
        qualityWarnings: { not: Prisma.DbNull },
        ...within,
      },
    ],
  };
  const db = await prisma();
  const read = (measureIds?: readonly number[]) =>
    db.progressReport.findMany({
      where: measureIds ? { AND: [where, { measureId: { in: [...measureIds] } }] } : where,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      select: ROW,
    });
  // The dashboard shows the panel on every rendering: the rows are kept across writes and read
  // again only for the measures a write touched (the plan's query scans every report of it).
  const key = `${planId}:${asOf}:${JSON.stringify(where)}`;
  const bySubmission = (a: Row, b: Row) => (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0) || a.id - b.id;
  const rows = await keptRows.read(
    db,
    planId,
    key,
    await dataVersion(db, planId),
    rowsOfMeasures(read, (r) => r.measure.id, bySubmission),
  );
  return warningsByUnit(
    rows.map((r) => ({
      id: r.id,
      unit: r.unit,
      measure: { id: r.measure.id, number: r.measure.number, taskNumber: r.measure.task.number },
      periodLabel: r.period.label,
      state: r.state as "SUBMITTED" | "APPROVED",
      reviewedAt: r.reviewedAt?.getTime() ?? null,
      warnings: readStoredWarnings(r.qualityWarnings),
      explanation: r.qualityExplanation,
    })),
    end.getTime(),
  );
}
