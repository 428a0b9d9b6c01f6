// 审核: reports across units for bureau staff, filtered by unit, action (行动) and state; submitted
// ones by default, oldest submission first. A fixed number of queries whatever the page size.
import { z } from "zod";
import { assertCan, type ReportState, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { getCurrentPlan, type PlanSummary } from "../plans/get-current-plan.ts";
import { readStoredWarnings } from "../../domain/quality/stored-warnings.ts";
import type { QualityWarning } from "../../domain/quality/report-checks.ts";
import { visibleReportsWhere } from "./visible-reports.ts";
import { recordIdSchema } from "../../record-id.ts";

export const REVIEW_STATES = ["SUBMITTED", "RETURNED", "APPROVED", "ALL"] as const;
export const REVIEW_PAGE_SIZE = 50;

// Search params are user input: anything malformed falls back to the default instead of failing.
const optionalId = recordIdSchema().optional().catch(undefined);
export const reviewFiltersSchema = z.object({
  unit: optionalId,
  action: optionalId,
  state: z.enum(REVIEW_STATES).default("SUBMITTED").catch("SUBMITTED"),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type ReviewFilters = z.infer<typeof reviewFiltersSchema>;

export type ReviewRow = {
  id: number;
  state: ReportState;
  percent: number | null;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  returnReason: string | null;
  unit: { id: number; name: string };
  period: { id: number; label: string };
  measure: { id: number; number: number; task: { number: number; title: string } };
  /** 数据质量 warnings stored when it was submitted, and the reporter's explanation. */
  qualityWarnings: QualityWarning[];
  qualityExplanation: string | null;
};

export type ReviewQueue = {
  plan: PlanSummary | null;
  filters: ReviewFilters;
  rows: ReviewRow[];
  total: number;
  pageCount: number;
  units: { id: number; name: string }[];
  actions: { number: number; title: string }[];
};

export async function listReviewQueue(viewer: Viewer, filters: ReviewFilters): Promise<ReviewQueue> {
  assertCan(viewer, { action: "review:list" });
  const [plan, db] = await Promise.all([getCurrentPlan(), prisma()]);
  const planId = plan?.id ?? -1;
  const where: Prisma.ProgressReportWhereInput = {
    AND: [
      visibleReportsWhere(viewer),
      // Drafts are the units' own business, even for an administrator's review list.
      { state: filters.state === "ALL" ? { not: "DRAFT" } : filters.state },
      { measure: { planId, ...(filters.action ? { task: { action: { number: filters.action } } } : {}) } },
      filters.unit ? { unitId: filters.unit } : {},
    ],
  };
  const orderBy: Prisma.ProgressReportOrderByWithRelationInput[] =
    filters.state === "SUBMITTED" ? [{ submittedAt: "asc" }, { id: "asc" }] : [{ updatedAt: "desc" }, { id: "desc" }];
  const [total, rows, units, actions] = await Promise.all([
    db.progressReport.count({ where }),
    db.progressReport.findMany({
      where,
      orderBy,
      skip: (filters.page - 1) * REVIEW_PAGE_SIZE,
      take: REVIEW_PAGE_SIZE,
      select: {
        id: true,
        state: true,
        percent: true,
        submittedAt: true,
        reviewedAt: true,
        returnReason: true,
        unit: { select: { id: true, name: true } },
        period: { select: { id: true, label: true } },
        measure: { select: { id: true, number: true, task: { select: { number: true, title: true } } } },
        qualityWarnings: true,
        qualityExplanation: true,
      },
    }),
    db.unit.findMany({ where: { measures: { some: { measure: { planId } } } }, orderBy: { id: "asc" }, select: { id: true, name: true } }),
    db.action.findMany({ where: { planId }, orderBy: { number: "asc" }, select: { number: true, title: true } }),
  ]);
  return {
    plan,
    filters,
    rows: rows.map((row) => ({ ...row, qualityWarnings: readStoredWarnings(row.qualityWarnings) })),
    total,
    pageCount: Math.max(1, Math.ceil(total / REVIEW_PAGE_SIZE)),
    units,
    actions,
  };
}
