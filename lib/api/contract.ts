// The API v1 contract, written once: each route's path, inputs (zod) and responses (zod). The
// route handlers validate with these schemas (lib/api/api-handler.ts) and the OpenAPI document
// is generated from the same objects (lib/api/openapi.ts), so the two cannot drift apart.
// Response schemas are typed against the data functions' return types: a field added to one and
// not the other fails the type check.
import { z } from "zod";
import { calendarDateSchema } from "../calendar-date.ts";
import type { MeasureMilestones } from "../data/milestones/list-measure-milestones.ts";
import type { MilestoneView } from "../data/milestones/milestone-view.ts";
import type { MeasureReports } from "../data/reports/list-reports-for-api.ts";
import type { PlanStructure } from "../data/plans/get-plan-structure.ts";
import type { PlanListItem } from "../data/plans/list-plans.ts";
import { reportInputSchema } from "../data/reports/report-input.ts";
import type { SavedReport } from "../data/reports/save-report.ts";
import { QUALITY_WARNING_CODES } from "../domain/quality/report-checks.ts";
import type { getStatusForApi } from "../data/status/get-status-for-api.ts";
import { Comparator, MilestoneSource, PeriodKind, ReportState, UnitRole } from "../generated/prisma/enums.ts";
import { apiMessages } from "../messages/api.ts";
import { INT4_MAX } from "../record-id.ts";

const m = apiMessages.errors;

/** Ids are PostgreSQL `integer`s: a larger number can name no row and must not reach the database. */
const idParam = z.coerce
  .number({ error: m.invalidParams })
  .int({ error: m.invalidParams })
  .min(1, { error: m.invalidParams })
  .max(INT4_MAX, { error: m.invalidParams });
export const idParamsSchema = z.object({ id: idParam });

/** The form's report input, as JSON: unknown keys (a `unitId`, say) are refused, not ignored. */
export const apiReportInputSchema = reportInputSchema.strict();

const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime();

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum([
      "INVALID_INPUT",
      "UNAUTHENTICATED",
      "FORBIDDEN",
      "NOT_FOUND",
      "CONFLICT",
      "UNSUPPORTED_MEDIA_TYPE",
      "PAYLOAD_TOO_LARGE",
      "RATE_LIMITED",
      "INTERNAL_ERROR",
    ]),
    message: z.string().meta({ description: "中文说明，可直接显示给用户" }),
    fields: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .meta({ description: "字段错误：键为字段路径（如 actuals.0.value），值为中文提示" }),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
export type ApiErrorCode = ApiErrorBody["error"]["code"];

const unitRefSchema = z.object({ id: z.number().int(), name: z.string() });

export const milestoneSchema: z.ZodType<MilestoneView> = z
  .object({
    id: z.number().int(),
    measureId: z.number().int(),
    position: z.number().int().meta({ description: "在措施时间线上的顺序，从 1 开始" }),
    title: z.string().meta({ description: "工作节点内容（导入的节点为通知原文中的分句）" }),
    dueOn: isoDate.meta({ description: "完成时限" }),
    plannedPercent: z.number().int().nullable().meta({ description: "到完成时限时措施计划完成的百分比；null 表示未设" }),
    source: z.enum(MilestoneSource).meta({ description: "NOTICE 通知原文，COORDINATOR 局机关添加" }),
    deadlinePhrase: z.string().nullable().meta({ description: "通知原文中的时间表述（如“6月底前”）" }),
    version: z.number().int(),
    state: z
      .enum(["PENDING", "DONE", "MISSED"])
      .meta({ description: "截至日期的状态：PENDING 待完成，DONE 已完成（报告审核通过后确认），MISSED 已逾期未完成" }),
    daysPastDue: z.number().int().meta({ description: "逾期天数（MISSED 时），否则为 0" }),
    completedOn: isoDate.nullable().meta({ description: "完成日期（责任单位在报告中填写；DONE 时）" }),
    confirmedAt: isoDateTime.nullable().meta({ description: "确认完成的时间（报告审核通过时）" }),
    confirmation: z
      .object({ reportId: z.number().int(), unit: unitRefSchema, periodLabel: z.string() })
      .nullable()
      .meta({ description: "确认完成的报告" }),
    evidence: z
      .array(z.object({ id: z.number().int(), fileName: z.string(), mimeType: z.string(), size: z.number().int() }))
      .meta({ description: "佐证材料：确认报告的附件（仅元数据）" }),
  })
  .meta({ description: "工作节点" });

