// Issue 15 in the colour engine: words that agree with colours (no 按序时推进 on a yellow or red
// measure, 超前 instead of a negative gap, the summary's mean says what it covers) and done means
// done (approved at 100 % stays 已完成, an old missing report still colours it but its reason comes
// first, never escalated; reopened is not done).
import { describe, expect, it } from "vitest";
import { escalationStep } from "@/lib/domain/status/escalation.ts";
import { gapWords } from "@/lib/domain/status/gap-words.ts";
import { measureCoverage } from "@/lib/domain/status/measure-coverage.ts";
import { measureStatus, type MeasureStatusInput } from "@/lib/domain/status/measure-status.ts";
import type { PlanStatus } from "@/lib/domain/status/plan-status.ts";

// 1 Jan to 11 Apr 2023: 100 days, one point of 序时进度 a day; on 2 March it is 60 %.
const base: MeasureStatusInput = { startDate: "2023-01-01", dueDate: "2023-04-11", approved: null, overdue: [], today: "2023-03-02" };
const approved = (percent: number, approvedOn = "2023-03-01") => ({ approved: { percent, approvedOn } });
const overdue = (days: number, periodLabel = "2023年1月") => ({
  overdue: [
    { periodLabel, dueOn: new Date(Date.parse("2023-03-02T00:00:00Z") - days * 86_400_000).toISOString().slice(0, 10), unitName: "人事科" },
  ],
});

describe("gap in words", () => {
  it.each([
    [12.5, "滞后序时进度 12.5 个百分点"],
    [-20.4, "超前序时进度 20.4 个百分点"],
    [0, "与序时进度持平"],
    [0.04, "滞后序时进度 0 个百分点"],
  ])("%d → %s", (gap, words) => {
    expect(gapWords(gap)).toBe(words);
  });
});

describe("the progress reason agrees with the colour", () => {
  it.each([
    // percent, overdue days, colour, the progress reason
    [55, 0, "BLUE", "按序时推进（进度 55%，序时进度 60%）"],
    [55, 3, "YELLOW", "进度 55%，序时进度 60%"],
    [55, 9, "RED", "进度 55%，序时进度 60%"],
    [80, 0, "BLUE", "超前序时进度 20 个百分点（进度 80%，序时进度 60%）"],
    [80, 9, "RED", "超前序时进度 20 个百分点（进度 80%，序时进度 60%）"],
  ] as const)("%d%% with a report %d days overdue is %s: “%s”", (percent, days, colour, reason) => {
    const s = measureStatus({ ...base, ...approved(percent), ...(days ? overdue(days) : {}) });
    expect(s.colour).toBe(colour);
    expect(s.reasons).toContain(reason);
    if (colour !== "BLUE") expect(s.reasons.join("；")).not.toContain("按序时推进");
  });

  it("a measure overridden to red does not say 按序时推进 either", () => {
    const s = measureStatus({ ...base, ...approved(55), override: { colour: "RED", reason: "督查发现进度不实" } });
    expect(s.computedColour).toBe("BLUE");
    expect(s.reasons).toEqual(["人工调整：督查发现进度不实", "进度 55%，序时进度 60%"]);
  });

  it("a missed milestone's yellow does not leave 按序时推进 beside it", () => {
    const s = measureStatus({
      ...base,
      ...approved(60),
      milestones: [{ title: "印发方案", dueOn: "2023-02-27", plannedPercent: null, confirmedOn: null }],
    });
    expect(s.colour).toBe("YELLOW");
    expect(s.reasons).toEqual(["工作节点“印发方案”逾期 3 天", "进度 60%，序时进度 60%"]);
  });
});

describe("done means done", () => {
  it("approved at 100 % is done", () => {
    expect(measureStatus({ ...base, ...approved(100, "2023-02-20") })).toMatchObject({
      colour: "DONE",
      done: true,
      reasons: ["已完成（2月20日审核通过）"],
    });
  });

  it("stays done with indicators short of their targets, which are said beside it", () => {
    const s = measureStatus({
      ...base,
      ...approved(100),
      indicators: [{ label: "中小学校", target: 28, actual: 21, comparator: "EXACT", unit: "所" }],
    });
    expect(s).toMatchObject({ colour: "DONE", done: true, actual: 75 });
    expect(s.reasons).toEqual(["已完成（3月1日审核通过）", "指标完成 75%，低于填报进度 100%"]);
  });

  it("stays done past its due date and with a missed milestone", () => {
    const s = measureStatus({
      ...base,
      ...approved(100),
      today: "2023-05-20",
      milestones: [{ title: "印发方案", dueOn: "2023-02-27", plannedPercent: null, confirmedOn: null }],
    });
    expect(s).toMatchObject({ colour: "DONE", done: true });
  });

  it("an old missing report still colours it red, and that reason comes first", () => {
    const s = measureStatus({ ...base, ...approved(100), ...overdue(20) });
    expect(s).toMatchObject({ colour: "RED", done: true });
    expect(s.reasons[0]).toBe("人事科1月进展逾期未报 20 天");
    expect(s.reasons).toContain("已完成（3月1日审核通过）");
  });

  it("reopened after its approval, it is not done: the figures colour it, and the reopening is said", () => {
    const s = measureStatus({ ...base, ...approved(100), reopened: { on: "2023-03-02", reason: "督查发现尚有 3 所学校未完工" } });
    expect(s).toMatchObject({ colour: "BLUE", done: false });
    expect(s.reasons).toEqual(["超前序时进度 40 个百分点（进度 100%，序时进度 60%）", "已于3月2日重新打开：督查发现尚有 3 所学校未完工"]);
    // Reopened and past its due date: not complete any more.
    expect(measureStatus({ ...base, ...approved(100), today: "2023-04-20", reopened: { on: "2023-04-12", reason: "返工" } }).colour).toBe(
      "RED",
    );
  });

  it.each([
    [null, "RED", "none"],
    [{ automatic: true, cadence: "WEEKLY" }, "RED", "end"],
    [{ automatic: true, cadence: "WEEKLY" }, "DONE", "end"],
    [{ automatic: false, cadence: "DAILY" }, "RED", "keep"], // a coordinator's stays until lifted
  ] as const)("is never escalated: in force %j, colour %s → %s", (active, colour, step) => {
    expect(escalationStep(active, colour, true)).toBe(step);
  });
});

describe("the summary's mean says what it covers", () => {
  const m = (colour: "RED" | "BLUE" | "DONE" | "NOT_REPORTED", actual: number | null, weight = 1) => ({
    weight,
    status: { colour, actual },
  });
  it("is the weighted mean of the measures with an approved figure, with how many of how many", () => {
    const status = {
      measures: [m("BLUE", 50), m("DONE", 100, 3), m("NOT_REPORTED", null), m("RED", null), m("RED", 10)],
    } as unknown as PlanStatus;
    // (50 + 300 + 10) / 5 = 72; the red measure without an approved figure is not counted as 0.
    expect(measureCoverage(status)).toEqual({ progress: 72, reported: 3, total: 5 });
  });
  it("has no mean when nothing is reported", () => {
    expect(measureCoverage({ measures: [m("NOT_REPORTED", null)] } as unknown as PlanStatus)).toEqual({
      progress: null,
      reported: 0,
      total: 1,
    });
  });
});
