// The ledger's and the inspections' permissions as a matrix: every role × own / other unit ×
// draft / published entry, and resolutions pending or verified.
import { describe, expect, it } from "vitest";

/** An open plan of the city (region 1): the scope and frozen rules are tested in permissions-plans.test.ts. */
const OPEN_PLAN = { regionId: 1, frozen: false } as const;
import { can, ROLES, type Permission, type Role, type Viewer } from "@/lib/auth/permissions.ts";

const OWN = 1;
const OTHER = 2;
const viewer = (role: Role): Viewer => ({ id: 10, role, unitId: role === "REPORTER" ? OWN : null, name: role, regionId: null });
const bureau = (role: Role) => role === "ADMIN" || role === "COORDINATOR";
const cells = ROLES.flatMap((role) => [OWN, OTHER].flatMap((unitId) => [false, true].map((published) => ({ role, unitId, published }))));
type Cell = (typeof cells)[number];

const table: [action: "problem:read" | "problem:edit" | "problem:remedy" | "problem:resolve", expected: (c: Cell) => boolean][] = [
  // Published entries are read by everyone signed in; a draft only by its own unit (not even the bureau).
  ["problem:read", (c) => c.published || (c.role === "REPORTER" && c.unitId === OWN)],
  // The bureau edits published entries; a unit edits (and publishes) only its own draft.
  ["problem:edit", (c) => (c.published ? bureau(c.role) : c.role === "REPORTER" && c.unitId === OWN)],
  // 整改措施 and 责任人: the responsible unit, draft or published.
  ["problem:remedy", (c) => c.role === "REPORTER" && c.unitId === OWN],
  // A resolution: the responsible unit, once the entry is published.
  ["problem:resolve", (c) => c.published && c.role === "REPORTER" && c.unitId === OWN],
];

describe.each(table)("%s", (action, expected) => {
  it.each(cells)("$role on unit $unitId's entry, published: $published", (c) => {
    const p = { action, problem: { unitId: c.unitId, published: c.published } } as Permission;
    expect(can(viewer(c.role), p)).toBe(expected(c));
  });
  it("no one signed out", () => {
    expect(can(null, { action, problem: { unitId: OWN, published: true } } as Permission)).toBe(false);
  });
});

describe("problem:create", () => {
  it.each(ROLES)("%s registers entries for its own unit only, the bureau for any unit", (role) => {
    expect(can(viewer(role), { action: "problem:create", unitId: OWN, plan: OPEN_PLAN })).toBe(bureau(role) || role === "REPORTER");
    expect(can(viewer(role), { action: "problem:create", unitId: OTHER, plan: OPEN_PLAN })).toBe(bureau(role));
  });
  it("a reporter without a unit registers nothing", () => {
    expect(
      can({ id: 1, role: "REPORTER", unitId: null, name: "x", regionId: null }, { action: "problem:create", unitId: OWN, plan: OPEN_PLAN }),
    ).toBe(false);
  });
});

describe("resolution:read", () => {
  const rcells = ROLES.flatMap((role) => [OWN, OTHER].flatMap((unitId) => [false, true].map((verified) => ({ role, unitId, verified }))));
  it.each(rcells)("$role reading unit $unitId's resolution, verified: $verified", ({ role, unitId, verified }) => {
    // Pending (and rejected) resolutions and their evidence: the unit and the bureau; verified ones: everyone.
    const allowed = verified || bureau(role) || (role === "REPORTER" && unitId === OWN);
    expect(can(viewer(role), { action: "resolution:read", unitId, verified })).toBe(allowed);
  });
});

describe("role-only ledger and inspection permissions", () => {
  const roleTable: [Permission["action"], Role[]][] = [
    ["problem:verify", ["ADMIN", "COORDINATOR"]],
    ["inspection:manage", ["ADMIN", "COORDINATOR"]],
    ["inspection:read", ["ADMIN", "COORDINATOR", "REPORTER", "LEADER"]],
  ];
  const rcells = roleTable.flatMap(([action, allowed]) => ROLES.map((role) => ({ action, role, allowed: allowed.includes(role) })));
  it.each(rcells)("$action for $role: $allowed", ({ action, role, allowed }) => {
    expect(can(viewer(role), { action } as Permission)).toBe(allowed);
    expect(can(null, { action } as Permission)).toBe(false);
  });
});
