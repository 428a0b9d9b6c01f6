// The permissions' plan scope (issue 11): a county's own coordinators and leaders act only inside
// their county's plans, the city's staff everywhere, units only on their own measures (in whichever
// plan they are); a frozen plan refuses the writes that add reports or move its colours after the
// fact, and keeps the rest (reviews of reports already in, bulletins, the ledger).
import { describe, expect, it } from "vitest";
import { can, isPlanInScope, type Permission, type PlanRef, type Viewer } from "@/lib/auth/permissions.ts";

const CITY = 1;
const COUNTY = 2;
const OTHER_COUNTY = 3;
const UNIT = 7;
const plan = (regionId: number, frozen = false): PlanRef => ({ regionId, frozen });

const viewers = {
  cityCoordinator: { id: 1, role: "COORDINATOR", unitId: null, name: "市局督办", regionId: null },
  cityLeader: { id: 2, role: "LEADER", unitId: null, name: "市局领导", regionId: null },
  admin: { id: 3, role: "ADMIN", unitId: null, name: "管理员", regionId: null },
  countyCoordinator: { id: 4, role: "COORDINATOR", unitId: null, name: "任城区督办", regionId: COUNTY },
  countyLeader: { id: 5, role: "LEADER", unitId: null, name: "任城区领导", regionId: COUNTY },
  reporter: { id: 6, role: "REPORTER", unitId: UNIT, name: "填报员", regionId: null },
} satisfies Record<string, Viewer>;
type Who = keyof typeof viewers;

/** Every plan-bound permission, on a plan, as the bureau would ask it (the unit's own for unit ones). */
const ACTIONS = {
  "plan:read": (p) => ({ action: "plan:read", plan: p }),
  "plan:manage": (p) => ({ action: "plan:manage", plan: p }),
  "report:write": (p) => ({ action: "report:write", unitId: UNIT, measureUnitIds: [UNIT], plan: p }),
  "report:review": (p) => ({ action: "report:review", report: { unitId: UNIT, state: "SUBMITTED" }, plan: p }),
  "bulletin:issue": (p) => ({ action: "bulletin:issue", plan: p }),
  "status:override": (p) => ({ action: "status:override", plan: p }),
  "thresholds:manage": (p) => ({ action: "thresholds:manage", plan: p }),
  "problem:create": (p) => ({ action: "problem:create", unitId: UNIT, plan: p }),
  "problem:edit": (p) => ({ action: "problem:edit", problem: { unitId: UNIT, published: true }, plan: p }),
  "problem:remedy": (p) => ({ action: "problem:remedy", problem: { unitId: UNIT, published: true }, plan: p }),
  "problem:resolve": (p) => ({ action: "problem:resolve", problem: { unitId: UNIT, published: true }, plan: p }),
  "problem:verify": (p) => ({ action: "problem:verify", plan: p }),
  "extension:request": (p) => ({ action: "extension:request", unitId: UNIT, measureUnitIds: [UNIT], plan: p }),
  "extension:decide": (p) => ({ action: "extension:decide", plan: p }),
  "inspection:manage": (p) => ({ action: "inspection:manage", plan: p }),
  "chase:send": (p) => ({ action: "chase:send", plan: p }),
  "milestone:manage": (p) => ({ action: "milestone:manage", plan: p }),
  "measure:reopen": (p) => ({ action: "measure:reopen", plan: p }),
  "indicator:manage": (p) => ({ action: "indicator:manage", plan: p }),
} satisfies Record<string, (p: PlanRef) => Permission>;
type Action = keyof typeof ACTIONS;
const ALL = Object.keys(ACTIONS) as Action[];

