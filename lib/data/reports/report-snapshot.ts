// What the audit trail keeps of a report: its fields, actuals, milestone marks and file names (not file bytes).
import { fromDbDate } from "../../domain/dates.ts";

type ReportRow = {
  id: number;
  unitId: number;
  periodId: number;
  state: string;
  version: number;
  percent: number | null;
  progress: string;
  problems: string;
  nextSteps: string;
  returnReason: string | null;
  actuals: { indicatorId: number; value: number }[];
  milestoneMarks: { milestoneId: number; reachedOn: Date }[];
  attachments: { id: number; fileName: string }[];
};

export function reportSnapshot(r: ReportRow) {
  return {
    unitId: r.unitId,
    periodId: r.periodId,
    state: r.state,
    version: r.version,
    percent: r.percent,
    progress: r.progress,
    problems: r.problems,
    nextSteps: r.nextSteps,
    returnReason: r.returnReason,
    actuals: r.actuals.map((a) => ({ indicatorId: a.indicatorId, value: a.value })),
    milestones: r.milestoneMarks.map((m) => ({ milestoneId: m.milestoneId, reachedOn: fromDbDate(m.reachedOn) })),
    attachments: r.attachments.map((a) => ({ id: a.id, fileName: a.fileName })),
  };
}
