// Who may do what: the one place that decides (DESIGN.md "Roles"). Pure functions, tested as a
// matrix; data functions and actions call assertCan / can, pages only redirect.
// State rules (a submitted report cannot be edited) live in lib/domain/report-workflow.ts.
import { AppError } from "../errors.ts";
import { authMessages } from "../messages/auth.ts";

export const ROLES = ["ADMIN", "COORDINATOR", "REPORTER", "LEADER"] as const;
export type Role = (typeof ROLES)[number];
export type ReportState = "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED";

/**
 * The signed-in user as every permission check sees them. `regionId` confines a county's own
 * coordinator or leader to that county's plans; null: the whole city with its counties (every
 * administrator and reporter, and the city's staff).
 */
export type Viewer = { id: number; role: Role; unitId: number | null; name: string; regionId: number | null };

/**
 * The plan an action happens in: its region (city or county) and whether it is frozen (a past
 * year's plan after the rollover: readable, no new reports). `"any"` asks about the role alone —
 * whether the viewer could do it in some plan (menus, links) — never to authorise a change.
 */
export type PlanRef = { regionId: number; frozen: boolean } | "any";

type ReportRef = { unitId: number; state: ReportState };
/** A ledger entry: a unit's entry is its own draft until published. */
type ProblemRef = { unitId: number; published: boolean };

export type Permission =
  | { action: "report:read"; report: ReportRef }
  /** Create, edit or submit `unitId`'s report on a measure owned by `measureUnitIds` (not in a frozen plan). */
  | { action: "report:write"; unitId: number; measureUnitIds: number[]; plan: PlanRef }
  | { action: "report:review"; report: ReportRef; plan: PlanRef }
  | { action: "review:list" }
  | { action: "inbox:read" }
  | { action: "audit:read" }
  | { action: "user:manage" }
  | { action: "unit:manage" }
  | { action: "token:manage" }
  /** Colours, dashboards and summaries: computed from approved (published) reports only. */
  | { action: "status:read" }
  /** A plan's status, reports, ledger, bulletins and inspections: every signed-in user, but a
   *  county's own staff only inside their county. (The plan's text itself is a public notice.) */
  | { action: "plan:read"; plan: PlanRef }
  /** Import a region's notice, roll a plan over to the next year, freeze or reopen it: bureau staff
   *  of that region (the city's for every region). */
  | { action: "plan:manage"; plan: PlanRef }
  /** Issue the monthly bulletin, override a colour, change thresholds: bureau staff. */
  | { action: "bulletin:issue"; plan: PlanRef }
  /** A plan's bulletin settings (发文机关, 文号 prefix, 抄送, 印发): bureau staff of its region. */
  | { action: "bulletin:configure"; plan: PlanRef }
  | { action: "status:override"; plan: PlanRef }
  | { action: "thresholds:manage"; plan: PlanRef }
  /** 问题台账: published entries are read by everyone signed in; a unit's drafts by that unit only. */
  | { action: "problem:read"; problem: ProblemRef }
  /** Raise an entry for `unitId`: a unit for itself, the bureau for any unit. */
  | { action: "problem:create"; unitId: number; plan: PlanRef }
  /** Change an entry's description, owner, deadline: the bureau; its unit while it is a draft. */
  | { action: "problem:edit"; problem: ProblemRef; plan: PlanRef }
  /** Fill in an entry's 整改措施 and 责任人: the responsible unit (the bureau edits everything). */
  | { action: "problem:remedy"; problem: ProblemRef; plan: PlanRef }
  /** Submit a resolution (整改情况 + evidence): the responsible unit only. */
  | { action: "problem:resolve"; problem: ProblemRef; plan: PlanRef }
  /** Verify (销号) or reject a resolution: the bureau. */
  | { action: "problem:verify"; plan: PlanRef }
  /** A resolution's text and evidence: its unit and the bureau; everyone once verified. */
  | { action: "resolution:read"; unitId: number; verified: boolean }
  /** 延期申请 for a measure or entry of `unitId` (a measure: one `measureUnitIds` owns). */
  | { action: "extension:request"; unitId: number; measureUnitIds: number[]; plan: PlanRef }
  /** Extension requests are private to their unit and the bureau; decisions show on the measure. */
  | { action: "extension:read"; unitId: number }
  | { action: "extension:decide"; plan: PlanRef }
  /** 季巡查: recorded by the bureau, read by every signed-in user. */
  | { action: "inspection:manage"; plan: PlanRef }
  | { action: "inspection:read" }
  /** 催办 a unit. */
  | { action: "chase:send"; plan: PlanRef }
  /** A chase (its message, in the measure's history): the bureau, the leadership, and the chased unit. */
  | { action: "chase:read"; unitId: number }
  /** The viewer's own notifications. */
  | { action: "notification:read" }
  /** Add, edit, reorder, delete a measure's milestones (工作节点): the bureau. Units report on them
   *  through their reports (report:write). */
  | { action: "milestone:manage"; plan: PlanRef }
  /** Reopen a measure approved at 100 % (已完成), with a reason: the bureau. */
  | { action: "measure:reopen"; plan: PlanRef }
  /** Mark a measure's indicators 只增不减 (must not fall): the bureau. */
  | { action: "indicator:manage"; plan: PlanRef };

/** Bureau staff: administrators and coordinators. */
export const isBureau = (v: Viewer) => v.role === "ADMIN" || v.role === "COORDINATOR";
/** The unit a viewer files for: a reporter's own unit, null for everyone else. The query filters
 *  (visibleReportsWhere, visibleProblemsWhere…) scope by it, so they follow the same rule as `can`. */
export const reporterUnitId = (v: Viewer): number | null => (v.role === "REPORTER" && v.unitId !== null ? v.unitId : null);
const isOwnUnit = (v: Viewer, unitId: number) => reporterUnitId(v) === unitId;

/** Whether a plan lies inside the viewer's region: a county's own staff see their county only. */
export const isPlanInScope = (v: Viewer, plan: PlanRef) => plan === "any" || v.regionId === null || v.regionId === plan.regionId;
const isFrozen = (plan: PlanRef) => plan !== "any" && plan.frozen;

/** What may not happen in a frozen plan: new reports and the changes that would move its colours
 *  after the fact, and chasing units for reports it no longer takes. Reviews of reports already in,
 *  bulletins and the ledger go on. */
const CLOSED_WHEN_FROZEN: ReadonlySet<Permission["action"]> = new Set([
  "report:write",
  "extension:request",
  "status:override",
  "thresholds:manage",
  "milestone:manage",
  "inspection:manage",
  "chase:send",
  "measure:reopen",
  "indicator:manage",
]);

export function can(viewer: Viewer | null, p: Permission): boolean {
  if (!viewer) return false;
  if ("plan" in p && (!isPlanInScope(viewer, p.plan) || (isFrozen(p.plan) && CLOSED_WHEN_FROZEN.has(p.action)))) return false;
  return canInRole(viewer, p);
}

/** The role rules, once the plan is known to be in the viewer's region (and open where it must be). */
function canInRole(viewer: Viewer, p: Permission): boolean {
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
    case "bulletin:configure":
    case "status:override":
    case "measure:reopen":
    case "indicator:manage":
      return isBureau(viewer);
    case "thresholds:manage":
      return viewer.role === "ADMIN";
    case "inbox:read":
      return viewer.role === "REPORTER" && viewer.unitId !== null;
    case "plan:read":
      return true;
    case "plan:manage":
      return isBureau(viewer);
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
