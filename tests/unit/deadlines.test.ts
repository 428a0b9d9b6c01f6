// Deadline phrases and the start/due dates they give a measure (DESIGN.md "The source document"
// and "Red / yellow / blue": a measure starts on the issue date, or 1 July for 下半年, and is due
// by its deadline, or at the end of the plan year), plus the Chinese numerals they are written in.
import { describe, expect, it } from "vitest";
import { parseChineseNumber } from "@/lib/domain/notice/chinese-number.ts";
import { findDeadlines, scheduleMeasure } from "@/lib/domain/notice/deadlines.ts";

const plan = { year: 2023, issuedOn: "2023-03-30" };

describe("scheduleMeasure: one phrase", () => {
  it.each([
    ["6月底前完成全员轮训。", "6月底前", "2023-06-30"],
    ["9月15日前报送总结。", "9月15日前", "2023-09-15"],
    ["10月中旬组织评选。", "10月中旬", "2023-10-20"],
    ["九月底前完成验收。", "九月底前", "2023-09-30"],
    ["年底完成建设。", "年底", "2023-12-31"],
    ["年底前完成建设。", "年底前", "2023-12-31"],
    ["年内启动培育。", "年内", "2023-12-31"],
    ["2024年底前全部建成。", "2024年底前", "2024-12-31"],
    ["上半年完成方案。", "上半年", "2023-06-30"],
    ["第三季度完成评估。", "第三季度", "2023-09-30"],
    ["三季度完成评估。", "三季度", "2023-09-30"],
  ])("%s → due %s (%s), starting on the issue date", (text, phrase, due) => {
    expect(scheduleMeasure(text, plan)).toEqual({ startDate: "2023-03-30", dueDate: due, deadlinePhrase: phrase });
  });

  it("下半年 alone: starts 1 July, due 31 December", () => {
    expect(scheduleMeasure("下半年举办五场艺术展演。", plan)).toEqual({
      startDate: "2023-07-01",
      dueDate: "2023-12-31",
      deadlinePhrase: "下半年",
    });
  });

  it("2023年下半年: the year is part of the phrase", () => {
    expect(scheduleMeasure("2023年下半年举办五场艺术展演。", plan)).toEqual({
      startDate: "2023-07-01",
      dueDate: "2023-12-31",
      deadlinePhrase: "2023年下半年",
    });
  });

  it("下半年 … 年底 …: work on 年底's part starts now, so the measure starts on the issue date", () => {
    expect(scheduleMeasure("下半年举办五场艺术展演，年底举办美育成果汇报展演。", plan)).toEqual({
      startDate: "2023-03-30",
      dueDate: "2023-12-31",
      deadlinePhrase: "年底",
    });
  });
});

describe("scheduleMeasure: no deadline", () => {
  it.each([
    ["no date at all", "开展导师培训。"],
    ["三年内 (a duration)", "三年内建成示范区。"],
    ["每月 (a cadence)", "每月调度落实情况。"],
    ["每周四 (a cadence)", "开展合唱团每周四常规培训活动。"],
    ["12个月 (a duration)", "12个月内完成整改。"],
    ["2023年度 (an adjective)", "开展2023年度优秀教师评选。"],
    ["系统2023年党员 (an adjective)", "制定市直教育系统2023年党员培训方案。"],
  ])("%s → due at the end of the plan year, phrase null", (_name, text) => {
    expect(findDeadlines(text, 2023)).toEqual([]);
    expect(scheduleMeasure(text, plan)).toEqual({ startDate: "2023-03-30", dueDate: "2023-12-31", deadlinePhrase: null });
  });

  it("starts on 1 January of the plan year when the notice has no issue date", () => {
    expect(scheduleMeasure("开展导师培训。", { year: 2023, issuedOn: null })).toEqual({
      startDate: "2023-01-01",
      dueDate: "2023-12-31",
      deadlinePhrase: null,
    });
  });

  it("a plan of another year is due at the end of that year", () => {
    expect(scheduleMeasure("年底前完成。", { year: 2024, issuedOn: "2024-02-01" }).dueDate).toBe("2024-12-31");
    expect(scheduleMeasure("开展培训。", { year: 2024, issuedOn: "2024-02-01" }).dueDate).toBe("2024-12-31");
  });
});

describe("scheduleMeasure: several phrases", () => {
  it("the latest deadline governs, wherever it is written", () => {
    const expected = { startDate: "2023-03-30", dueDate: "2023-10-31", deadlinePhrase: "10月底前" };
    expect(scheduleMeasure("6月底前完成方案，10月底前完成验收。", plan)).toEqual(expected);
    expect(scheduleMeasure("10月底前完成验收，6月底前完成方案。", plan)).toEqual(expected);
  });

  it("三年内 beside a real deadline does not hide it", () => {
    expect(scheduleMeasure("三年内完成，年底前启动。", plan)).toMatchObject({ dueDate: "2023-12-31", deadlinePhrase: "年底前" });
  });

  it("a 下半年 measure issued after 1 July starts on its issue date", () => {
    expect(scheduleMeasure("下半年举办展演。", { year: 2023, issuedOn: "2023-08-15" }).startDate).toBe("2023-08-15");
  });
});

describe("findDeadlines", () => {
  it("lists the phrases in document order with their offsets", () => {
    const text = "上半年完成方案，9月15日前报送，年底前验收。";
    expect(findDeadlines(text, 2023)).toEqual([
      { phrase: "上半年", index: 0, start: null, due: "2023-06-30" },
      { phrase: "9月15日前", index: text.indexOf("9月"), start: null, due: "2023-09-15" },
      { phrase: "年底前", index: text.indexOf("年底"), start: null, due: "2023-12-31" },
    ]);
  });

  it("does not read a date that does not exist (2月30日)", () => {
    expect(findDeadlines("2月30日前完成。", 2023)).toEqual([]);
  });
});

describe("parseChineseNumber", () => {
  it.each([
    ["五", 5],
    ["十", 10],
    ["十一", 11],
    ["二十", 20],
    ["二十六", 26],
    ["一百", 100],
    ["一百零五", 105],
    ["三百二十", 320],
    ["两", 2],
    ["零", 0],
  ])("%s → %d", (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(["abc", "", "5", "五a", "第五"])("%j → null", (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });
});

describe("findDeadlines: dates that are not this measure's deadlines", () => {
  it("ignores a date inside a cited document title", () => {
    expect(findDeadlines("印发《关于2024年底前完成改造的方案》，9月底前完成。", 2023).map((m) => m.phrase)).toEqual(["9月底前"]);
  });

  it("ignores a year before the plan year (history, not a deadline)", () => {
    expect(scheduleMeasure("2022年底已完成建设，今年继续推进。", plan)).toEqual({
      startDate: "2023-03-30",
      dueDate: "2023-12-31",
      deadlinePhrase: null,
    });
  });

  it("reads full-width digits like ASCII ones, quoting the phrase as written", () => {
    expect(scheduleMeasure("６月底前完成。", plan)).toEqual({ startDate: "2023-03-30", dueDate: "2023-06-30", deadlinePhrase: "６月底前" });
  });
});
