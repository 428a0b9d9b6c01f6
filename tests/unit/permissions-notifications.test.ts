// Who may chase (催办), read a chase, and read notifications: every role, own and other unit.
import { describe, expect, it } from "vitest";

/** An open plan of the city (region 1): the scope and frozen rules are tested in permissions-plans.test.ts. */
const OPEN_PLAN = { regionId: 1, frozen: false } as const;
import { can, ROLES, type Role, type Viewer } from "@/lib/auth/permissions.ts";

const OWN = 1;
const OTHER = 2;
const viewer = (role: Role): Viewer => ({ id: 10, role, unitId: role === "REPORTER" ? OWN : null, name: role, regionId: null });

describe("chase:send", () => {
  const expected: Record<Role, boolean> = { ADMIN: true, COORDINATOR: true, REPORTER: false, LEADER: false };
  it.each(ROLES)("%s", (role) => {
    expect(can(viewer(role), { action: "chase:send", plan: OPEN_PLAN })).toBe(expected[role]);
  });
  it("no one signed out", () => {
    expect(can(null, { action: "chase:send", plan: OPEN_PLAN })).toBe(false);
  });
});

describe("chase:read", () => {
  // Expected: who reads a chase sent to unit OWN / OTHER.
  const expected: Record<Role, (unitId: number) => boolean> = {
    ADMIN: () => true,
    COORDINATOR: () => true,
    LEADER: () => true,
    REPORTER: (unitId) => unitId === OWN,
  };
  const cells = ROLES.flatMap((role) => [OWN, OTHER].map((unitId) => ({ role, unitId })));
  it.each(cells)("$role reading a chase of unit $unitId", ({ role, unitId }) => {
    expect(can(viewer(role), { action: "chase:read", unitId })).toBe(expected[role](unitId));
  });
  it("a reporter without a unit reads none, nor does anyone signed out", () => {
    const orphan: Viewer = { id: 11, role: "REPORTER", unitId: null, name: "x", regionId: null };
    expect(can(orphan, { action: "chase:read", unitId: OWN })).toBe(false);
    expect(can(null, { action: "chase:read", unitId: OWN })).toBe(false);
  });
});

describe("notification:read", () => {
  it.each(ROLES)("%s reads its own notifications", (role) => {
    expect(can(viewer(role), { action: "notification:read" })).toBe(true);
  });
  it("no one signed out", () => {
    expect(can(null, { action: "notification:read" })).toBe(false);
  });
});