export const measureMilestonesSchema: z.ZodType<MeasureMilestones> = z.object({
  measureId: z.number().int(),
  asOf: isoDate,
  milestones: z.array(milestoneSchema),
});
export const milestonesQuerySchema = z.object({
  asOf: calendarDateSchema("日期格式应为 YYYY-MM-DD。")
    .optional()
    .describe("截至日期 YYYY-MM-DD，默认今天（北京时间）：工作节点在该日的状态"),
});

const regionSchema = z
  .object({ id: z.number().int(), name: z.string(), level: z.enum(["CITY", "COUNTY"]).meta({ description: "CITY 市本级，COUNTY 县市区" }) })
  .meta({ description: "计划所属的区域" });
const frozenOnSchema = isoDate.nullable().meta({ description: "归档日期（已归档的计划不再接受报送）；null 表示未归档" });

export const planListSchema: z.ZodType<{ plans: PlanListItem[] }> = z.object({
  plans: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      year: z.number().int(),
      docNumber: z.string().nullable(),
      issuedOn: isoDate.nullable(),
      region: regionSchema,
      parentId: z.number().int().nullable().meta({ description: "县市区计划的上级计划：同年度的市本级计划" }),
      frozenOn: frozenOnSchema,
    }),
  ),
});

export const planStructureSchema: z.ZodType<PlanStructure> = z.object({
  id: z.number().int(),
  title: z.string(),
  year: z.number().int(),
  docNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  issuedOn: isoDate.nullable(),
  region: regionSchema,
  frozenOn: frozenOnSchema,
  reportDueDay: z.number().int().meta({ description: "月报截止日：次月的第几天" }),
  periods: z.array(
    z.object({ id: z.number().int(), kind: z.enum(PeriodKind), label: z.string(), startsOn: isoDate, endsOn: isoDate, dueOn: isoDate }),
  ),
  actions: z.array(
    z.object({
      id: z.number().int(),
      number: z.number().int(),
      title: z.string(),
      tasks: z.array(
        z.object({
          id: z.number().int(),
          number: z.number().int(),
          title: z.string(),
          measures: z.array(
            z.object({
              id: z.number().int(),
              number: z.number().int(),
              text: z.string(),
              startDate: isoDate,
              dueDate: isoDate,
              deadlinePhrase: z.string().nullable(),
              weight: z.number(),
              units: z.array(unitRefSchema.extend({ role: z.enum(UnitRole).meta({ description: "LEAD 牵头，CO 配合" }) })),
              indicators: z.array(
                z.object({
                  id: z.number().int(),
                  position: z.number().int(),
                  label: z.string(),
                  target: z.number(),
                  low: z.number().nullable(),
                  high: z.number().nullable(),
                  unit: z.string(),
                  comparator: z.enum(Comparator),
                  source: z.string(),
                }),
              ),
              milestones: z.array(milestoneSchema).meta({ description: "工作节点，按顺序；状态为今天的状态" }),
            }),
          ),
        }),
      ),
    }),
  ),
});

