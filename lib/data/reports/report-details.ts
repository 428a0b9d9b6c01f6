// What a page shows of one report (the form, the measure page): one select, so both read the same
// columns and never load attachment bytes.
import "server-only";
import type { Prisma } from "../../generated/prisma/client.ts";

export const reportDetailsSelect = {
  id: true,
  unitId: true,
  periodId: true,
  state: true,
  version: true,
  percent: true,
  progress: true,
  problems: true,
  nextSteps: true,
  returnReason: true,
  submittedAt: true,
  reviewedAt: true,
  updatedAt: true,
  actuals: { select: { indicatorId: true, value: true } },
  milestoneMarks: {
    orderBy: { milestone: { position: "asc" } },
    select: { milestoneId: true, reachedOn: true, milestone: { select: { title: true } } },
  },
  attachments: { orderBy: { id: "asc" }, select: { id: true, fileName: true, mimeType: true, size: true } },
  qualityWarnings: true,
  qualityExplanation: true,
} satisfies Prisma.ProgressReportSelect;

export type ReportDetails = Prisma.ProgressReportGetPayload<{ select: typeof reportDetailsSelect }>;

/** A measure's indicators as the report pages list them. */
export const indicatorSelect = {
  orderBy: { position: "asc" },
  select: { id: true, label: true, target: true, low: true, high: true, unit: true, comparator: true, source: true },
} satisfies Prisma.Measure$indicatorsArgs;

export type ReportIndicator = Prisma.IndicatorGetPayload<typeof indicatorSelect>;
