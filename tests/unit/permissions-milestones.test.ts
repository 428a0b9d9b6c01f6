// Milestones (工作节点) in the permissions module: bureau staff manage them; units only report on
// them, through their own reports on measures they own (report:write).
import { describe, expect, it } from "vitest";
import { assertCan, can, ROLES, type Role, type Viewer } from "@/lib/auth/permissions.ts";

/** An open plan of the city (region 1): the scope and frozen rules are tested in permissions-plans.test.ts. */
const OPEN_PLAN = { regionId: 1, frozen: false } as const;
import { AppError } from "@/lib/errors.ts";

const OWN = 1;
const OTHER = 2;
const viewer = (role: Role, unitId: number | null = role === "REPORTER" ? OWN : null): Viewer => ({
  id: 10,
  role,
  unitId,
  name: role,
  regionId: null,
});

describe("milestone:manage (add, edit, reorder, delete)", () => {
  const expected: Record<Role, boolean> = { ADMIN: true, COORDINATOR: true, REPORTER: false, LEADER: false };
  it.each(ROLES)("%s", (role) => {
    expect(can(viewer(role), { action: "milestone:manage", plan: OPEN_PLAN })).toBe(expected[role]);
  });

  it("a reporter of any unit is refused with FORBIDDEN, a visitor with UNAUTHENTICATED", () => {
    for (const unitId of [OWN, OTHER, null]) {
      expect(() => assertCan(viewer("REPORTER", unitId), { action: "milestone:manage", plan: OPEN_PLAN })).toThrow(
        expect.objectContaining({ code: "FORBIDDEN" }),
      );
    }
    expect(() => assertCan(null, { action: "milestone:manage", plan: OPEN_PLAN })).toThrow(AppError);
    expect(() => assertCan(null, { action: "milestone:manage", plan: OPEN_PLAN })).toThrow(
      expect.objectContaining({ code: "UNAUTHENTICATED" }),
    );
  });
});

describe("marking milestones reached is writing a report", () => {
  it.each(ROLES)("%s marks milestones only in its own unit's report on a measure that unit owns", (role) => {
    const v = viewer(role);
    expect(can(v, { action: "report:write", unitId: OWN, measureUnitIds: [OWN], plan: OPEN_PLAN })).toBe(role === "REPORTER");
    expect(can(v, { action: "report:write", unitId: OWN, measureUnitIds: [OTHER], plan: OPEN_PLAN })).toBe(false);
    expect(can(v, { action: "report:write", unitId: OTHER, measureUnitIds: [OTHER], plan: OPEN_PLAN })).toBe(false);
  });
});
