// 延期申请 permissions as a matrix: who asks (a unit's reporter, for an item its unit owns), who reads
// (the unit and the bureau), who decides (the bureau), for every role × own / other unit.
import { describe, expect, it } from "vitest";

/** An open plan of the city (region 1): the scope and frozen rules are tested in permissions-plans.test.ts. */
const OPEN_PLAN = { regionId: 1, frozen: false } as const;
import { can, ROLES, type Role, type Viewer } from "@/lib/auth/permissions.ts";

const OWN = 1;
const OTHER = 2;
const viewer = (role: Role): Viewer => ({ id: 10, role, unitId: role === "REPORTER" ? OWN : null, name: role, regionId: null });
const orphan: Viewer = { id: 11, role: "REPORTER", unitId: null, name: "无单位", regionId: null };
const bureau = (role: Role) => role === "ADMIN" || role === "COORDINATOR";

describe("extension:request", () => {
  // [unit asking, units owning the item] → whether a viewer of each role may ask.
  const cases: { unitId: number; owners: number[]; reporter: boolean }[] = [
    { unitId: OWN, owners: [OWN], reporter: true }, // its own measure (or ledger entry)
    { unitId: OWN, owners: [OTHER, OWN], reporter: true }, // a measure it co-owns
    { unitId: OWN, owners: [OTHER], reporter: false }, // a measure it does not own
    { unitId: OTHER, owners: [OTHER], reporter: false }, // on another unit's behalf
    { unitId: OTHER, owners: [OWN, OTHER], reporter: false }, // for the other owner of a shared measure
  ];
  const cells = ROLES.flatMap((role) => cases.map((c) => ({ role, ...c, allowed: role === "REPORTER" && c.reporter })));
  it.each(cells)("$role asking for unit $unitId on an item owned by $owners → $allowed", ({ role, unitId, owners, allowed }) => {
    expect(can(viewer(role), { action: "extension:request", unitId, measureUnitIds: owners, plan: OPEN_PLAN })).toBe(allowed);
  });

  it("a reporter without a unit, or nobody signed in, asks for nothing", () => {
    expect(can(orphan, { action: "extension:request", unitId: OWN, measureUnitIds: [OWN], plan: OPEN_PLAN })).toBe(false);
    expect(can(null, { action: "extension:request", unitId: OWN, measureUnitIds: [OWN], plan: OPEN_PLAN })).toBe(false);
  });
});

describe("extension:read", () => {
  const cells = ROLES.flatMap((role) =>
    [OWN, OTHER].map((unitId) => ({ role, unitId, allowed: bureau(role) || (role === "REPORTER" && unitId === OWN) })),
  );
  it.each(cells)("$role reading unit $unitId's requests → $allowed", ({ role, unitId, allowed }) => {
    expect(can(viewer(role), { action: "extension:read", unitId })).toBe(allowed);
  });

  it("a reporter without a unit reads none, nor does anybody signed out", () => {
    expect(can(orphan, { action: "extension:read", unitId: OWN })).toBe(false);
    expect(can(null, { action: "extension:read", unitId: OWN })).toBe(false);
  });
});

describe("extension:decide", () => {
  it.each(ROLES.map((role) => ({ role, allowed: bureau(role) })))("$role → $allowed", ({ role, allowed }) => {
    expect(can(viewer(role), { action: "extension:decide", plan: OPEN_PLAN })).toBe(allowed);
  });

  it("nobody signed out decides", () => {
    expect(can(null, { action: "extension:decide", plan: OPEN_PLAN })).toBe(false);
  });
});
