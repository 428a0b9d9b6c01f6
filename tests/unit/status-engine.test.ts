// The red/yellow/blue engine as tables: each colour's boundaries, not reported vs 0 %, done,
// past due, overdue by 7 vs 8 days, two missed periods, override, indicators, roll-up weights.
import { describe, expect, it } from "vitest";
import { expectedProgress } from "@/lib/domain/status/expected-progress.ts";
import { measureStatus, type MeasureStatusInput } from "@/lib/domain/status/measure-status.ts";
import { rollUp } from "@/lib/domain/status/roll-up.ts";
import { escalationStep, shortPeriods } from "@/lib/domain/status/escalation.ts";
import { heatmap } from "@/lib/domain/status/dashboard-tables.ts";
import type { PlanStatus } from "@/lib/domain/status/plan-status.ts";

// A measure from 1 Jan to 11 Apr 2023: 100 days, so expected progress is one point a day.
const base: MeasureStatusInput = { startDate: "2023-01-01", dueDate: "2023-04-11", approved: null, overdue: [], today: "2023-03-02" }; // day 60
const approved = (percent: number, approvedOn = "2023-03-01") => ({ approved: { percent, approvedOn } });

describe("expected progress (序时进度)", () => {
  it.each([
    ["2022-12-31", 0],
    ["2023-01-01", 0],
    ["2023-01-11", 10],
    ["2023-03-02", 60],
    ["2023-04-11", 100],
    ["2023-05-01", 100],
  ])("on %s → %d", (day, expected) => {
    expect(expectedProgress("2023-01-01", "2023-04-11", day)).toBe(expected);
  });
});

describe("colour by gap", () => {
  it.each([
    [50, "BLUE", 10, "按序时推进（进度 50%，序时进度 60%）"], // gap exactly 10 is still on track
    [49, "YELLOW", 11, "滞后序时进度 11 个百分点"],
    [30, "YELLOW", 30, "滞后序时进度 30 个百分点"], // gap exactly 30 is yellow
    [29, "RED", 31, "滞后序时进度 31 个百分点"],
    [80, "BLUE", -20, "超前序时进度 20 个百分点（进度 80%，序时进度 60%）"], // ahead: never a negative gap
    [60, "BLUE", 0, "按序时推进（进度 60%，序时进度 60%）"],
  ])("actual %d%% → %s (gap %d)", (percent, colour, gap, reason) => {
    const s = measureStatus({ ...base, ...approved(percent) });
    expect(s).toMatchObject({ colour, gap, expected: 60, actual: percent });
    expect(s.reasons[0]).toBe(reason);
  });
});

describe("not reported, zero and done", () => {
  it("no approved report and nothing overdue is 未报送, not 0 %", () => {
    expect(measureStatus(base)).toMatchObject({ colour: "NOT_REPORTED", actual: null, gap: null, reasons: ["尚未报送进展"] });
  });

  it("an approved 0 % is a real figure: 60 points behind is red", () => {
    expect(measureStatus({ ...base, ...approved(0) })).toMatchObject({ colour: "RED", actual: 0, gap: 60 });
  });

  it("approved at 100 % is done, shown apart from blue", () => {
    expect(measureStatus({ ...base, ...approved(100, "2023-02-20") })).toMatchObject({
      colour: "DONE",
      reasons: ["已完成（2月20日审核通过）"],
    });
  });

  it("indicator actuals below the reported percent cap the progress", () => {
    const s = measureStatus({
      ...base,
      ...approved(80),
      indicators: [{ label: "中小学校", target: 28, actual: 7, comparator: "EXACT", unit: "所" }],
    });
    expect(s).toMatchObject({ actual: 25, colour: "RED" });
    expect(s.reasons).toContain("指标完成 25%，低于填报进度 80%");
  });
});

describe("past due", () => {
  it("past the due date and not complete is red, whatever the gap", () => {
    const s = measureStatus({ ...base, ...approved(95), today: "2023-04-26" });
    expect(s.colour).toBe("RED");
    expect(s.reasons).toContain("已超过完成时限（4月11日）15 天仍未完成");
  });

  it("past the due date and done is done", () => {
    expect(measureStatus({ ...base, ...approved(100), today: "2023-04-26" }).colour).toBe("DONE");
  });
});

describe("overdue reports", () => {
  const overdue = (days: number, periodLabel = "2023年2月") => {
    const due = new Date(Date.parse("2023-03-02T00:00:00Z") - days * 86_400_000).toISOString().slice(0, 10);
    return { periodLabel, dueOn: due, unitName: "人事科" };
  };

  it("overdue by 7 days is yellow (even when otherwise on track)", () => {
    const s = measureStatus({ ...base, ...approved(60), overdue: [overdue(7)] });
    expect(s.colour).toBe("YELLOW");
    expect(s.reasons).toContain("人事科2月进展逾期未报 7 天");
  });

  it("overdue by 8 days is red", () => {
    expect(measureStatus({ ...base, ...approved(60), overdue: [overdue(8)] }).colour).toBe("RED");
  });

  it("overdue without any approved report is coloured by the overdue rule, not 未报送", () => {
    expect(measureStatus({ ...base, overdue: [overdue(3)] })).toMatchObject({ colour: "YELLOW", actual: null });
  });

  it("two missed periods are red even when each is recent", () => {
    const s = measureStatus({ ...base, overdue: [overdue(3, "2023年1月"), overdue(2, "2023年2月")] });
    expect(s.colour).toBe("RED");
    expect(s.reasons).toContain("已有 2 期未报送");
  });

  it("thresholds are settings: a 5-day limit makes 6 days red", () => {
    const thresholds = { yellowGap: 10, redGap: 30, redOverdueDays: 5, redMissedPeriods: 2 };
    expect(measureStatus({ ...base, ...approved(60), overdue: [overdue(6)], thresholds }).colour).toBe("RED");
  });
});

