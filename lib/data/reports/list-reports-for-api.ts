// A measure's reports for the API: only those the viewer may read (visibleReportsWhere puts the
// rule of can("report:read") into the WHERE), with period, unit, texts, indicator actuals, the
// milestones marked reached and attachment metadata (never the bytes). Newest period first, then by unit.
import "server-only";
import type { ReportState, Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { fromDbDate, type IsoDate } from "../../domain/dates.ts";
import { AppError } from "../../errors.ts";
import { reportMessages } from "../../messages/reports.ts";
import { visibleReportsWhere } from "../scope/visible-reports.ts";

export type ApiReport = {
  id: number;
  measureId: number;
  period: { id: number; label: string; startsOn: IsoDate; endsOn: IsoDate; dueOn: IsoDate };
  unit: { id: number; name: string };
  state: ReportState;
  version: number;
  percent: number | null;
  progress: string;
  problems: string;
  nextSteps: string;
  returnReason: string | null;
  actuals: { indicatorId: number; value: number }[];
  milestones: { milestoneId: number; reachedOn: IsoDate }[];
  attachments: { id: number; fileName: string; mimeType: string; size: number; sha256: string; createdAt: string }[];
  submittedAt: string | null;
  reviewedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type MeasureReports = { measureId: number; reports: ApiReport[] };

export async function listReportsForApi(viewer: Viewer, measureId: number): Promise<MeasureReports> {
  const db = await prisma();
  const measure = await db.measure.findUnique({ where: { id: measureId }, select: { id: true } });
  if (!measure) throw new AppError("NOT_FOUND", reportMessages.measureNotFound);
  const rows = await db.progressReport.findMany({
    where: { AND: [{ measureId }, visibleReportsWhere(viewer)] },
    orderBy: [{ period: { startsOn: "desc" } }, { unitId: "asc" }],
    select: {
      id: true,
      measureId: true,
      state: true,
      version: true,
      percent: true,
      progress: true,
      problems: true,
      nextSteps: true,
      returnReason: true,
      submittedAt: true,
      reviewedAt: true,
      createdAt: true,
      updatedAt: true,
      period: { select: { id: true, label: true, startsOn: true, endsOn: true, dueOn: true } },
      unit: { select: { id: true, name: true } },
      actuals: { orderBy: { indicatorId: "asc" }, select: { indicatorId: true, value: true } },
      milestoneMarks: { orderBy: { milestoneId: "asc" }, select: { milestoneId: true, reachedOn: true } },
      attachments: {
        orderBy: { id: "asc" },
        select: { id: true, fileName: true, mimeType: true, size: true, sha256: true, createdAt: true },
      },
    },
  });
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    measureId,
    reports: rows.map(({ milestoneMarks, ...r }) => ({
      ...r,
      milestones: milestoneMarks.map((mark) => ({ milestoneId: mark.milestoneId, reachedOn: fromDbDate(mark.reachedOn) })),
      period: {
        ...r.period,
        startsOn: fromDbDate(r.period.startsOn),
        endsOn: fromDbDate(r.period.endsOn),
        dueOn: fromDbDate(r.period.dueOn),
      },
      attachments: r.attachments.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
      submittedAt: iso(r.submittedAt),
      reviewedAt: iso(r.reviewedAt),
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    })),
  };
}
