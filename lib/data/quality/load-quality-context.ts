// What the data-quality checks of a report (lib/domain/quality/report-checks.ts) compare it with:
// the same unit's figures in earlier periods (submitted or approved: what the unit stood by), the
// measure's indicators with their 只增不减 marks, the plan's settings and the due date in force.
// Read inside the save's transaction (save-report.ts) and for the form (get-report-form.ts), which
// shows the same warnings while the reporter types. Queries one after the other (one connection in
// a transaction).
import "server-only";
import type { PrismaLike } from "../../db.ts";
import { fromDbDate } from "../../domain/dates.ts";
import { effectiveDueDate } from "../../domain/extensions/extension-rules.ts";
import type { QualityContext } from "../../domain/quality/report-checks.ts";
import type { OwingMeasure } from "../../domain/status/owed-reports.ts";

export async function loadQualityContext(
  db: PrismaLike,
  at: {
    measureId: number;
    planId: number;
    unitId: number;
    periodStartsOn: Date;
    owing: Pick<OwingMeasure, "dueDate" | "extensions">;
    now: Date;
  },
): Promise<QualityContext> {
  const plan = await db.plan.findUniqueOrThrow({
    where: { id: at.planId },
    select: { qualityJumpPoints: true, qualityTargetMultiple: true },
  });
  const indicators = await db.indicator.findMany({
    where: { measureId: at.measureId },
    orderBy: { position: "asc" },
    select: { id: true, label: true, target: true, high: true, unit: true, comparator: true, mustNotFall: true },
  });
  const earlier = await db.progressReport.findMany({
    where: {
      measureId: at.measureId,
      unitId: at.unitId,
      state: { in: ["SUBMITTED", "APPROVED"] },
      period: { startsOn: { lt: at.periodStartsOn } },
    },
    select: { id: true, percent: true, periodId: true },
  });
  const periods = await db.reportingPeriod.findMany({
    where: { id: { in: earlier.map((r) => r.periodId) } },
    select: { id: true, startsOn: true },
  });
  const actuals = await db.indicatorActual.findMany({
    where: { reportId: { in: earlier.map((r) => r.id) } },
    select: { reportId: true, indicatorId: true, value: true },
  });

  // Newest first: by period, then by id (one unit's weekly and monthly reports may share a start).
  const startOf = new Map(periods.map((p) => [p.id, fromDbDate(p.startsOn)]));
  const newestFirst = [...earlier].sort((a, b) => startOf.get(b.periodId)!.localeCompare(startOf.get(a.periodId)!) || b.id - a.id);
  const previousActuals = new Map<number, number>();
  for (const report of newestFirst) {
    for (const a of actuals)
      if (a.reportId === report.id && !previousActuals.has(a.indicatorId)) previousActuals.set(a.indicatorId, a.value);
  }
  return {
    settings: { jumpPoints: plan.qualityJumpPoints, targetMultiple: plan.qualityTargetMultiple },
    indicators,
    previousPercent: newestFirst.find((r) => r.percent !== null)?.percent ?? null,
    previousActuals: [...previousActuals].map(([indicatorId, value]) => ({ indicatorId, value })),
    dueDate: effectiveDueDate(at.owing.dueDate, at.owing.extensions, at.now.getTime()),
  };
}