export const measureReportsSchema: z.ZodType<MeasureReports> = z.object({
  measureId: z.number().int(),
  reports: z.array(
    z.object({
      id: z.number().int(),
      measureId: z.number().int(),
      period: z.object({ id: z.number().int(), label: z.string(), startsOn: isoDate, endsOn: isoDate, dueOn: isoDate }),
      unit: unitRefSchema,
      state: z.enum(ReportState),
      version: z.number().int(),
      percent: z.number().int().nullable(),
      progress: z.string(),
      problems: z.string(),
      nextSteps: z.string(),
      returnReason: z.string().nullable(),
      actuals: z.array(z.object({ indicatorId: z.number().int(), value: z.number() })),
      milestones: z
        .array(z.object({ milestoneId: z.number().int(), reachedOn: isoDate }))
        .meta({ description: "报告标记完成的工作节点及完成日期" }),
      attachments: z.array(
        z.object({
          id: z.number().int(),
          fileName: z.string(),
          mimeType: z.string(),
          size: z.number().int(),
          sha256: z.string(),
          createdAt: isoDateTime,
        }),
      ),
      submittedAt: isoDateTime.nullable(),
      reviewedAt: isoDateTime.nullable(),
      createdAt: isoDateTime,
      updatedAt: isoDateTime,
    }),
  ),
});

export const savedReportSchema: z.ZodType<SavedReport> = z.object({
  id: z.number().int(),
  version: z.number().int().meta({ description: "下次修改时须带上的版本号" }),
  state: z.enum(ReportState),
  warnings: z
    .array(
      z.object({
        code: z.enum(QUALITY_WARNING_CODES),
        text: z.string(),
        indicatorId: z.number().int().optional(),
      }),
    )
    .meta({
      description:
        "本次数据的数据质量提示（进度下降、一次提高过多、只增不减指标下降、指标超过目标倍数、提前报完成无佐证）。有提示时提交须在 qualityExplanation 中说明，否则返回 400，fields.qualityExplanation 列出各条提示",
    }),
});

const colourSchema = z
  .enum(["RED", "YELLOW", "BLUE", "DONE", "NOT_REPORTED"])
  .meta({ description: "红 RED / 黄 YELLOW / 蓝 BLUE（按序时推进）/ 已完成 DONE / 未报送 NOT_REPORTED" });
const colourCountsSchema = z.object({
  RED: z.number().int(),
  YELLOW: z.number().int(),
  BLUE: z.number().int(),
  DONE: z.number().int(),
  NOT_REPORTED: z.number().int(),
});
const rolledUpSchema = {
  colour: colourSchema,
  expected: z.number().meta({ description: "序时进度（%），下级按权重加权平均" }),
  actual: z.number().nullable().meta({ description: "实际进度（%），已报送下级的加权平均；均未报送时为 null" }),
  gap: z.number().nullable(),
  reasons: z.array(z.string()),
  counts: colourCountsSchema,
};
export const statusQuerySchema = z.object({
  asOf: calendarDateSchema("日期格式应为 YYYY-MM-DD。").optional().describe("截至日期 YYYY-MM-DD，默认今天（北京时间）"),
  planId: idParam.optional().describe("任务清单 id，默认本年度的市本级清单（县市区账号：本县市区的清单）"),
  counties: z
    .enum(["true", "false", "1", "0"], { error: "counties 只能为 true 或 false。" })
    .optional()
    .transform((v) => v === "true" || v === "1")
    .describe("true：对市本级清单，同时返回同年度各县市区清单的汇总（县市区对比）"),
});
const countyStatusSchema = z
  .object({
    planId: z.number().int(),
    region: z.object({ id: z.number().int(), name: z.string() }),
    title: z.string(),
    colour: colourSchema,
    counts: colourCountsSchema,
    measures: z.number().int(),
    progress: z.number().nullable().meta({ description: "已报送措施的加权平均进度（%）；均未报送时为 null" }),
    onTimeRate: z.number().nullable().meta({ description: "按时报送率（%）；尚无应报时为 null" }),
    due: z.number().int().meta({ description: "截至日期应报送的报告数" }),
    onTime: z.number().int().meta({ description: "其中按时报送的报告数" }),
    red: z
      .array(z.object({ id: z.number().int(), task: z.number().int(), number: z.number().int(), leadUnit: z.string(), reason: z.string() }))
      .meta({ description: "红色事项（最多 5 项；总数见 counts.RED）" }),
  })
  .meta({ description: "一个县市区清单的汇总" });
