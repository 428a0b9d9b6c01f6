// One ledger entry with everything its page shows: source, the resolutions the viewer may read
// (with their evidence files), its history from the audit trail, and which steps the viewer may
// take. Null (a 404) when the entry does not exist or is another unit's draft.
import "server-only";
import { can, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import type { IsoDate } from "../../domain/dates.ts";
import { describeProblemEvent, type ProblemChange } from "../../domain/problems/problem-history.ts";
import { canStep } from "../../domain/problems/problem-workflow.ts";
import { today } from "../../clock.ts";
import { problemListSelect, toListRow, type ProblemListRow } from "./list-problems.ts";
import { problemRef } from "./internal/problem-snapshot.ts";
import { visibleProblemsWhere, visibleResolutionsWhere } from "../scope/visible-problems.ts";
import { userNames } from "../users/user-names.ts";
import { planRef } from "../plans/resolve-plan.ts";

export type ProblemResolutionView = {
  id: number;
  text: string;
  submittedBy: string;
  submittedAt: Date;
  accepted: boolean | null;
  rejectReason: string | null;
  decidedAt: Date | null;
  attachments: { id: number; fileName: string; size: number }[];
};

export type ProblemHistoryEntry = { id: number; at: Date; actorName: string; change: ProblemChange };

export type ProblemDetail = ProblemListRow & {
  planId: number;
  version: number;
  createdAt: Date;
  resolvedAt: Date | null;
  measure: ProblemListRow["measure"] & { text: string; task: { number: number; title: string } };
  sourceLabel: { kind: "REPORT"; period: string } | { kind: "INSPECTION"; inspectionId: number; year: number; quarter: number } | null;
  resolutions: ProblemResolutionView[];
  /** Resolutions the viewer may not read (pending or rejected ones of another unit). */
  hiddenResolutions: number;
  history: ProblemHistoryEntry[];
  asOf: IsoDate;
  may: { edit: boolean; remedy: boolean; publish: boolean; resolve: boolean; verify: boolean; requestExtension: boolean; chase: boolean };
};

export async function getProblem(viewer: Viewer, id: number): Promise<ProblemDetail | null> {
  const db = await prisma();
  const row = await db.problem.findFirst({
    where: { AND: [{ id }, visibleProblemsWhere(viewer)] },
    select: {
      ...problemListSelect,
      version: true,
      createdAt: true,
      measure: { select: { id: true, number: true, text: true, task: { select: { number: true, title: true } } } },
      plan: { select: { id: true, regionId: true, frozenAt: true } },
      sourceReport: { select: { period: { select: { label: true } } } },
      sourceFinding: { select: { inspection: { select: { id: true, year: true, quarter: true } } } },
    },
  });
  if (!row) return null;
  const [resolutions, total, events] = await Promise.all([
    db.problemResolution.findMany({
      where: { AND: [{ problemId: id }, visibleResolutionsWhere(viewer)] },
      orderBy: { id: "asc" },
      select: {
        id: true,
        text: true,
        submittedById: true,
        submittedAt: true,
        accepted: true,
        rejectReason: true,
        decidedAt: true,
        attachments: { orderBy: { id: "asc" }, select: { id: true, fileName: true, size: true } },
      },
    }),
    db.problemResolution.count({ where: { problemId: id } }),
    db.auditEvent.findMany({
      where: { entityType: "Problem", entityId: String(id) },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: { id: true, at: true, actorName: true, action: true, before: true, after: true },
    }),
  ]);
  const nameOf = await userNames(
    db,
    resolutions.map((r) => r.submittedById),
  );

  const asOf = today();
  const ref = problemRef({ unitId: row.unit.id, publishedAt: row.publishedAt });
  const entry = { state: row.state, published: ref.published };
  // What a resolution says (its files, a rejection's reason) stays with the unit and the bureau.
  const seesPending = can(viewer, { action: "resolution:read", unitId: row.unit.id, verified: false });
  const plan = planRef(row.plan);
  const { sourceReport, sourceFinding, plan: _plan, ...rest } = row;
  return {
    ...toListRow(rest, asOf),
    planId: row.plan.id,
    version: row.version,
    createdAt: row.createdAt,
    resolvedAt: row.resolvedAt,
    measure: row.measure,
    sourceLabel: sourceReport
      ? { kind: "REPORT", period: sourceReport.period.label }
      : sourceFinding
        ? {
            kind: "INSPECTION",
            inspectionId: sourceFinding.inspection.id,
            year: sourceFinding.inspection.year,
            quarter: sourceFinding.inspection.quarter,
          }
        : null,
    resolutions: resolutions.map(({ submittedById, ...r }) => ({ ...r, submittedBy: nameOf.get(submittedById) ?? "" })),
    hiddenResolutions: total - resolutions.length,
    history: events.map((e) => {
      const change = describeProblemEvent(e);
      return { id: e.id, at: e.at, actorName: e.actorName, change: seesPending ? change : { ...change, files: [], reason: null } };
    }),
    asOf,
    may: {
      edit: can(viewer, { action: "problem:edit", problem: ref, plan }) && canStep(entry, "edit"),
      remedy: can(viewer, { action: "problem:remedy", problem: ref, plan }) && canStep(entry, "remedy"),
      publish: can(viewer, { action: "problem:edit", problem: ref, plan }) && canStep(entry, "publish"),
      resolve: can(viewer, { action: "problem:resolve", problem: ref, plan }) && canStep(entry, "submit"),
      verify: can(viewer, { action: "problem:verify", plan }) && canStep(entry, "verify"),
      requestExtension:
        can(viewer, { action: "extension:request", unitId: row.unit.id, measureUnitIds: [row.unit.id], plan }) &&
        can(viewer, { action: "problem:resolve", problem: ref, plan }) &&
        row.state !== "RESOLVED",
      chase: can(viewer, { action: "chase:send", plan }) && ref.published && row.state !== "RESOLVED",
    },
  };
}
