// What the audit trail keeps of a report: its fields, actuals, milestone marks and file names (not file bytes).
import { fromDbDate } from "../../../domain/dates.ts";
import type { Prisma } from "../../../generated/prisma/client.ts";

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
  qualityWarnings: unknown;
  qualityExplanation: string | null;
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
    // 数据质量: the warnings stored at submission and the reporter's explanation.
    qualityWarnings: (r.qualityWarnings ?? null) as Prisma.InputJsonValue | null,
    qualityExplanation: r.qualityExplanation,
    actuals: r.actuals.map((a) => ({ indicatorId: a.indicatorId, value: a.value })),
    milestones: r.milestoneMarks.map((m) => ({ milestoneId: m.milestoneId, reachedOn: fromDbDate(m.reachedOn) })),
    attachments: r.attachments.map((a) => ({ id: a.id, fileName: a.fileName })),
  };
}
