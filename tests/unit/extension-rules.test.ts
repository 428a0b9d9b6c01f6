// 延期申请 rules: the due date in force on a date, which new dates may be asked for and granted,
// the form schemas' Chinese messages, and how the status engine words an extended due date.
import { describe, expect, it } from "vitest";
import { extensionDecisionSchema, extensionItemSchema, extensionRequestSchema } from "@/lib/data/extensions/extension-input.ts";
import {
  earliestRequestableDueOn,
  effectiveDueDate,
  isApprovable,
  milestonesInForce,
  requestedDueOnProblem,
} from "@/lib/domain/extensions/extension-rules.ts";
import { measureStatus, type MeasureStatusInput } from "@/lib/domain/status/measure-status.ts";

const at = (iso: string) => Date.parse(iso);

describe("effectiveDueDate", () => {
  const approved = [
    { requestedDueOn: "2023-08-31", decidedAt: at("2023-05-10T09:00:00+08:00") },
    { requestedDueOn: "2023-10-31", decidedAt: at("2023-09-01T09:00:00+08:00") },
  ];
  it.each([
    ["no extension", [], at("2023-12-01T00:00:00+08:00"), "2023-06-30"],
    ["before the first approval", approved, at("2023-05-10T00:00:00+08:00"), "2023-06-30"],
    ["at the approval instant (not yet: strictly before)", approved, at("2023-05-10T09:00:00+08:00"), "2023-06-30"],
    ["after the first approval", approved, at("2023-05-11T00:00:00+08:00"), "2023-08-31"],
    ["after both: the latest approval", approved, at("2023-09-02T00:00:00+08:00"), "2023-10-31"],
    ["order of the list does not matter", [...approved].reverse(), at("2023-09-02T00:00:00+08:00"), "2023-10-31"],
  ] as const)("%s", (_, list, before, expected) => {
    expect(effectiveDueDate("2023-06-30", list, before)).toBe(expected);
  });
  it("a corrected notice that moved the measure past an approved extension: the notice's later date holds", () => {
    expect(effectiveDueDate("2023-12-31", approved, at("2023-09-02T00:00:00+08:00"))).toBe("2023-12-31");
  });
});

describe("milestones under an extension", () => {
  const steps = [
    { title: "6月底前完成方案", dueOn: "2023-06-30", plannedPercent: 30, confirmedOn: "2023-06-20" },
    { title: "年底前完成", dueOn: "2023-12-31", plannedPercent: null, confirmedOn: null },
  ];
  it("steps due on or after the original date move to the extended one; earlier ones stay", () => {
    expect(milestonesInForce(steps, "2023-12-31", "2024-03-31").map((m) => m.dueOn)).toEqual(["2023-06-30", "2024-03-31"]);
    expect(milestonesInForce(steps, "2023-12-31", "2023-12-31")).toEqual(steps);
  });
  it("an extended measure is not coloured by its notice-dated last step (due 2023-12-31, extended to 2024-03-31)", () => {
    const input: MeasureStatusInput = {
      startDate: "2023-03-30",
      dueDate: "2024-03-31",
      originalDueDate: "2023-12-31",
      approved: { percent: 80, approvedOn: "2024-01-05" },
      overdue: [],
      today: "2024-01-20",
    };
    // With the step left on the notice's date, the extension would be undone: 红, "逾期 20 天".
    expect(measureStatus({ ...input, milestones: steps }).colour).toBe("RED");
    const moved = measureStatus({ ...input, milestones: milestonesInForce(steps, "2023-12-31", "2024-03-31") });
    expect(moved.colour).toBe("BLUE");
    expect(moved.reasons.join("；")).not.toContain("逾期");
  });
});

describe("requestedDueOnProblem", () => {
  it.each([
    ["2023-07-01", "2023-06-30", "2023-06-03", null],
    ["2023-06-30", "2023-06-30", "2023-06-03", { kind: "notLater", currentDueOn: "2023-06-30" }],
    ["2023-06-01", "2023-06-30", "2023-06-03", { kind: "notLater", currentDueOn: "2023-06-30" }],
    // Past due already: the new date must still lie ahead.
    ["2023-07-10", "2023-06-30", "2023-07-20", { kind: "beforeToday", today: "2023-07-20" }],
    ["2023-07-20", "2023-06-30", "2023-07-20", null],
  ] as const)("asking %s when due %s on %s → %j", (requested, current, today, expected) => {
    expect(requestedDueOnProblem(requested, current, today)).toEqual(expected);
  });

  it("the earliest date offered is the day after the due date, or today when that is later", () => {
    expect(earliestRequestableDueOn("2023-06-30", "2023-06-03")).toBe("2023-07-01");
    expect(earliestRequestableDueOn("2023-12-31", "2023-06-03")).toBe("2024-01-01");
    expect(earliestRequestableDueOn("2023-06-30", "2023-07-20")).toBe("2023-07-20");
  });

  it("only a date later than the one in force is granted", () => {
    expect(isApprovable("2024-01-31", "2023-12-31")).toBe(true);
    expect(isApprovable("2024-01-31", "2024-01-31")).toBe(false);
    expect(isApprovable("2024-01-31", "2024-03-31")).toBe(false);
  });
});

