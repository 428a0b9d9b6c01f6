// 审核台: one report as the reviewer decides on it — its content in full, the same unit's previous
// report on the measure, the measure's 序时进度 and colour at the end of the report's period, and
// its neighbours in the waiting queue (oldest submission first, the queue's filters kept) for
// previous / next. Opening a submitted report records it (review-openings.ts: batch approval).
// A fixed number of queries.
import "server-only";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { today } from "../../clock.ts";
import { prisma } from "../../db.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { fromDbDate, type IsoDate } from "../../domain/dates.ts";
import { listVisiblePlans, type PlanSummary } from "../plans/resolve-plan.ts";
import { getStatusIndex, type IndexedMeasureStatus } from "../status/get-status-index.ts";
import { reviewQueueScope, type ReviewFilters } from "./list-review-queue.ts";
import { indicatorSelect, reportDetailsSelect, type ReportDetails, type ReportIndicator } from "./report-details.ts";
import { recordReportOpened } from "./internal/review-openings.ts";
import { visibleReportsWhere } from "../scope/visible-reports.ts";

export type ReviewDesk = {
  plan: PlanSummary;
  report: ReportDetails & { submittedAt: Date | null };
  unit: { id: number; name: string };
  period: { id: number; label: string; endsOn: IsoDate };
  measure: { id: number; number: number; text: string; task: { number: number; title: string } };
  indicators: ReportIndicator[];
  previous: (ReportDetails & { period: { label: string } }) | null;
  /** The measure's status at the end of the report's period (today, if that is later). */
  status: (IndexedMeasureStatus & { asOf: IsoDate }) | null;
  /** The waiting queue around this report, with the filters of the queue it was opened from. */
  queue: { position: number | null; total: number; previousId: number | null; nextId: number | null };
};

export async function getReviewDesk(viewer: Viewer, reportId: number, filters: ReviewFilters): Promise<ReviewDesk | null> {
  assertCan(viewer, { action: "review:list" });
  const [{ plans }, db] = await Promise.all([listVisiblePlans(viewer), prisma()]);
  const planIds = plans.map((p) => p.id);
  const report = await db.progressReport.findFirst({
    where: { AND: [{ id: reportId }, visibleReportsWhere(viewer), { state: { not: "DRAFT" } }, { measure: { planId: { in: planIds } } }] },
    select: {
      ...reportDetailsSelect,
      measureId: true,
      unit: { select: { id: true, name: true } },
      period: { select: { id: true, label: true, startsOn: true, endsOn: true } },
      measure: {
        select: {
          id: true,
          number: true,
          text: true,
          planId: true,
          task: { select: { number: true, title: true } },
          indicators: indicatorSelect,
        },
      },
    },
  });
  if (!report) return null;
  const plan = plans.find((p) => p.id === report.measure.planId)!;
  // Only a waiting report counts as read for a batch approval; opening a decided one changes nothing.
  if (report.state === "SUBMITTED") await recordReportOpened(db, viewer, report.id);

  const endsOn = fromDbDate(report.period.endsOn);
  const asOf = endsOn < today() ? endsOn : today();
  const { where: waiting } = reviewQueueScope(viewer, { ...filters, state: "SUBMITTED" }, plans);
  const [previous, index, queue] = await Promise.all([
    db.progressReport.findFirst({
      where: {
        AND: [
          visibleReportsWhere(viewer),
          {
            measureId: report.measureId,
            unitId: report.unit.id,
            state: { in: ["SUBMITTED", "APPROVED"] },
            period: { startsOn: { lt: report.period.startsOn } },
          },
        ],
      },
      orderBy: [{ period: { startsOn: "desc" } }, { id: "desc" }],
      select: { ...reportDetailsSelect, period: { select: { label: true } } },
    }),
    getStatusIndex(viewer, plan, asOf),
    neighbours(waiting, report),
  ]);
  const status = index?.measures.get(report.measure.id);
  const { unit, period, measure, measureId, ...details } = report;
  void measureId;
  return {
    plan,
    report: details,
    unit,
    period: { id: period.id, label: period.label, endsOn },
    measure: { id: measure.id, number: measure.number, text: measure.text, task: measure.task },
    indicators: measure.indicators,
    previous,
    status: status && index ? { ...status, asOf: index.asOf } : null,
    queue,
  };
}

/** Previous and next in the waiting queue (submittedAt, id ascending) and this report's place in it. */
async function neighbours(waiting: Prisma.ProgressReportWhereInput, report: { id: number; submittedAt: Date | null; state: string }) {
  const db = await prisma();
  const at = report.submittedAt ?? new Date(0);
  const before: Prisma.ProgressReportWhereInput = { OR: [{ submittedAt: { lt: at } }, { submittedAt: at, id: { lt: report.id } }] };
  const after: Prisma.ProgressReportWhereInput = { OR: [{ submittedAt: { gt: at } }, { submittedAt: at, id: { gt: report.id } }] };
  const [previous, next, earlier, total] = await Promise.all([
    db.progressReport.findFirst({
      where: { AND: [waiting, before] },
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    }),
    db.progressReport.findFirst({
      where: { AND: [waiting, after] },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      select: { id: true },
    }),
    db.progressReport.count({ where: { AND: [waiting, before] } }),
    db.progressReport.count({ where: waiting }),
  ]);
  return { position: report.state === "SUBMITTED" ? earlier + 1 : null, total, previousId: previous?.id ?? null, nextId: next?.id ?? null };
}
