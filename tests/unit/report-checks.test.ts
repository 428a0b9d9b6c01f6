// 数据质量 rules (lib/domain/quality/*) as tables: each check at its boundary and off it, the
// settings, the future-period refusal, what needs an explanation, stored warnings read leniently,
// and the dashboard's grouping by unit.
import { describe, expect, it } from "vitest";
import { DEFAULT_QUALITY_SETTINGS, qualitySettingsSchema } from "@/lib/domain/quality/quality-settings.ts";
import {
  checkReport,
  needsExplanation,
  periodNotStarted,
  warningsOf,
  type CheckedIndicator,
  type ReportCheckInput,
} from "@/lib/domain/quality/report-checks.ts";
import { readStoredWarnings } from "@/lib/domain/quality/stored-warnings.ts";
import { warningsByUnit, type WarnedReport } from "@/lib/domain/quality/warnings-by-unit.ts";

const schools: CheckedIndicator = { id: 1, label: "中小学校", target: 28, high: null, unit: "所", comparator: "EXACT", mustNotFall: false };
const spending: CheckedIndicator = {
  id: 2,
  label: "一般公共预算教育支出",
  target: 100,
  high: null,
  unit: "亿元",
  comparator: "AT_LEAST",
  mustNotFall: true,
};
const events: CheckedIndicator = {
  id: 3,
  label: "现场观摩教研活动",
  target: 1,
  high: 2,
  unit: "次",
  comparator: "RANGE",
  mustNotFall: false,
};

const base: ReportCheckInput = {
  percent: 40,
  actuals: [],
  hasEvidence: false,
  previousPercent: 30,
  previousActuals: new Map(),
  indicators: [schools, spending, events],
  dueDate: "2023-12-31",
  today: "2023-06-03",
  settings: DEFAULT_QUALITY_SETTINGS,
};
const codes = (over: Partial<ReportCheckInput>) => checkReport({ ...base, ...over }).map((w) => w.code);
const texts = (over: Partial<ReportCheckInput>) => checkReport({ ...base, ...over }).map((w) => w.text);

describe("percent complete is cumulative", () => {
  it.each([
    [30, 30, []],
    [15, 5, ["PROGRESS_FELL"]], // the 15 → 5
    [30, 29, ["PROGRESS_FELL"]],
    [null, 5, []], // nothing to compare with: the unit's first figure
  ] as const)("previous %s, now %d → %j", (previousPercent, percent, expected) => {
    expect(codes({ previousPercent, percent })).toEqual(expected);
  });
  it("says both figures", () => {
    expect(texts({ previousPercent: 15, percent: 5 })).toEqual(["累计完成进度由上次报送的 15% 降至 5%"]);
  });
});

describe("a jump above the plan's setting", () => {
  it.each([
    [20, 60, DEFAULT_QUALITY_SETTINGS, []], // exactly 40 points is allowed
    [20, 61, DEFAULT_QUALITY_SETTINGS, ["PROGRESS_JUMP"]],
    [20, 95, DEFAULT_QUALITY_SETTINGS, ["PROGRESS_JUMP"]], // the 20 → 95 in one month
    [20, 95, { jumpPoints: 80, targetMultiple: 2 }, []], // a plan that allows more
    [null, 95, DEFAULT_QUALITY_SETTINGS, []], // a first report has nothing to jump from
  ] as const)("%s → %d with %j → %j", (previousPercent, percent, settings, expected) => {
    expect(codes({ previousPercent, percent, settings })).toEqual(expected);
  });
  it("says by how much and the limit", () => {
    expect(texts({ previousPercent: 20, percent: 95 })).toEqual([
      "完成进度由上次报送的 20% 升至 95%，一次提高 75 个百分点，超过 40 个百分点",
    ]);
  });
});

describe("indicators", () => {
  it.each([
    // indicator, previous actual, actual, expected
    [spending, 120, 110, ["INDICATOR_FELL"]], // 只增不减 and below the previous
    [spending, 120, 120, []],
    [spending, undefined, 90, []], // no previous actual
    [schools, 20, 10, []], // not marked: may move both ways
    [schools, undefined, 56, []], // exactly 2× the target
    [schools, undefined, 56.5, ["INDICATOR_ABOVE_TARGET"]],
    [schools, 20, 280, ["INDICATOR_ABOVE_TARGET"]], // the ten times its target
    [events, undefined, 4, []], // a range: 2× its upper end
    [events, undefined, 5, ["INDICATOR_ABOVE_TARGET"]],
    [spending, 300, 250, ["INDICATOR_FELL", "INDICATOR_ABOVE_TARGET"]],
  ] as const)("%o: %s → %d gives %j", (indicator, previous, value, expected) => {
    const previousActuals = new Map(previous === undefined ? [] : [[indicator.id, previous]]);
    expect(codes({ actuals: [{ indicatorId: indicator.id, value }], previousActuals })).toEqual(expected);
  });
  it("a target of 0 has no multiple, and an actual of an unknown indicator is ignored", () => {
    const zero = { ...schools, id: 9, target: 0 };
    expect(
      codes({
        indicators: [zero],
        actuals: [
          { indicatorId: 9, value: 5 },
          { indicatorId: 77, value: 1e9 },
        ],
      }),
    ).toEqual([]);
  });
  it("name the indicator, the figures and the plan's multiple", () => {
    expect(texts({ actuals: [{ indicatorId: 2, value: 110 }], previousActuals: new Map([[2, 120]]) })).toEqual([
      "指标“一般公共预算教育支出”要求只增不减，实际值由上次报送的 120亿元 降至 110亿元",
    ]);
    expect(texts({ actuals: [{ indicatorId: 1, value: 280 }], settings: { jumpPoints: 40, targetMultiple: 2.5 } })).toEqual([
      "指标“中小学校”实际值 280所 超过目标 28所 的 2.5 倍",
    ]);
  });
  it("carry the indicator's id", () => {
    expect(checkReport({ ...base, actuals: [{ indicatorId: 1, value: 280 }] })[0]).toMatchObject({ indicatorId: 1 });
  });
});

