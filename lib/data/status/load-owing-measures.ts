// What lib/domain/status/owed-reports.ts needs to say which periods some measures owe: their dates,
// approved extensions, escalations, their lead units' approved reports and their reopenings. A
// fixed number of small set-based queries, one after the other and without relation selects (a
// transaction's one connection must not get queries at once).
import "server-only";
import type { PrismaLike } from "../../db.ts";
import { fromDbDate } from "../../domain/dates.ts";
import type { OwingMeasure } from "../../domain/status/owed-reports.ts";

export async function loadOwingMeasures(db: PrismaLike, measureIds: readonly number[]): Promise<Map<number, OwingMeasure>> {
  const ids = [...new Set(measureIds)];
  const where = { measureId: { in: ids } };
  const measures = await db.measure.findMany({ where: { id: { in: ids } }, select: { id: true, startDate: true, dueDate: true } });
  const extensions = await db.extensionRequest.findMany({
    where: { ...where, state: "APPROVED", decidedAt: { not: null } },
    select: { measureId: true, requestedDueOn: true, decidedAt: true },
  });
  const escalations = await db.escalation.findMany({ where, select: { measureId: true, cadence: true, startsOn: true, endsOn: true } });
  // The colour engine's figures: the lead unit's approved reports that carry a percent.
  const leads = new Set(
    (await db.measureUnit.findMany({ where: { ...where, role: "LEAD" }, select: { measureId: true, unitId: true } })).map(
      (l) => `${l.measureId}:${l.unitId}`,
    ),
  );
  const approved = await db.progressReport.findMany({
    where: { ...where, state: "APPROVED", percent: { not: null }, reviewedAt: { not: null } },
    select: { id: true, measureId: true, unitId: true, percent: true, reviewedAt: true, periodId: true },
  });
  const approvals = approved.filter((r) => leads.has(`${r.measureId}:${r.unitId}`));
  const periods = await db.reportingPeriod.findMany({
    where: { id: { in: [...new Set(approvals.map((r) => r.periodId))] } },
    select: { id: true, startsOn: true },
  });
  const startOf = new Map(periods.map((p) => [p.id, fromDbDate(p.startsOn)]));
  const reopenings = await db.measureReopening.findMany({ where, select: { measureId: true, reopenedAt: true } });

  const owing = new Map<number, OwingMeasure>();
  for (const m of measures) {
    owing.set(m.id, {
      startDate: fromDbDate(m.startDate),
      dueDate: fromDbDate(m.dueDate),
      extensions: extensions
        .filter((e) => e.measureId === m.id)
        .map((e) => ({ requestedDueOn: fromDbDate(e.requestedDueOn), decidedAt: e.decidedAt!.getTime() })),
      escalations: escalations
        .filter((e) => e.measureId === m.id)
        .map((e) => ({ cadence: e.cadence, startsOn: fromDbDate(e.startsOn), endsOn: e.endsOn ? fromDbDate(e.endsOn) : null })),
      leadApprovals: approvals
        .filter((r) => r.measureId === m.id)
        .map((r) => ({
          reportId: r.id,
          periodStartsOn: startOf.get(r.periodId)!,
          percent: r.percent!,
          reviewedAt: r.reviewedAt!.getTime(),
        })),
      reopenings: reopenings.filter((x) => x.measureId === m.id).map((x) => x.reopenedAt.getTime()),
    });
  }
  return owing;
}
