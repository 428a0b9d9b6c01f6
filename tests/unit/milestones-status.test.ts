// Milestones in the red/yellow/blue engine: 序时进度 runs piecewise through planned percents, a
// milestone past due and not done is a reason (黄 up to redOverdueDays, 红 after), and its state on
// a date counts a confirmation only from that date on.
import { describe, expect, it } from "vitest";
import { daysPastDue, milestoneState } from "@/lib/domain/milestones/milestone-state.ts";
import { expectedProgress, expectedProgressThrough } from "@/lib/domain/status/expected-progress.ts";
import { measureStatus, type MeasureStatusInput, type MilestoneFact } from "@/lib/domain/status/measure-status.ts";
import { measureStatuses, type MeasureFacts } from "@/lib/domain/status/plan-status.ts";
import { DEFAULT_THRESHOLDS } from "@/lib/domain/status/thresholds.ts";

// 1 Jan to 11 Apr 2023: 100 days.
const START = "2023-01-01";
const DUE = "2023-04-11";

describe("expected progress through milestones (piecewise linear)", () => {
  // 40 % planned by day 20 (21 Jan), 60 % by day 80 (22 Mar).
  const plan = [
    { on: "2023-01-21", percent: 40 },
    { on: "2023-03-22", percent: 60 },
  ];
  it.each([
    ["2022-12-31", 0],
    ["2023-01-01", 0],
    ["2023-01-11", 20], // halfway to the first checkpoint
    ["2023-01-21", 40], // on the checkpoint
    ["2023-02-20", 50], // halfway between 40 % and 60 % (30 of 60 days)
    ["2023-03-22", 60],
    ["2023-04-01", 80], // halfway from 60 % to 100 % (10 of 20 days)
    ["2023-04-11", 100],
    ["2023-05-01", 100],
  ])("on %s → %d", (day, expected) => {
    expect(expectedProgressThrough(START, DUE, day, plan)).toBe(expected);
  });

  it("without checkpoints (or with none inside start–due) it is the straight line", () => {
    for (const day of ["2023-01-11", "2023-02-20", "2023-03-02"]) {
      expect(expectedProgressThrough(START, DUE, day, [])).toBe(expectedProgress(START, DUE, day));
      expect(
        expectedProgressThrough(START, DUE, day, [
          { on: "2023-05-01", percent: 50 },
          { on: START, percent: 10 },
        ]),
      ).toBe(expectedProgress(START, DUE, day));
    }
  });

  it("checkpoints given out of order are read in date order, and the plan never falls", () => {
    const unordered = [
      { on: "2023-03-22", percent: 30 }, // less than planned earlier: held at 40
      { on: "2023-01-21", percent: 40 },
    ];
    expect(expectedProgressThrough(START, DUE, "2023-02-20", unordered)).toBe(40);
    expect(expectedProgressThrough(START, DUE, "2023-04-01", unordered)).toBe(70);
  });

  it("rounds to one decimal", () => {
    expect(expectedProgressThrough(START, DUE, "2023-01-02", [{ on: "2023-01-04", percent: 10 }])).toBe(3.3);
  });
});

describe("milestone state on a date", () => {
  it.each([
    // dueOn, confirmedOn, asOf, state, days past due
    ["2023-06-30", null, "2023-06-29", "PENDING", 0],
    ["2023-06-30", null, "2023-06-30", "PENDING", 0], // due today is not yet missed
    ["2023-06-30", null, "2023-07-01", "MISSED", 1],
    ["2023-06-30", "2023-06-20", "2023-06-25", "DONE", 0],
    ["2023-06-30", "2023-07-10", "2023-07-05", "MISSED", 5], // confirmed later: missed as of 5 July
    ["2023-06-30", "2023-07-10", "2023-07-10", "DONE", 10],
    ["2023-06-30", "2023-06-20", "2023-06-10", "PENDING", 0], // before its confirmation
  ] as const)("due %s, confirmed %s, on %s → %s", (dueOn, confirmedOn, asOf, state, days) => {
    expect(milestoneState({ dueOn, confirmedOn }, asOf)).toBe(state);
    expect(daysPastDue(dueOn, asOf)).toBe(days);
  });
});

