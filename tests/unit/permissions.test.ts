// The permissions module as a matrix: every role × own / other unit × report state.
import { describe, expect, it } from "vitest";
import { assertCan, can, ROLES, type Permission, type ReportState, type Role, type Viewer } from "@/lib/auth/permissions.ts";

/** An open plan of the city (region 1): the scope and frozen rules are tested in permissions-plans.test.ts. */
const OPEN_PLAN = { regionId: 1, frozen: false } as const;
import { AppError } from "@/lib/errors.ts";

const OWN = 1;
const OTHER = 2;
const viewer = (role: Role): Viewer => ({ id: 10, role, unitId: role === "REPORTER" ? OWN : null, name: role, regionId: null });
const STATES: ReportState[] = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"];

describe("report:read", () => {
  // Expected: who may read a report of unit OWN / OTHER in each state.
  const expected: Record<Role, (unit: number, state: ReportState) => boolean> = {
    ADMIN: () => true,
    COORDINATOR: (_u, state) => state !== "DRAFT",
    REPORTER: (unit, state) => unit === OWN || state === "APPROVED",
    LEADER: (_u, state) => state === "APPROVED",
  };
  const cells = ROLES.flatMap((role) => [OWN, OTHER].flatMap((unitId) => STATES.map((state) => ({ role, unitId, state }))));
  it.each(cells)("$role reading unit $unitId's $state report", ({ role, unitId, state }) => {
    expect(can(viewer(role), { action: "report:read", report: { unitId, state } })).toBe(expected[role](unitId, state));
  });

  it("no one signed out reads anything", () => {
    for (const state of STATES) expect(can(null, { action: "report:read", report: { unitId: OWN, state } })).toBe(false);
  });
});

describe("report:write", () => {
  it.each(ROLES)("%s writes only its own unit's reports on measures that unit owns", (role) => {
    const v = viewer(role);
    const allowed = role === "REPORTER";
    expect(can(v, { action: "report:write", unitId: OWN, measureUnitIds: [OWN, OTHER], plan: OPEN_PLAN })).toBe(allowed);
    // another unit's report, even on a measure both units own
    expect(can(v, { action: "report:write", unitId: OTHER, measureUnitIds: [OWN, OTHER], plan: OPEN_PLAN })).toBe(false);
    // its own unit on a measure it does not own
    expect(can(v, { action: "report:write", unitId: OWN, measureUnitIds: [OTHER], plan: OPEN_PLAN })).toBe(false);
  });

  it("a reporter without a unit writes nothing", () => {
    const orphan: Viewer = { id: 11, role: "REPORTER", unitId: null, name: "x", regionId: null };
    expect(can(orphan, { action: "report:write", unitId: OWN, measureUnitIds: [OWN], plan: OPEN_PLAN })).toBe(false);
    expect(can(orphan, { action: "inbox:read" })).toBe(false);
  });
});

describe("role-only permissions", () => {
  const table: [Permission["action"], Role[]][] = [
    ["review:list", ["ADMIN", "COORDINATOR"]],
    ["inbox:read", ["REPORTER"]],
    ["audit:read", ["ADMIN"]],
    ["user:manage", ["ADMIN"]],
    ["unit:manage", ["ADMIN"]],
    ["token:manage", ["ADMIN", "COORDINATOR", "REPORTER", "LEADER"]],
    ["status:read", ["ADMIN", "COORDINATOR", "REPORTER", "LEADER"]],
    ["bulletin:issue", ["ADMIN", "COORDINATOR"]],
    ["bulletin:configure", ["ADMIN", "COORDINATOR"]],
    ["status:override", ["ADMIN", "COORDINATOR"]],
    ["thresholds:manage", ["ADMIN"]],
  ];
  const cells = table.flatMap(([action, allowed]) => ROLES.map((role) => ({ action, role, allowed: allowed.includes(role) })));
  it.each(cells)("$action for $role → $allowed", ({ action, role, allowed }) => {
    expect(can(viewer(role), { action, plan: OPEN_PLAN } as Permission)).toBe(allowed);
  });

  it.each(ROLES)("report:review for %s", (role) => {
    expect(can(viewer(role), { action: "report:review", report: { unitId: OWN, state: "SUBMITTED" }, plan: OPEN_PLAN })).toBe(
      role === "ADMIN" || role === "COORDINATOR",
    );
  });
});

describe("assertCan", () => {
  it("throws UNAUTHENTICATED without a viewer and FORBIDDEN when refused, with Chinese messages", () => {
    expect(() => assertCan(null, { action: "inbox:read" })).toThrow(
      expect.objectContaining({ code: "UNAUTHENTICATED", message: "请先登录。" }),
    );
    expect(() => assertCan(viewer("LEADER"), { action: "inbox:read" })).toThrow(AppError);
    expect(() => assertCan(viewer("LEADER"), { action: "inbox:read" })).toThrow("您没有权限执行此操作。");
    expect(() => assertCan(viewer("REPORTER"), { action: "inbox:read" })).not.toThrow();
  });
});
