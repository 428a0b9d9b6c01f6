// Who may do what: the one place that decides (DESIGN.md "Roles"). Pure functions, tested as a
// matrix; data functions and actions call assertCan / can, pages only redirect.
// State rules (a submitted report cannot be edited) live in lib/domain/report-workflow.ts.
import { AppError } from "../errors.ts";
import { authMessages } from "../messages/auth.ts";

export const ROLES = ["ADMIN", "COORDINATOR", "REPORTER", "LEADER"] as const;
export type Role = (typeof ROLES)[number];
export type ReportState = "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED";

/** The signed-in user as every permission check sees them. */
export type Viewer = { id: number; role: Role; unitId: number | null; name: string };

type ReportRef = { unitId: number; state: ReportState };
/** A ledger entry: a unit's entry is its own draft until published. */
type ProblemRef = { unitId: number; published: boolean };

export type Permission =
  | { action: "report:read"; report: ReportRef }
  /** Create, edit or submit `unitId`'s report on a measure owned by `measureUnitIds`. */
  | { action: "report:write"; unitId: number; measureUnitIds: number[] }
  | { action: "report:review"; report: ReportRef }
  | { action: "review:list" }
  | { action: "inbox:read" }
  | { action: "audit:read" }
  | { action: "user:manage" }
  | { action: "unit:manage" }
  | { action: "token:manage" }
  /** Colours, dashboards and summaries: computed from approved (published) reports only. */
  | { action: "status:read" }
  /** Issue the monthly bulletin, override a colour, change thresholds: bureau staff. */
  | { action: "bulletin:issue" }
  | { action: "status:override" }
  | { action: "thresholds:manage" }
  /** 问题台账: published entries are read by everyone signed in; a unit's drafts by that unit only. */
  | { action: "problem:read"; problem: ProblemRef }
  /** Raise an entry for `unitId`: a unit for itself, the bureau for any unit. */
  | { action: "problem:create"; unitId: number }
  /** Change an entry's description, owner, deadline: the bureau; its unit while it is a draft. */
  | { action: "problem:edit"; problem: ProblemRef }
  /** Fill in an entry's 整改措施 and 责任人: the responsible unit (the bureau edits everything). */
  | { action: "problem:remedy"; problem: ProblemRef }
  /** Submit a resolution (整改情况 + evidence): the responsible unit only. */
  | { action: "problem:resolve"; problem: ProblemRef }
  /** Verify (销号) or reject a resolution: the bureau. */
  | { action: "problem:verify" }
  /** A resolution's text and evidence: its unit and the bureau; everyone once verified. */
  | { action: "resolution:read"; unitId: number; verified: boolean }
  /** 延期申请 for a measure or entry of `unitId` (a measure: one `measureUnitIds` owns). */
  | { action: "extension:request"; unitId: number; measureUnitIds: number[] }
  /** Extension requests are private to their unit and the bureau; decisions show on the measure. */
  | { action: "extension:read"; unitId: number }
  | { action: "extension:decide" }
  /** 季巡查: recorded by the bureau, read by every signed-in user. */
  | { action: "inspection:manage" }
  | { action: "inspection:read" }
  /** 催办 a unit. */
  | { action: "chase:send" }
  /** A chase (its message, in the measure's history): the bureau, the leadership, and the chased unit. */
  | { action: "chase:read"; unitId: number }
  /** The viewer's own notifications. */
  | { action: "notification:read" }
  /** Add, edit, reorder, delete a measure's milestones (工作节点): the bureau. Units report on them
   *  through their reports (report:write). */
  | { action: "milestone:manage" }
  /** Reopen a measure approved at 100 % (已完成), with a reason: the bureau. */
  | { action: "measure:reopen" }
  /** Mark a measure's indicators 只增不减 (must not fall): the bureau. */
  | { action: "indicator:manage" };

/** Bureau staff: administrators and coordinators. */
export const isBureau = (v: Viewer) => v.role === "ADMIN" || v.role === "COORDINATOR";
/** The unit a viewer files for: a reporter's own unit, null for everyone else. The query filters
 *  (visibleReportsWhere, visibleProblemsWhere…) scope by it, so they follow the same rule as `can`. */
export const reporterUnitId = (v: Viewer): number | null => (v.role === "REPORTER" && v.unitId !== null ? v.unitId : null);
const isOwnUnit = (v: Viewer, unitId: number) => reporterUnitId(v) === unitId;

export function can(viewer: Viewer | null, p: Permission): boolean {
  if (!viewer) return false;
  switch (p.action) {
    case "report:read":
      // A unit's drafts are its own: the bureau sees reports once submitted, everyone sees approved ones.
      if (isOwnUnit(viewer, p.report.unitId) || viewer.role === "ADMIN") return true;
      if (viewer.role === "COORDINATOR") return p.report.state !== "DRAFT";
      return p.report.state === "APPROVED";
    case "report:write":
      return isOwnUnit(viewer, p.unitId) && p.measureUnitIds.includes(p.unitId);
    case "report:review":
      return isBureau(viewer);
    case "review:list":
    case "bulletin:issue":
    case "status:override":
    case "measure:reopen":
    case "indicator:manage":
      return isBureau(viewer);
    case "thresholds:manage":
      return viewer.role === "ADMIN";
    case "inbox:read":
      return viewer.role === "REPORTER" && viewer.unitId !== null;
    case "audit:read":
    case "user:manage":
    case "unit:manage":
      return viewer.role === "ADMIN";
    case "token:manage":
    case "status:read":
    case "inspection:read":
    case "notification:read":
      return true;
    case "problem:read":
      return p.problem.published || isOwnUnit(viewer, p.problem.unitId);
    case "problem:create":
      return isBureau(viewer) || isOwnUnit(viewer, p.unitId);
    case "problem:edit":
      return p.problem.published ? isBureau(viewer) : isOwnUnit(viewer, p.problem.unitId);
    case "problem:remedy":
      return isOwnUnit(viewer, p.problem.unitId);
    case "problem:resolve":
      return p.problem.published && isOwnUnit(viewer, p.problem.unitId);
    case "resolution:read":
      return p.verified || isBureau(viewer) || isOwnUnit(viewer, p.unitId);
    case "extension:request":
      return isOwnUnit(viewer, p.unitId) && p.measureUnitIds.includes(p.unitId);
    case "extension:read":
      return isBureau(viewer) || isOwnUnit(viewer, p.unitId);
    case "chase:read":
      return isBureau(viewer) || viewer.role === "LEADER" || isOwnUnit(viewer, p.unitId);
    case "problem:verify":
    case "extension:decide":
    case "inspection:manage":
    case "chase:send":
    case "milestone:manage":
      return isBureau(viewer);
  }
}

/** Throws FORBIDDEN (or UNAUTHENTICATED without a viewer) unless `can` allows it. */
export function assertCan(viewer: Viewer | null, p: Permission): asserts viewer is Viewer {
  if (!viewer) throw new AppError("UNAUTHENTICATED", authMessages.signInRequired);
  if (!can(viewer, p)) throw new AppError("FORBIDDEN", authMessages.forbidden);
}