/** Who may do what in an open plan of their reach (the role rules). */
const BUREAU: Action[] = ALL.filter(
  (a) => !["report:write", "problem:remedy", "problem:resolve", "extension:request", "thresholds:manage"].includes(a),
);
const ALLOWED_IN_REACH: Record<Who, Action[]> = {
  cityCoordinator: BUREAU,
  countyCoordinator: BUREAU,
  admin: [...BUREAU, "thresholds:manage"],
  cityLeader: ["plan:read"],
  countyLeader: ["plan:read"],
  reporter: ["plan:read", "report:write", "problem:create", "problem:remedy", "problem:resolve", "extension:request"],
};
/** What a frozen plan refuses to everyone. */
const CLOSED_WHEN_FROZEN: Action[] = [
  "report:write",
  "extension:request",
  "status:override",
  "thresholds:manage",
  "milestone:manage",
  "inspection:manage",
  "chase:send",
  "measure:reopen",
  "indicator:manage",
];

const reach: Record<Who, number[]> = {
  cityCoordinator: [CITY, COUNTY, OTHER_COUNTY],
  cityLeader: [CITY, COUNTY, OTHER_COUNTY],
  admin: [CITY, COUNTY, OTHER_COUNTY],
  reporter: [CITY, COUNTY, OTHER_COUNTY],
  countyCoordinator: [COUNTY],
  countyLeader: [COUNTY],
};

describe("the plan scope: every viewer × plan-bound permission × region", () => {
  const cells = (Object.keys(viewers) as Who[]).flatMap((who) =>
    ALL.flatMap((action) => [CITY, COUNTY, OTHER_COUNTY].map((region) => ({ who, action, region }))),
  );
  it.each(cells)("$who, $action in region $region", ({ who, action, region }) => {
    const expected = reach[who].includes(region) && ALLOWED_IN_REACH[who].includes(action);
    expect(can(viewers[who], ACTIONS[action](plan(region)))).toBe(expected);
  });
});

describe("a frozen plan", () => {
  const cells = (Object.keys(viewers) as Who[]).flatMap((who) => ALL.map((action) => ({ who, action })));
  it.each(cells)("$who, $action in the county's frozen plan", ({ who, action }) => {
    const expected = reach[who].includes(COUNTY) && ALLOWED_IN_REACH[who].includes(action) && !CLOSED_WHEN_FROZEN.includes(action);
    expect(can(viewers[who], ACTIONS[action](plan(COUNTY, true)))).toBe(expected);
  });

  it("still lets the bureau review reports already in, issue bulletins and close the ledger", () => {
    for (const action of ["report:review", "bulletin:issue", "problem:verify", "extension:decide", "plan:manage"] as const) {
      expect(can(viewers.cityCoordinator, ACTIONS[action](plan(CITY, true))), action).toBe(true);
    }
  });
});

describe('units and "any"', () => {
  it("a unit writes only its own reports, on measures it owns, in any region's open plan", () => {
    for (const region of [CITY, COUNTY]) {
      expect(can(viewers.reporter, { action: "report:write", unitId: UNIT, measureUnitIds: [UNIT, 9], plan: plan(region) })).toBe(true);
      expect(can(viewers.reporter, { action: "report:write", unitId: 9, measureUnitIds: [UNIT, 9], plan: plan(region) })).toBe(false);
      expect(can(viewers.reporter, { action: "report:write", unitId: UNIT, measureUnitIds: [9], plan: plan(region) })).toBe(false);
    }
  });

  it('"any" asks about the role alone: a county\'s coordinator may manage plans somewhere, a leader nowhere', () => {
    expect(can(viewers.countyCoordinator, { action: "plan:manage", plan: "any" })).toBe(true);
    expect(can(viewers.countyLeader, { action: "plan:manage", plan: "any" })).toBe(false);
    expect(isPlanInScope(viewers.countyCoordinator, "any")).toBe(true);
    expect(isPlanInScope(viewers.countyCoordinator, plan(CITY))).toBe(false);
    expect(isPlanInScope(viewers.countyCoordinator, plan(COUNTY, true))).toBe(true);
  });

  it("no one signed out acts in any plan", () => {
    for (const action of ALL) expect(can(null, ACTIONS[action](plan(CITY))), action).toBe(false);
  });
});