export const statusSchema: z.ZodType<Awaited<ReturnType<typeof getStatusForApi>>> = z.object({
  planId: z.number().int(),
  asOf: isoDate,
  plan: z.object(rolledUpSchema),
  actions: z.array(z.object({ number: z.number().int(), title: z.string(), ...rolledUpSchema })),
  tasks: z.array(z.object({ number: z.number().int(), title: z.string(), ...rolledUpSchema })),
  measures: z.array(
    z.object({
      id: z.number().int(),
      task: z.number().int(),
      number: z.number().int(),
      dueDate: isoDate.meta({ description: "截至日期时有效的完成时限：经批准延期的，为延期后的日期" }),
      originalDueDate: isoDate.meta({ description: "通知原定的完成时限（未延期时与 dueDate 相同）" }),
      colour: colourSchema,
      computedColour: colourSchema,
      overridden: z.boolean(),
      expected: z.number(),
      actual: z.number().nullable(),
      gap: z.number().nullable(),
      reasons: z.array(z.string()),
    }),
  ),
  counties: z.array(countyStatusSchema).optional().meta({ description: "counties=true 时：同年度各县市区清单的汇总" }),
});

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429;

export type ApiRoute<
  P extends z.ZodType | undefined = z.ZodType | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType = z.ZodType,
> = {
  method: "get" | "post";
  /** OpenAPI path template, e.g. /api/v1/plans/{id}. */
  path: string;
  operationId: string;
  tag: keyof typeof apiMessages.openapi.tags;
  summary: string;
  description: string;
  params: P;
  /** Query-string parameters (each a string in the URL), when the route takes any. */
  query?: z.ZodObject;
  body: B;
  response: R;
  /** Success statuses with their descriptions (201 and 200 when a POST creates or updates). */
  success: Partial<Record<200 | 201, string>>;
  errors: ErrorStatus[];
};

const o = apiMessages.openapi;

function route<P extends z.ZodType | undefined, B extends z.ZodType | undefined, R extends z.ZodType>(
  r: ApiRoute<P, B, R>,
): ApiRoute<P, B, R> {
  return r;
}

export const apiRoutes = {
  listPlans: route({
    method: "get",
    path: "/api/v1/plans",
    operationId: "listPlans",
    tag: "plans",
    ...o.listPlans,
    params: undefined,
    body: undefined,
    response: planListSchema,
    success: { 200: o.responses.ok },
    errors: [401],
  }),
  getPlan: route({
    method: "get",
    path: "/api/v1/plans/{id}",
    operationId: "getPlan",
    tag: "plans",
    ...o.getPlan,
    params: idParamsSchema,
    body: undefined,
    response: planStructureSchema,
    success: { 200: o.responses.ok },
    errors: [400, 401, 404],
  }),
  listMeasureReports: route({
    method: "get",
    path: "/api/v1/measures/{id}/reports",
    operationId: "listMeasureReports",
    tag: "reports",
    ...o.listReports,
    params: idParamsSchema,
    body: undefined,
    response: measureReportsSchema,
    success: { 200: o.responses.ok },
    errors: [400, 401, 404],
  }),
  listMeasureMilestones: route({
    method: "get",
    path: "/api/v1/measures/{id}/milestones",
    operationId: "listMeasureMilestones",
    tag: "plans",
    ...o.listMilestones,
    params: idParamsSchema,
    query: milestonesQuerySchema,
    body: undefined,
    response: measureMilestonesSchema,
    success: { 200: o.responses.ok },
    errors: [400, 401, 404],
  }),
  getStatus: route({
    method: "get",
    path: "/api/v1/status",
    operationId: "getStatus",
    tag: "status",
    ...o.getStatus,
    params: undefined,
    query: statusQuerySchema,
    body: undefined,
    response: statusSchema,
    success: { 200: o.responses.ok },
    errors: [400, 401, 404],
  }),
  saveReport: route({
    method: "post",
    path: "/api/v1/reports",
    operationId: "saveReport",
    tag: "reports",
    ...o.postReport,
    params: undefined,
    body: apiReportInputSchema,
    response: savedReportSchema,
    success: { 201: o.responses.created, 200: o.responses.updated },
    errors: [400, 401, 403, 404, 409, 413, 415],
  }),
};