describe("form schemas", () => {
  const errorOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message);

  it("a request names exactly one item, a date and a reason", () => {
    expect(extensionRequestSchema.parse({ measureId: "5", problemId: "", requestedDueOn: "2023-08-31", reason: " 场地未落实 " })).toEqual({
      measureId: 5,
      problemId: undefined,
      requestedDueOn: "2023-08-31",
      reason: "场地未落实",
    });
    expect(errorOf(extensionRequestSchema.safeParse({ requestedDueOn: "2023-08-31", reason: "x" }))).toEqual([
      "请从措施页面或问题台账进入，选择要延期的事项。",
    ]);
    expect(errorOf(extensionRequestSchema.safeParse({ measureId: 1, problemId: 2, requestedDueOn: "2023-08-31", reason: "x" }))).toEqual([
      "一次只能为一个事项申请延期。",
    ]);
    expect(errorOf(extensionRequestSchema.safeParse({ measureId: 1, requestedDueOn: "", reason: "x" }))).toEqual([
      "请选择申请延期至的日期。",
    ]);
    expect(errorOf(extensionRequestSchema.safeParse({ measureId: 1, requestedDueOn: "2023-02-30", reason: "x" }))).toEqual([
      "日期格式应为 YYYY-MM-DD。",
    ]);
    expect(errorOf(extensionRequestSchema.safeParse({ measureId: 1, requestedDueOn: "2023-08-31", reason: "  " }))).toEqual([
      "请填写延期理由。",
    ]);
    expect(errorOf(extensionRequestSchema.safeParse({ measureId: 1, requestedDueOn: "2023-08-31", reason: "长".repeat(1001) }))).toEqual([
      "延期理由不能超过 1000 个字。",
    ]);
    expect(extensionRequestSchema.safeParse({ measureId: "2147483648", requestedDueOn: "2023-08-31", reason: "x" }).success).toBe(false);
  });

  it("the page's item comes from ?measureId= or ?problemId=", () => {
    expect(extensionItemSchema.parse({ problemId: "7" })).toEqual({ measureId: undefined, problemId: 7 });
    expect(extensionItemSchema.safeParse({ measureId: "abc" }).success).toBe(false);
    expect(extensionItemSchema.safeParse({ measureId: ["1", "2"] }).success).toBe(false);
  });

  it("a decision is approve or reject; rejecting needs a comment", () => {
    expect(extensionDecisionSchema.parse({ id: "3", version: "1", decision: "approve" })).toEqual({
      id: 3,
      version: 1,
      decision: "approve",
      comment: "",
    });
    expect(errorOf(extensionDecisionSchema.safeParse({ id: 3, version: 1, decision: "reject", comment: " " }))).toEqual([
      "驳回时请填写审批意见。",
    ]);
    expect(errorOf(extensionDecisionSchema.safeParse({ id: 3, version: 1, decision: "maybe" }))).toEqual(["请选择批准或驳回。"]);
  });
});

describe("the status engine with an extended due date", () => {
  // Started 30 March; originally due 30 June, extended to 31 August; 40 % approved.
  const base: MeasureStatusInput = {
    startDate: "2023-03-30",
    dueDate: "2023-08-31",
    originalDueDate: "2023-06-30",
    approved: { percent: 40, approvedOn: "2023-05-04" },
    overdue: [],
    today: "2023-05-20",
  };

  it("expected progress runs to the extended date, and the reasons say it was extended", () => {
    const s = measureStatus(base);
    expect(s).toMatchObject({ colour: "BLUE", expected: 33.1, gap: -6.9 });
    expect(s.reasons).toEqual(["超前序时进度 6.9 个百分点（进度 40%，序时进度 33.1%）", "完成时限经批准由6月30日延期至8月31日"]);
    // The same measure without the extension is lagging.
    expect(measureStatus({ ...base, dueDate: "2023-06-30", originalDueDate: undefined })).toMatchObject({
      colour: "YELLOW",
      expected: 55.4,
    });
  });

  it("past the extended date, the reason names both dates (with the year when it is another one)", () => {
    expect(measureStatus({ ...base, today: "2023-09-05" }).reasons).toContain("已超过延期后的完成时限（8月31日，原定6月30日）5 天仍未完成");
    expect(measureStatus({ ...base, dueDate: "2024-01-31", today: "2024-02-02" }).reasons).toContain(
      "已超过延期后的完成时限（2024年1月31日，原定6月30日）2 天仍未完成",
    );
    // Named once: no separate note when the past-due reason says it.
    expect(measureStatus({ ...base, today: "2023-09-05" }).reasons.filter((r) => r.includes("延期"))).toHaveLength(1);
  });

  it("an original date equal to the due date is no extension", () => {
    expect(measureStatus({ ...base, dueDate: "2023-06-30", originalDueDate: "2023-06-30" }).reasons.some((r) => r.includes("延期"))).toBe(
      false,
    );
  });

  it("a measure not yet reported still says its due date was extended", () => {
    expect(measureStatus({ ...base, approved: null }).reasons).toEqual(["尚未报送进展", "完成时限经批准由6月30日延期至8月31日"]);
  });
});
