// 我的填报: the reports the viewer's unit has to file today, by plan and period (rules in
// lib/domain/inbox.ts). A unit can owe reports in several plans (this year's city list and a
// county's, say); frozen plans take no more reports and are left out. Set-based: the plans, the
// unit, its periods, its measures and its reports are one query each, whatever the number of rows.
import "server-only";
import { assertCan, type ReportState, type Viewer } from "../../auth/permissions.ts";
import { today } from "../../clock.ts";
import { prisma } from "../../db.ts";
import { fromDbDate, toDbDate, type IsoDate } from "../../domain/dates.ts";
import { buildInbox, type InboxGroup } from "../../domain/inbox.ts";
import type { UnitRole } from "../../generated/prisma/client.ts";
import { listVisiblePlans, type PlanSummary } from "../plans/resolve-plan.ts";
import { loadOwingMeasures } from "../status/load-owing-measures.ts";

export type InboxPeriod = { id: number; label: string; startsOn: IsoDate; endsOn: IsoDate; dueOn: IsoDate };
export type InboxMeasure = { id: number; number: number; role: UnitRole; startDate: IsoDate; task: { number: number; title: string } };
export type InboxReport = {
  id: number;
  measureId: number;
  periodId: number;
  state: ReportState;
  percent: number | null;
  returnReason: string | null;
  updatedAt: Date;
};
export type InboxPlan = { plan: PlanSummary; groups: InboxGroup<InboxPeriod, InboxMeasure, InboxReport>[] };
export type Inbox = { unit: { id: number; name: string }; today: IsoDate; plans: InboxPlan[] };

export async function listInbox(viewer: Viewer, on: IsoDate = today()): Promise<Inbox> {
  assertCan(viewer, { action: "inbox:read" });
  const unitId = viewer.unitId ?? -1;
  const db = await prisma();
  // The open plans the unit has measures in, in the switcher's order (newest year, the city first).
  const [{ plans: visible }, working] = await Promise.all([
    listVisiblePlans(viewer),
    db.plan.findMany({ where: { frozenAt: null, measures: { some: { units: { some: { unitId } } } } }, select: { id: true } }),
  ]);
  const workingIds = new Set(working.map((p) => p.id));
  const plans = visible.filter((p) => workingIds.has(p.id) && p.frozenOn === null);
  const planIds = plans.map((p) => p.id);
  // A read writes nothing: this week's weekly/daily periods come from the daily job and from the
  // writes that escalate (lib/data/status/escalations.ts).
  const started = { planId: { in: planIds }, startsOn: { lte: toDbDate(on) } };
  const [unit, periods, links, reports] = await Promise.all([
    db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { id: true, name: true } }),
    db.reportingPeriod.findMany({
      where: started,
      select: { id: true, planId: true, kind: true, label: true, startsOn: true, endsOn: true, dueOn: true },
    }),
    db.measureUnit.findMany({
      where: { unitId, measure: { planId: { in: planIds } } },
      orderBy: [{ measure: { task: { number: "asc" } } }, { measure: { number: "asc" } }],
      select: {
        role: true,
        measure: { select: { id: true, planId: true, number: true, startDate: true, task: { select: { number: true, title: true } } } },
      },
    }),
    db.progressReport.findMany({
      // The viewer's own unit only: the unit id comes from the session, never from the request.
      where: { unitId, period: started },
      select: { id: true, measureId: true, periodId: true, state: true, percent: true, returnReason: true, updatedAt: true },
    }),
  ]);
  // Which of these periods each measure owes: the one rule (lib/domain/status/owed-reports.ts).
  const owing = await loadOwingMeasures(
    db,
    links.map((l) => l.measure.id),
  );
  const inbox = plans.map((plan) => ({
    plan,
    groups: buildInbox({
      periods: periods
        .filter((p) => p.planId === plan.id)
        .map(({ planId: _plan, ...p }) => ({
          ...p,
          startsOn: fromDbDate(p.startsOn),
          endsOn: fromDbDate(p.endsOn),
          dueOn: fromDbDate(p.dueOn),
        })),
      measures: links
        .filter((l) => l.measure.planId === plan.id)
        .map(({ role, measure: { planId: _plan, ...measure } }) => ({
          ...measure,
          role,
          startDate: fromDbDate(measure.startDate),
          owing: owing.get(measure.id)!,
        })),
      reports,
      today: on,
    }),
  }));
  return { unit, today: on, plans: inbox.filter((p) => p.groups.length > 0) };
}
