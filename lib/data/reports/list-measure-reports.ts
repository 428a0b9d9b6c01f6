// A measure with every unit's reports the viewer may read (visibleReportsWhere), newest period
// first; within a period the lead unit first, then the co-owning units in the notice's order.
import "server-only";
import type { Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import type { UnitRole } from "../../generated/prisma/client.ts";
import { measureDetailSelect, toMeasureDetail, type MeasureDetail } from "../plans/measure-detail.ts";
import { reportDetailsSelect, type ReportDetails } from "./report-details.ts";
import { visibleReportsWhere } from "../scope/visible-reports.ts";

type MeasureUnit = { id: number; name: string; role: UnitRole };
export type UnitReport = ReportDetails & { unit: MeasureUnit };
export type MeasureReports = {
  measure: MeasureDetail & { task: { number: number; title: string } };
  periods: { id: number; label: string; reports: UnitReport[] }[];
};

/** Null when there is no such measure. */
export async function listMeasureReports(viewer: Viewer, measureId: number): Promise<MeasureReports | null> {
  const db = await prisma();
  const [measure, reports] = await Promise.all([
    db.measure.findUnique({
      where: { id: measureId },
      select: { ...measureDetailSelect, task: { select: { number: true, title: true } } },
    }),
    db.progressReport.findMany({
      where: { AND: [visibleReportsWhere(viewer), { measureId }] },
      orderBy: { period: { startsOn: "desc" } },
      select: { ...reportDetailsSelect, period: { select: { id: true, label: true } } },
    }),
  ]);
  if (!measure) return null;
  const detail = { ...toMeasureDetail(measure), task: measure.task };
  const units = detail.units;
  const unitOrder = (unitId: number) => {
    const i = units.findIndex((u) => u.id === unitId);
    return i < 0 ? units.length : i;
  };
  const periods = new Map<number, MeasureReports["periods"][number]>();
  for (const { period, ...report } of reports) {
    const unit = units.find((u) => u.id === report.unitId);
    if (!unit) continue; // a unit no longer listed on the measure: its old reports stay out of this view
    const group = periods.get(period.id) ?? { ...period, reports: [] };
    group.reports.push({ ...report, unit });
    periods.set(period.id, group);
  }
  for (const group of periods.values()) group.reports.sort((a, b) => unitOrder(a.unitId) - unitOrder(b.unitId));
  return {
    measure: detail,
    periods: [...periods.values()],
  };
}
