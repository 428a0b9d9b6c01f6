// 问题台账: the entries of a plan the viewer may see, filtered by unit, action (行动),
// measure, state and overdue; open ones first, by due date. Counts by state for the same unit /
// action / measure filters. A fixed number of queries whatever the page size.
import "server-only";
import { z } from "zod";
import type { Viewer } from "../../auth/permissions.ts";
import { today } from "../../clock.ts";
import { prisma } from "../../db.ts";
import { fromDbDate, toChinaDate, toDbDate, type IsoDate } from "../../domain/dates.ts";
import { overdueDays, type ProblemState } from "../../domain/problems/problem-workflow.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { assertPlanReadable, type PlanSummary } from "../plans/resolve-plan.ts";
import { visibleProblemsWhere } from "../scope/visible-problems.ts";
import { recordIdSchema } from "../../record-id.ts";

export const PROBLEM_STATE_FILTERS = ["ALL", "OPEN", "RESOLUTION_SUBMITTED", "RESOLVED", "DRAFT"] as const;
export const PROBLEM_PAGE_SIZE = 50;
/** An export holds at most this many entries. */
export const PROBLEM_EXPORT_LIMIT = 10_000;

// Search params are user input: anything malformed falls back to the default instead of failing.
const optionalId = recordIdSchema().optional().catch(undefined);
export const problemFiltersSchema = z.object({
  /** The plan as the URL names it (none: the viewer's default plan); kept in every link and export. */
  plan: optionalId,
  unit: optionalId,
  action: optionalId,
  measure: optionalId,
  state: z.enum(PROBLEM_STATE_FILTERS).default("ALL").catch("ALL"),
  overdue: z.enum(["1"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type ProblemFilters = z.infer<typeof problemFiltersSchema>;

/** The filters as URL search params (without the page unless given). */
export function problemFilterQuery(filters: ProblemFilters, page?: number): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.plan) query.set("plan", String(filters.plan));
  if (filters.unit) query.set("unit", String(filters.unit));
  if (filters.action) query.set("action", String(filters.action));
  if (filters.measure) query.set("measure", String(filters.measure));
  if (filters.state !== "ALL") query.set("state", filters.state);
  if (filters.overdue) query.set("overdue", "1");
  if (page && page > 1) query.set("page", String(page));
  return query;
}

export type ProblemListRow = {
  id: number;
  description: string;
  responsiblePerson: string;
  remedy: string;
  dueOn: IsoDate;
  originalDueOn: IsoDate;
  state: ProblemState;
  published: boolean;
  source: "REPORT" | "INSPECTION" | "DIRECT";
  overdueDays: number;
  unit: { id: number; name: string };
  measure: { id: number; number: number; task: { number: number } };
};

export type ProblemCounts = Record<ProblemState | "DRAFT" | "overdue", number>;

export type ProblemList = {
  plan: PlanSummary;
  asOf: IsoDate;
  filters: ProblemFilters;
  rows: ProblemListRow[];
  total: number;
  pageCount: number;
  counts: ProblemCounts;
  units: { id: number; name: string }[];
  actions: { number: number; title: string }[];
  /** The measure named by the measure filter, for the page to say so. */
  measure: { id: number; number: number; task: { number: number } } | null;
};

export const problemListSelect = {
  id: true,
  description: true,
  responsiblePerson: true,
  remedy: true,
  dueOn: true,
  originalDueOn: true,
  state: true,
  publishedAt: true,
  resolvedAt: true,
  source: true,
  unit: { select: { id: true, name: true } },
  measure: { select: { id: true, number: true, task: { select: { number: true } } } },
} satisfies Prisma.ProblemSelect;

export function toListRow(p: Prisma.ProblemGetPayload<{ select: typeof problemListSelect }>, asOf: IsoDate): ProblemListRow {
  const { publishedAt, resolvedAt, dueOn, originalDueOn, ...rest } = p;
  const published = publishedAt !== null;
  const due = fromDbDate(dueOn);
  return {
    ...rest,
    published,
    dueOn: due,
    originalDueOn: fromDbDate(originalDueOn),
    overdueDays: overdueDays({ published, dueOn: due, resolvedOn: resolvedAt ? toChinaDate(resolvedAt) : null }, asOf),
  };
}

const overdueWhere = (asOf: IsoDate): Prisma.ProblemWhereInput => ({
  publishedAt: { not: null },
  state: { not: "RESOLVED" },
  dueOn: { lt: toDbDate(asOf) },
});

export async function listProblems(
  viewer: Viewer,
  plan: PlanSummary,
  filters: ProblemFilters,
  options: { all?: boolean } = {},
): Promise<ProblemList> {
  assertPlanReadable(viewer, plan);
  const db = await prisma();
  const planId = plan.id;
  const asOf = today();
  const base: Prisma.ProblemWhereInput = {
    AND: [
      visibleProblemsWhere(viewer),
      { planId },
      filters.unit ? { unitId: filters.unit } : {},
      filters.action ? { measure: { task: { action: { number: filters.action } } } } : {},
      filters.measure ? { measureId: filters.measure } : {},
    ],
  };
  const stateWhere: Prisma.ProblemWhereInput =
    filters.state === "ALL" ? {} : filters.state === "DRAFT" ? { publishedAt: null } : { state: filters.state, publishedAt: { not: null } };
  const where: Prisma.ProblemWhereInput = { AND: [base, stateWhere, filters.overdue ? overdueWhere(asOf) : {}] };
  const take = options.all ? PROBLEM_EXPORT_LIMIT : PROBLEM_PAGE_SIZE;
  const [total, rows, byState, drafts, overdue, units, actions, measure] = await Promise.all([
    db.problem.count({ where }),
    db.problem.findMany({
      where,
      // Open entries first (the enum's order), then the most urgent.
      orderBy: [{ state: "asc" }, { dueOn: "asc" }, { id: "asc" }],
      skip: options.all ? 0 : (filters.page - 1) * PROBLEM_PAGE_SIZE,
      take,
      select: problemListSelect,
    }),
    db.problem.groupBy({ by: ["state"], where: { AND: [base, { publishedAt: { not: null } }] }, _count: { _all: true } }),
    db.problem.count({ where: { AND: [base, { publishedAt: null }] } }),
    db.problem.count({ where: { AND: [base, overdueWhere(asOf)] } }),
    db.unit.findMany({ where: { measures: { some: { measure: { planId } } } }, orderBy: { id: "asc" }, select: { id: true, name: true } }),
    db.action.findMany({ where: { planId }, orderBy: { number: "asc" }, select: { number: true, title: true } }),
    filters.measure
      ? db.measure.findFirst({
          where: { id: filters.measure, planId },
          select: { id: true, number: true, task: { select: { number: true } } },
        })
      : null,
  ]);
  const counts: ProblemCounts = { OPEN: 0, RESOLUTION_SUBMITTED: 0, RESOLVED: 0, DRAFT: drafts, overdue };
  for (const g of byState) counts[g.state] = g._count._all;
  return {
    plan,
    asOf,
    filters,
    rows: rows.map((p) => toListRow(p, asOf)),
    total,
    pageCount: Math.max(1, Math.ceil(total / PROBLEM_PAGE_SIZE)),
    counts,
    units,
    actions,
    measure,
  };
}
