// The dashboard's 数据质量 panel: the plan's reports submitted with data-quality warnings by a date,
// by unit (rules in lib/domain/quality/warnings-by-unit.ts), among the reports the viewer may read
// (the bureau sees those awaiting review; everyone sees approved ones), in a plan the viewer may read
// (another county's plan gives nothing). One query.
import "server-only";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { endOfChinaDay, toDbDate, type IsoDate } from "../../domain/dates.ts";
import { readStoredWarnings } from "../../domain/quality/stored-warnings.ts";
import { warningsByUnit, type UnitWarnings } from "../../domain/quality/warnings-by-unit.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { plansInScopeWhere } from "../scope/plans-in-scope.ts";
import { visibleReportsWhere } from "../scope/visible-reports.ts";

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
  const rows = await (
    await prisma()
  ).progressReport.findMany({
    where: {
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
    },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      state: true,
      reviewedAt: true,
      qualityWarnings: true,
      qualityExplanation: true,
      unit: { select: { id: true, name: true } },
      period: { select: { label: true } },
      measure: { select: { id: true, number: true, task: { select: { number: true } } } },
    },
  });
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
