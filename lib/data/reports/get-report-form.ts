// The viewer's unit's report on one measure for one period, with what the form needs around it.
// Null (a 404) unless the measure is one the viewer's unit owns and the period is its plan's.
import "server-only";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { now, today } from "../../clock.ts";
import { prisma } from "../../db.ts";
import { fromDbDate, type IsoDate } from "../../domain/dates.ts";
import type { QualityContext } from "../../domain/quality/report-checks.ts";
import type { UnitRole } from "../../generated/prisma/client.ts";
import { loadQualityContext } from "../quality/load-quality-context.ts";
import { loadOwingMeasures } from "../status/load-owing-measures.ts";
import { milestoneOrder, milestoneViewSelect, toMilestoneView, type MilestoneView } from "../milestones/milestone-view.ts";
import { indicatorSelect, reportDetailsSelect, type ReportDetails, type ReportIndicator } from "./report-details.ts";

export type ReportForm = {
  /** The measure's plan; a frozen one takes no more reports (the form is shown read-only). */
  plan: { id: number; title: string; year: number; frozen: boolean };
  unit: { id: number; name: string; role: UnitRole };
  period: { id: number; label: string; startsOn: IsoDate; dueOn: IsoDate };
  measure: {
    id: number;
    number: number;
    text: string;
    dueDate: IsoDate;
    deadlinePhrase: string | null;
    task: { number: number; title: string };
    indicators: ReportIndicator[];
  };
  report: ReportDetails | null;
  /** The measure's milestones (工作节点) as of today, for the unit to mark those reached. */
  milestones: MilestoneView[];
  today: IsoDate;
  /** What the data-quality checks compare the figures with, so the form shows the warnings as they arise. */
  quality: QualityContext;
};

export async function getReportForm(viewer: Viewer, measureId: number, periodId: number): Promise<ReportForm | null> {
  assertCan(viewer, { action: "inbox:read" });
  const unitId = viewer.unitId ?? -1;
  const db = await prisma();
  const measure = await db.measure.findFirst({
    where: { id: measureId, units: { some: { unitId } } },
    select: {
      id: true,
      planId: true,
      plan: { select: { id: true, title: true, year: true, frozenAt: true } },
      number: true,
      text: true,
      dueDate: true,
      deadlinePhrase: true,
      task: { select: { number: true, title: true } },
      indicators: indicatorSelect,
      units: { where: { unitId }, select: { role: true, unit: { select: { id: true, name: true } } } },
      milestones: { orderBy: milestoneOrder, select: milestoneViewSelect },
    },
  });
  if (!measure) return null;
  const [period, report] = await Promise.all([
    db.reportingPeriod.findFirst({
      where: { id: periodId, planId: measure.planId },
      select: { id: true, label: true, startsOn: true, dueOn: true },
    }),
    db.progressReport.findUnique({ where: { measureId_unitId_periodId: { measureId, unitId, periodId } }, select: reportDetailsSelect }),
  ]);
  if (!period) return null;
  const [link] = measure.units;
  const { milestones, plan, ...rest } = measure;
  const asOf = today();
  const owing = (await loadOwingMeasures(db, [measureId])).get(measureId)!;
  const quality = await loadQualityContext(db, {
    measureId,
    planId: measure.planId,
    unitId,
    periodStartsOn: period.startsOn,
    owing,
    now: now(),
  });
  return {
    plan: { id: plan.id, title: plan.title, year: plan.year, frozen: plan.frozenAt !== null },
    unit: { ...link.unit, role: link.role },
    period: { ...period, startsOn: fromDbDate(period.startsOn), dueOn: fromDbDate(period.dueOn) },
    measure: { ...rest, dueDate: fromDbDate(measure.dueDate) },
    report,
    milestones: milestones.map((row) => toMilestoneView(row, asOf)),
    today: asOf,
    quality,
  };
}
