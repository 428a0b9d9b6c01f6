// 我的填报: the reports the viewer's unit has to file today, by period (rules in lib/domain/inbox.ts).
// Set-based: the plan, the unit, its periods, its measures and its reports are one query each,
// whatever the number of rows.
import { assertCan, type ReportState, type Viewer } from "../../auth/permissions.ts";
import { today } from "../../clock.ts";
import { prisma } from "../../db.ts";
import { fromDbDate, toDbDate, type IsoDate } from "../../domain/dates.ts";
import { buildInbox, type InboxGroup } from "../../domain/inbox.ts";
import type { UnitRole } from "../../generated/prisma/client.ts";
import { getCurrentPlan, type PlanSummary } from "../plans/get-current-plan.ts";
import { syncEscalations } from "../status/escalations.ts";
import { loadOwingMeasures } from "../status/load-owing-measures.ts";

export type InboxPeriod = { id: number; label: string; startsOn: IsoDate; endsOn: IsoDate; dueOn: IsoDate };
export type InboxMeasure = { id: number; number: number; role: UnitRole; startDate: IsoDate; task: { number: number; title: string } };
export type InboxReport = { id: number; measureId: number; periodId: number; state: ReportState; percent: number | null; returnReason: string | null; updatedAt: Date };
export type Inbox = { plan: PlanSummary | null; unit: { id: number; name: string }; today: IsoDate; groups: InboxGroup<InboxPeriod, InboxMeasure, InboxReport>[] };

export async function listInbox(viewer: Viewer, on: IsoDate = today()): Promise<Inbox> {
  assertCan(viewer, { action: "inbox:read" });
  const unitId = viewer.unitId ?? -1;
  const [plan, db] = await Promise.all([getCurrentPlan(), prisma()]);
  const planId = plan?.id ?? -1;
  // Escalations follow today's colours (the daily job syncs them too, lib/jobs), so this week's
  // weekly/daily periods exist before the unit looks for them, even with the job runner off.
  if (plan) await syncEscalations(plan.id, on);
  const started = { planId, startsOn: { lte: toDbDate(on) } };
  const [unit, periods, links, reports] = await Promise.all([
    db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { id: true, name: true } }),
    db.reportingPeriod.findMany({ where: started, select: { id: true, kind: true, label: true, startsOn: true, endsOn: true, dueOn: true } }),
    db.measureUnit.findMany({
      where: { unitId, measure: { planId } },
      orderBy: [{ measure: { task: { number: "asc" } } }, { measure: { number: "asc" } }],
      select: { role: true, measure: { select: { id: true, number: true, startDate: true, task: { select: { number: true, title: true } } } } },
    }),
    db.progressReport.findMany({
      // The viewer's own unit only: the unit id comes from the session, never from the request.
      where: { unitId, period: started },
      select: { id: true, measureId: true, periodId: true, state: true, percent: true, returnReason: true, updatedAt: true },
    }),
  ]);
  // Which of these periods each measure owes: the one rule (lib/domain/status/owed-reports.ts).
  const owing = await loadOwingMeasures(db, links.map((l) => l.measure.id));
  const groups = buildInbox({
    periods: periods.map((p) => ({ ...p, startsOn: fromDbDate(p.startsOn), endsOn: fromDbDate(p.endsOn), dueOn: fromDbDate(p.dueOn) })),
    measures: links.map(({ role, measure }) => ({ ...measure, role, startDate: fromDbDate(measure.startDate), owing: owing.get(measure.id)! })),
    reports,
    today: on,
  });
  return { plan, unit, today: on, groups };
}