describe("100 % long before the due date without evidence", () => {
  it.each([
    ["2023-11-30", false, 100, ["COMPLETE_EARLY"]], // 31 days before
    ["2023-12-01", false, 100, []], // 30 days before: the last month
    ["2023-06-03", true, 100, []], // with an evidence file
    ["2023-06-03", false, 99, []],
  ] as const)("on %s, evidence %s, %d%% → %j", (today, hasEvidence, percent, expected) => {
    expect(codes({ today, hasEvidence, percent, previousPercent: 90 })).toEqual(expected);
  });
  it("counts the days to the due date in force", () => {
    expect(texts({ today: "2023-08-31", percent: 100, previousPercent: 90, dueDate: "2023-12-31" })).toEqual([
      "距完成时限还有 122 天即报完成 100%，但未附佐证材料",
    ]);
  });
});

describe("the rest", () => {
  it.each([
    ["2023-12-01", "2023-08-15", true], // a December report filed in August
    ["2023-08-01", "2023-08-01", false],
    ["2023-07-01", "2023-08-15", false],
  ])("a period starting %s, on %s, has not started: %s", (startsOn, today, expected) => {
    expect(periodNotStarted({ startsOn }, today)).toBe(expected);
  });

  it("any warning needs an explanation that is not blank", () => {
    const one = checkReport({ ...base, percent: 5 });
    expect(needsExplanation(one, "")).toBe(true);
    expect(needsExplanation(one, "   ")).toBe(true);
    expect(needsExplanation(one, null)).toBe(true);
    expect(needsExplanation(one, "上期误填，已更正")).toBe(false);
    expect(needsExplanation([], "")).toBe(false);
  });

  it("the form's context gives the same warnings as the rules", () => {
    const context = {
      settings: DEFAULT_QUALITY_SETTINGS,
      indicators: [spending],
      previousPercent: 50,
      previousActuals: [{ indicatorId: 2, value: 120 }],
      dueDate: "2023-12-31",
    };
    const report = { percent: 30, actuals: [{ indicatorId: 2, value: 100 }], hasEvidence: false, today: "2023-06-03" };
    expect(warningsOf(context, report).map((w) => w.code)).toEqual(["PROGRESS_FELL", "INDICATOR_FELL"]);
  });

  it.each([
    [{ jumpPoints: "40", targetMultiple: "2" }, true],
    [{ jumpPoints: 1, targetMultiple: 1 }, true],
    [{ jumpPoints: 0, targetMultiple: 2 }, false],
    [{ jumpPoints: 40.5, targetMultiple: 2 }, false],
    [{ jumpPoints: 40, targetMultiple: 0.5 }, false],
    [{ jumpPoints: 101, targetMultiple: 2 }, false],
  ])("settings %j valid: %s", (input, valid) => {
    expect(qualitySettingsSchema.safeParse(input).success).toBe(valid);
  });

  it("stored warnings are read leniently", () => {
    expect(readStoredWarnings([{ code: "PROGRESS_FELL", text: "下降" }])).toEqual([{ code: "PROGRESS_FELL", text: "下降" }]);
    expect(readStoredWarnings(null)).toEqual([]);
    expect(readStoredWarnings({ not: "a list" })).toEqual([]);
  });
});

describe("the dashboard panel groups by unit", () => {
  const warned = (id: number, unit: [number, string], state: "SUBMITTED" | "APPROVED", reviewedAt: number | null): WarnedReport => ({
    id,
    unit: { id: unit[0], name: unit[1] },
    measure: { id: 1, number: 1, taskNumber: 9 },
    periodLabel: "2023年5月",
    state,
    reviewedAt,
    warnings: [{ code: "PROGRESS_FELL", text: "下降" }],
    explanation: "更正",
  });
  const finance: [number, string] = [8, "财务科"];
  const planning: [number, string] = [9, "发展规划科"];

  it("open until approved by the date, accepted after; units with open ones first", () => {
    const end = Date.parse("2023-06-11T00:00:00+08:00");
    const groups = warningsByUnit(
      [
        warned(1, finance, "APPROVED", end - 1),
        warned(2, planning, "SUBMITTED", null),
        warned(3, planning, "APPROVED", end),
        warned(4, finance, "APPROVED", end - 5),
      ],
      end,
    );
    expect(groups.map((g) => [g.unit.name, g.open.map((r) => r.id), g.accepted.map((r) => r.id)])).toEqual([
      ["发展规划科", [2, 3], []], // approved after the date: still open then
      ["财务科", [], [1, 4]],
    ]);
  });
  it("a report without warnings is not listed", () => {
    expect(warningsByUnit([{ ...warned(1, finance, "SUBMITTED", null), warnings: [] }], 0)).toEqual([]);
  });
});