describe("override", () => {
  it("replaces the colour, keeps the computed one and says why", () => {
    const s = measureStatus({ ...base, ...approved(20), override: { colour: "YELLOW", reason: "已协调解决用地问题" } });
    expect(s).toMatchObject({ colour: "YELLOW", computedColour: "RED", overridden: true });
    expect(s.reasons[0]).toBe("人工调整：已协调解决用地问题");
  });
});

describe("roll-up", () => {
  it("weights are normalised and not-reported children are left out of the mean", () => {
    const r = rollUp([
      { colour: "BLUE", progress: 60, weight: 1 },
      { colour: "YELLOW", progress: 30, weight: 3 },
      { colour: "NOT_REPORTED", progress: null, weight: 5 },
    ]);
    expect(r).toMatchObject({ progress: 37.5, colour: "YELLOW", reported: 2, notReported: 1 });
    expect(r.formula).toContain("60%×0.25 + 30%×0.75 = 37.5%");
    expect(r.formula).toContain("未报送 1 项不计入");
  });

  it.each([
    [["RED", "BLUE", "DONE"], "RED"],
    [["YELLOW", "BLUE"], "YELLOW"],
    [["BLUE", "DONE"], "BLUE"],
    [["DONE", "DONE"], "DONE"],
    [["DONE", "NOT_REPORTED"], "DONE"],
    [["NOT_REPORTED", "NOT_REPORTED"], "NOT_REPORTED"],
  ] as const)("colours %j → %s", (colours, expected) => {
    expect(rollUp(colours.map((colour) => ({ colour, progress: colour === "NOT_REPORTED" ? null : 50, weight: 1 }))).colour).toBe(expected);
  });

  it("no children reported: progress null", () => {
    expect(rollUp([{ colour: "NOT_REPORTED", progress: null, weight: 1 }]).progress).toBeNull();
  });
});

describe("escalation", () => {
  it.each([
    [null, "RED", "start"],
    [null, "YELLOW", "none"],
    [null, "BLUE", "none"],
    [{ automatic: true, cadence: "WEEKLY" }, "RED", "keep"],
    [{ automatic: true, cadence: "WEEKLY" }, "YELLOW", "keep"], // until blue again, not merely better
    [{ automatic: true, cadence: "WEEKLY" }, "BLUE", "end"],
    [{ automatic: true, cadence: "WEEKLY" }, "DONE", "end"],
    [{ automatic: false, cadence: "DAILY" }, "BLUE", "keep"], // a coordinator's stays until lifted
  ] as const)("in force %j, colour %s → %s", (active, colour, step) => {
    expect(escalationStep(active, colour)).toBe(step);
  });

  it("weekly periods run Monday to Sunday and are due the Monday after", () => {
    const weeks = shortPeriods("WEEKLY", "2023-06-07", "2023-06-20");
    expect(weeks.map((w) => [w.startsOn, w.endsOn, w.dueOn])).toEqual([
      ["2023-06-05", "2023-06-11", "2023-06-12"],
      ["2023-06-12", "2023-06-18", "2023-06-19"],
      ["2023-06-19", "2023-06-25", "2023-06-26"],
    ]);
    expect(weeks[0].label).toBe("6月5日—6月11日周报");
  });

  it("daily periods are due the next day", () => {
    expect(shortPeriods("DAILY", "2023-06-30", "2023-07-01").map((d) => [d.startsOn, d.dueOn, d.label])).toEqual([
      ["2023-06-30", "2023-07-01", "6月30日日报"],
      ["2023-07-01", "2023-07-02", "7月1日日报"],
    ]);
  });
});

describe("dashboard tables for large plans", () => {
  // 40 units, unit k having k red measures: the heatmap keeps the 30 with the most red.
  const units = Array.from({ length: 40 }, (_, k) => ({
    id: k + 1,
    name: `单位${String(k + 1).padStart(2, "0")}`,
    measureIds: [],
    rollUp: { counts: { RED: k, YELLOW: 0, BLUE: 0, DONE: 0, NOT_REPORTED: 0 } },
  }));
  const status = {
    asOf: "2023-06-20",
    units,
    actions: [{ id: 1, number: 1, title: "行动", taskIds: [] }],
    measures: [],
    tasks: [],
  } as unknown as PlanStatus;

  it("the heatmap shows the units with the most red measures, by name, and says how many there are", () => {
    const map = heatmap(status, 30);
    expect(map.total).toBe(40);
    expect(map.units.map((u) => u.id)).toEqual(Array.from({ length: 30 }, (_, i) => i + 11));
    expect(heatmap(status).units).toHaveLength(40);
  });
});