describe("a missed milestone colours the measure", () => {
  // Approved 60 % on a straight line at 60 % expected: blue without the milestone.
  const base: MeasureStatusInput = {
    startDate: START,
    dueDate: DUE,
    approved: { percent: 60, approvedOn: "2023-03-01" },
    overdue: [],
    today: "2023-03-02",
  };
  const milestone = (over: Partial<MilestoneFact> = {}): MilestoneFact => ({
    title: "6月底前完成全员轮训计划",
    dueOn: "2023-02-23",
    plannedPercent: null,
    confirmedOn: null,
    ...over,
  });

  it.each([
    ["2023-02-23", 7, "YELLOW"], // day 7 after the due date: still yellow (redOverdueDays = 7)
    ["2023-02-22", 8, "RED"], // day 8: red
    ["2023-03-02", 0, "BLUE"], // due today: not missed
  ] as const)("due %s, %d days past it on 2 March → %s", (dueOn, days, colour) => {
    const s = measureStatus({ ...base, milestones: [milestone({ dueOn })] });
    expect(s.colour).toBe(colour);
    if (days > 0) expect(s.reasons[0]).toBe(`工作节点“6月底前完成全员轮训计划”逾期 ${days} 天`);
    else expect(s.reasons.join()).not.toContain("工作节点");
  });

  it("the plan's redOverdueDays sets the boundary", () => {
    const s = measureStatus({
      ...base,
      milestones: [milestone({ dueOn: "2023-02-22" })],
      thresholds: { ...DEFAULT_THRESHOLDS, redOverdueDays: 10 },
    });
    expect(s.colour).toBe("YELLOW");
  });

  it("a milestone confirmed by the date is no reason; one confirmed later still is", () => {
    expect(measureStatus({ ...base, milestones: [milestone({ dueOn: "2023-02-01", confirmedOn: "2023-03-02" })] }).colour).toBe("BLUE");
    expect(measureStatus({ ...base, milestones: [milestone({ dueOn: "2023-02-01", confirmedOn: "2023-03-03" })] }).colour).toBe("RED");
  });

  it("colours a measure with no approved report yet", () => {
    const s = measureStatus({ ...base, approved: null, milestones: [milestone({ dueOn: "2023-02-27" })] });
    expect(s).toMatchObject({ colour: "YELLOW", reasons: ["工作节点“6月底前完成全员轮训计划”逾期 3 天"] });
  });

  it("a measure approved complete has nothing left to miss", () => {
    expect(
      measureStatus({ ...base, approved: { percent: 100, approvedOn: "2023-03-01" }, milestones: [milestone({ dueOn: "2023-02-01" })] })
        .colour,
    ).toBe("DONE");
  });

  it("quotes a long clause cut to 40 characters", () => {
    const title = "开展".repeat(30);
    const s = measureStatus({ ...base, milestones: [milestone({ dueOn: "2023-02-01", title })] });
    expect(s.reasons[0]).toBe(`工作节点“${title.slice(0, 39)}…”逾期 29 天`);
  });

  it("planned percents move 序时进度 and with it the gap", () => {
    // 90 % planned by 22 Mar (day 80): on 2 Mar (day 60) expected is 90 × 60/80 = 67.5, not 60.
    const s = measureStatus({ ...base, milestones: [milestone({ dueOn: "2023-03-22", plannedPercent: 90 })] });
    expect(s).toMatchObject({ expected: 67.5, gap: 7.5, colour: "BLUE" });
    const behind = measureStatus({
      ...base,
      approved: { percent: 50, approvedOn: "2023-03-01" },
      milestones: [milestone({ dueOn: "2023-03-22", plannedPercent: 90 })],
    });
    expect(behind).toMatchObject({ expected: 67.5, gap: 17.5, colour: "YELLOW" });
  });
});

describe("the plan engine passes each measure's milestones on", () => {
  const facts: MeasureFacts = {
    id: 1,
    number: 1,
    weight: 1,
    startDate: START,
    dueDate: DUE,
    originalDueDate: DUE,
    task: { id: 1, number: 2, title: "创建党建品牌", action: { id: 1, number: 1, title: "行动" } },
    units: [],
    indicators: [],
    approved: null,
    actuals: new Map(),
    overdue: [],
    override: null,
  };
  it("with and without milestones", () => {
    expect(measureStatuses([facts], "2023-03-02", DEFAULT_THRESHOLDS)[0].status.colour).toBe("NOT_REPORTED");
    const missed = { ...facts, milestones: [{ title: "节点", dueOn: "2023-02-01", plannedPercent: null, confirmedOn: null }] };
    expect(measureStatuses([missed], "2023-03-02", DEFAULT_THRESHOLDS)[0].status).toMatchObject({
      colour: "RED",
      reasons: ["工作节点“节点”逾期 29 天"],
    });
  });
});
