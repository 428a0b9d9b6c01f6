// Issue 15 in the permissions module: the bureau reopens done measures and marks indicators
// 只增不减; administrators set the data-quality thresholds (with the colour thresholds); units
// and leaders do neither.
import { describe, expect, it } from "vitest";
import { assertCan, can, ROLES, type Permission, type Role, type Viewer } from "@/lib/auth/permissions.ts";

const viewer = (role: Role): Viewer => ({ id: 10, role, unitId: role === "REPORTER" ? 1 : null, name: role, regionId: null });

describe.each([
  ["measure:reopen", { ADMIN: true, COORDINATOR: true, REPORTER: false, LEADER: false }],
  ["indicator:manage", { ADMIN: true, COORDINATOR: true, REPORTER: false, LEADER: false }],
  ["thresholds:manage", { ADMIN: true, COORDINATOR: false, REPORTER: false, LEADER: false }],
] as const)("%s", (action, expected: Record<Role, boolean>) => {
  it.each(ROLES)("%s", (role) => {
    expect(can(viewer(role), { action } as Permission)).toBe(expected[role]);
  });
  it("refuses a visitor as UNAUTHENTICATED and a unit as FORBIDDEN", () => {
    expect(() => assertCan(null, { action } as Permission)).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
    expect(() => assertCan(viewer("REPORTER"), { action } as Permission)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });
});
