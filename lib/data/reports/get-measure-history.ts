// The measure's history: every audited step of the reports on it that the viewer may read, oldest
// first. Events about other reports (another unit's draft) are not fetched at all, and an event's
// before/after values stay here: the history says which fields changed, never their contents.
import "server-only";
import type { Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { describeReportEvent, type ReportChange } from "../../domain/report-history.ts";
import { visibleReportsWhere } from "../scope/visible-reports.ts";

export type HistoryEntry = {
  id: number;
  at: Date;
  actorName: string;
  unit: { id: number; name: string };
  period: { id: number; label: string };
  change: ReportChange;
};

export async function getMeasureHistory(viewer: Viewer, measureId: number): Promise<HistoryEntry[]> {
  const db = await prisma();
  const reports = await db.progressReport.findMany({
    where: { AND: [visibleReportsWhere(viewer), { measureId }] },
    select: { id: true, unit: { select: { id: true, name: true } }, period: { select: { id: true, label: true } } },
  });
  if (reports.length === 0) return [];
  const byId = new Map(reports.map((r) => [String(r.id), r]));
  const events = await db.auditEvent.findMany({
    where: { measureId, entityType: "ProgressReport", entityId: { in: [...byId.keys()] } },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { id: true, at: true, actorName: true, action: true, entityId: true, before: true, after: true },
  });
  return events.map((e) => {
    const report = byId.get(e.entityId)!;
    return { id: e.id, at: e.at, actorName: e.actorName, unit: report.unit, period: report.period, change: describeReportEvent(e) };
  });
}
