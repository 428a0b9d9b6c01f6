// What the measure page shows of its milestones on a status date (default today): each milestone
// with its state and the marks of the reports the viewer may read, and the measure's timeline
// (lib/domain/milestones/timeline.ts) from a fixed number of queries. Null when there is no such
// measure. Reports appear as they are now; milestones and colour changes as of the date.
import "server-only";
import { can, type Viewer } from "../../auth/permissions.ts";
import { today } from "../../clock.ts";
import { prisma } from "../../db.ts";
import { endOfChinaDay, fromDbDate, toChinaDate, type IsoDate } from "../../domain/dates.ts";
import { effectiveDueDate } from "../../domain/extensions/extension-rules.ts";
import { buildTimeline, type TimelineEntry } from "../../domain/milestones/timeline.ts";
import type { ReportState } from "../../generated/prisma/client.ts";
import { visibleReportsWhere } from "../scope/visible-reports.ts";
import { plansInScopeWhere } from "../scope/plans-in-scope.ts";
import { planRef } from "../plans/resolve-plan.ts";
import { milestoneOrder, milestoneViewSelect, toMilestoneView, type MilestoneView } from "./milestone-view.ts";

/** A report's statement that a milestone was reached. */
export type MilestoneMark = { reportId: number; unitName: string; periodLabel: string; state: ReportState; reachedOn: IsoDate };
export type MeasureTimeline = {
  asOf: IsoDate;
  canManage: boolean;
  milestones: (MilestoneView & { marks: MilestoneMark[] })[];
  timeline: TimelineEntry[];
};

const COLOUR_ACTIONS = [
  "status.override",
  "status.override.lift",
  "escalation.start",
  "escalation.end",
  "escalation.set",
  "escalation.lift",
  "measure.reopen",
];

export async function getMeasureTimeline(viewer: Viewer, measureId: number, asOf: IsoDate = today()): Promise<MeasureTimeline | null> {
  const db = await prisma();
  const visible = { AND: [visibleReportsWhere(viewer), { measureId }] };
  const [measure, rows, marks, periods, reports, events, extensions] = await Promise.all([
    // Only a measure of a plan the viewer may read (a county's staff: their county's).
    db.measure.findFirst({
      where: { id: measureId, plan: plansInScopeWhere(viewer) },
      select: {
        startDate: true,
        dueDate: true,
        plan: { select: { regionId: true, frozenAt: true } },
        units: { orderBy: { position: "asc" }, select: { role: true, unit: { select: { id: true, name: true } } } },
      },
    }),
    db.milestone.findMany({ where: { measureId }, orderBy: milestoneOrder, select: milestoneViewSelect }),
    db.reportMilestone.findMany({
      where: { milestone: { measureId }, report: visibleReportsWhere(viewer) },
      orderBy: [{ reachedOn: "asc" }, { reportId: "asc" }],
      select: {
        milestoneId: true,
        reachedOn: true,
        report: { select: { id: true, state: true, unit: { select: { name: true } }, period: { select: { label: true } } } },
      },
    }),
    db.reportingPeriod.findMany({
      where: { plan: { measures: { some: { id: measureId } } }, OR: [{ kind: "MONTHLY" }, { reports: { some: visible } }] },
      orderBy: [{ startsOn: "asc" }, { kind: "asc" }],
      select: { id: true, kind: true, label: true, startsOn: true, endsOn: true, dueOn: true },
    }),
    db.progressReport.findMany({ where: visible, select: { periodId: true, unitId: true, state: true, percent: true } }),
    db.auditEvent.findMany({
      where: { measureId, action: { in: COLOUR_ACTIONS } },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: { at: true, action: true, actorName: true, before: true, after: true },
    }),
    // Approved extensions (延期): the due date in force on the timeline's date.
    db.extensionRequest.findMany({ where: { measureId, state: "APPROVED" }, select: { requestedDueOn: true, decidedAt: true } }),
  ]);
  if (!measure) return null;

  const milestones = rows.map((row) => ({
    ...toMilestoneView(row, asOf),
    marks: marks
      .filter((mark) => mark.milestoneId === row.id)
      .map((mark) => ({
        reportId: mark.report.id,
        unitName: mark.report.unit.name,
        periodLabel: mark.report.period.label,
        state: mark.report.state,
        reachedOn: fromDbDate(mark.reachedOn),
      })),
  }));
  // Audit times come from the real clock: with the clock moved back for a demo (DUBAN_TODAY), what
  // was recorded "after" today happened today. Without it, no event is later than today anyway.
  const now = today();
  const eventDay = (at: Date) => {
    const day = toChinaDate(at);
    return day > now ? now : day;
  };
  const timeline = buildTimeline({
    asOf,
    measure: {
      startDate: fromDbDate(measure.startDate),
      dueDate: effectiveDueDate(
        fromDbDate(measure.dueDate),
        extensions.flatMap((e) =>
          e.decidedAt ? [{ requestedDueOn: fromDbDate(e.requestedDueOn), decidedAt: e.decidedAt.getTime() }] : [],
        ),
        endOfChinaDay(asOf).getTime(),
      ),
      units: measure.units.map((u) => ({ ...u.unit, role: u.role })),
    },
    milestones: rows.map((row) => ({
      id: row.id,
      position: row.position,
      title: row.title,
      dueOn: fromDbDate(row.dueOn),
      confirmedOn: row.confirmedAt ? toChinaDate(row.confirmedAt) : null,
      completedOn: row.completedOn ? fromDbDate(row.completedOn) : null,
    })),
    periods: periods.map((p) => ({ ...p, startsOn: fromDbDate(p.startsOn), endsOn: fromDbDate(p.endsOn), dueOn: fromDbDate(p.dueOn) })),
    reports,
    events: events.map((e) => ({ on: eventDay(e.at), action: e.action, actorName: e.actorName, before: e.before, after: e.after })),
  });
  return { asOf, canManage: can(viewer, { action: "milestone:manage", plan: planRef(measure.plan) }), milestones, timeline };
}
