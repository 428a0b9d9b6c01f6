// 审核: reports across units for bureau staff, in every plan of their region or in the plan chosen,
// filtered by unit, action (行动, within a plan) and state; submitted ones by default, oldest
// submission first. A fixed number of queries whatever the page size.
import "server-only";
import { z } from "zod";
import { assertCan, type ReportState, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { listVisiblePlans, type PlanSummary } from "../plans/resolve-plan.ts";
import { readStoredWarnings } from "../../domain/quality/stored-warnings.ts";
import type { QualityWarning } from "../../domain/quality/report-checks.ts";
import { visibleReportsWhere } from "../scope/visible-reports.ts";
import { recordIdSchema } from "../../record-id.ts";
import { openedReportIds } from "./internal/review-openings.ts";

export const REVIEW_STATES = ["SUBMITTED", "RETURNED", "APPROVED", "ALL"] as const;
export const REVIEW_PAGE_SIZE = 50;

// Search params are user input: anything malformed falls back to the default instead of failing.
const optionalId = recordIdSchema().optional().catch(undefined);
export const reviewFiltersSchema = z.object({
  plan: optionalId,
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
  plan: PlanSummary;
  /** 数据质量 warnings stored when it was submitted, and the reporter's explanation. */
  qualityWarnings: QualityWarning[];
  qualityExplanation: string | null;
  /** The viewer opened it on the review desk since its latest submission: it may be approved in a batch. */
  opened: boolean;
};

export type ReviewQueue = {
  /** The plan filtered on, if any; else every plan of `plans`. */
  plan: PlanSummary | null;
  /** The plans the viewer may review in (the filter's choices). */
  plans: PlanSummary[];
  filters: ReviewFilters;
  rows: ReviewRow[];
  total: number;
  pageCount: number;
  units: { id: number; name: string }[];
  actions: { number: number; title: string }[];
};

/** The queue's rows as a filter (also the review desk's previous/next): the plan filtered on, or
 *  every plan in reach; a plan outside the viewer's region matches nothing. */
export function reviewQueueScope(viewer: Viewer, filters: ReviewFilters, plans: PlanSummary[]) {
  // With one plan in reach, it is the plan filtered on (its actions can be chosen).
  const plan = filters.plan === undefined ? (plans.length === 1 ? plans[0] : null) : (plans.find((p) => p.id === filters.plan) ?? null);
  const planIds = plan ? [plan.id] : filters.plan === undefined ? plans.map((p) => p.id) : [];
  const where: Prisma.ProgressReportWhereInput = {
    AND: [
      visibleReportsWhere(viewer),
      // Drafts are the units' own business, even for an administrator's review list.
      { state: filters.state === "ALL" ? { not: "DRAFT" } : filters.state },
      { measure: { planId: { in: planIds }, ...(plan && filters.action ? { task: { action: { number: filters.action } } } : {}) } },
      filters.unit ? { unitId: filters.unit } : {},
    ],
  };
  return { plan, planIds, where };
}

export async function listReviewQueue(viewer: Viewer, filters: ReviewFilters): Promise<ReviewQueue> {
  assertCan(viewer, { action: "review:list" });
  const [{ plans }, db] = await Promise.all([listVisiblePlans(viewer), prisma()]);
  const { plan, planIds, where } = reviewQueueScope(viewer, filters, plans);
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
        measure: { select: { id: true, number: true, planId: true, task: { select: { number: true, title: true } } } },
        qualityWarnings: true,
        qualityExplanation: true,
      },
    }),
    db.unit.findMany({
      where: { measures: { some: { measure: { planId: { in: planIds } } } } },
      orderBy: [{ regionId: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
    }),
    // Actions are numbered within a plan: the filter needs one plan.
    plan
      ? db.action.findMany({ where: { planId: plan.id }, orderBy: { number: "asc" }, select: { number: true, title: true } })
      : Promise.resolve([]),
  ]);
  const opened = await openedReportIds(db, viewer, rows);
  const planOf = new Map(plans.map((p) => [p.id, p]));
  return {
    plan,
    plans,
    filters,
    rows: rows.map(({ measure: { planId, ...measure }, qualityWarnings, ...row }) => ({
      ...row,
      measure,
      plan: planOf.get(planId)!,
      qualityWarnings: readStoredWarnings(qualityWarnings),
      opened: opened.has(row.id),
    })),
    total,
    pageCount: Math.max(1, Math.ceil(total / REVIEW_PAGE_SIZE)),
    units,
    actions,
  };
}
