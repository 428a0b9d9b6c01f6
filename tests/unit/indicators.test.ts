// extractIndicators on short sentences, one per target shape in DESIGN.md ("The source document"),
// and the numbers that are not targets (names in quotes, ordinals, durations, dates).
import { describe, expect, it } from "vitest";
import { extractIndicators, type Comparator } from "@/lib/domain/notice/indicators.ts";

type Row = {
  text: string;
  label: string;
  target: number;
  unit: string;
  comparator: Comparator;
  low?: number;
  high?: number;
};

const shapes: Row[] = [
  { text: "新建中小学校28所。", label: "中小学校", target: 28, unit: "所", comparator: "EXACT" },
  { text: "新增学位4万个。", label: "学位", target: 40000, unit: "个", comparator: "EXACT" },
  { text: "新增学位数0.9万个。", label: "学位", target: 9000, unit: "个", comparator: "EXACT" },
  { text: "举办五场艺术展演。", label: "艺术展演", target: 5, unit: "场", comparator: "EXACT" },
  { text: "完成两项改革任务。", label: "改革任务", target: 2, unit: "项", comparator: "EXACT" },
  { text: "覆盖率达85%。", label: "覆盖率", target: 85, unit: "%", comparator: "EXACT" },
  { text: "覆盖率达到85％。", label: "覆盖率", target: 85, unit: "%", comparator: "EXACT" },
  { text: "教育附加不低于30%用于职业教育。", label: "教育附加", target: 30, unit: "%", comparator: "AT_LEAST" },
  { text: "培训时间不低于72学时。", label: "培训时间", target: 72, unit: "学时", comparator: "AT_LEAST" },
  { text: "入学率稳定在99%以上。", label: "入学率", target: 99, unit: "%", comparator: "AT_LEAST" },
  { text: "评出约150项优秀教学成果。", label: "优秀教学成果", target: 150, unit: "项", comparator: "ABOUT" },
  { text: "组织4000名左右校长教师参与交流轮岗。", label: "校长教师", target: 4000, unit: "名", comparator: "ABOUT" },
  { text: "让每位学生掌握1-2项运动技能。", label: "运动技能", target: 1, low: 1, high: 2, unit: "项", comparator: "RANGE" },
  { text: "进行1—2次现场观摩活动。", label: "现场观摩活动", target: 1, low: 1, high: 2, unit: "次", comparator: "RANGE" },
  { text: "建设1～2个示范区。", label: "示范区", target: 1, low: 1, high: 2, unit: "个", comparator: "RANGE" },
  { text: "开展2至3次专题培训。", label: "专题培训", target: 2, low: 2, high: 3, unit: "次", comparator: "RANGE" },
  { text: "辍学率不超过5%。", label: "辍学率", target: 5, unit: "%", comparator: "AT_MOST" },
  { text: "投入资金500万元。", label: "投入资金", target: 500, unit: "万元", comparator: "EXACT" },
  { text: "培训教师不少于50人次。", label: "培训教师", target: 50, unit: "人次", comparator: "AT_LEAST" },
  { text: "建设15个“智慧教育”示范校。", label: "示范校", target: 15, unit: "个", comparator: "EXACT" },
];

describe("extractIndicators: target shapes", () => {
  it.each(shapes)("$text → $target $unit $comparator ($label)", (row) => {
    const found = extractIndicators(row.text);
    expect(found).toHaveLength(1);
    const [indicator] = found;
    expect(indicator.label).toBe(row.label);
    expect(indicator.target).toBe(row.target); // exact: 0.9万 must be 9000, not 9000.000000000002
    expect(indicator.unit).toBe(row.unit);
    expect(indicator.comparator).toBe(row.comparator);
    expect(indicator.low).toBe(row.low ?? null);
    expect(indicator.high).toBe(row.high ?? null);
    // The source is the words the target was read from, and holds its number.
    expect(row.text).toContain(indicator.source);
    expect(indicator.source).toMatch(/[\d一二三四五六七八九十两]/);
  });

  it("keeps the source phrase of the number, its label and its comparator words", () => {
    expect(extractIndicators("残疾儿童少年义务教育入学率持续稳定在99%以上。")[0].source).toBe(
      "残疾儿童少年义务教育入学率持续稳定在99%以上",
    );
    expect(extractIndicators("新改扩建中小学校28所，预计新增学位数4万个。").map((i) => i.source)).toEqual([
      "新改扩建中小学校28所",
      "预计新增学位数4万个",
    ]);
  });

  it("reads every target of a sentence, in order", () => {
    const found = extractIndicators("完成2个“智慧教育”示范区和15个“智慧教育”示范校的建设任务。");
    expect(found.map((i) => [i.label, i.target, i.unit])).toEqual([
      ["示范区", 2, "个"],
      ["示范校", 15, "个"],
    ]);
  });

  it("orders a range written high–low as low–high", () => {
    expect(extractIndicators("开展3-2次活动。")[0]).toMatchObject({ low: 2, high: 3, target: 2, comparator: "RANGE" });
  });
});

describe("extractIndicators: numbers that are not targets", () => {
  it.each([
    ["“十四五”", "贯彻落实“十四五”规划。"],
    ["a number inside 《…》", "落实《济宁市教育局等4部门关于加强管理的意见》。"],
    ["a number inside “…”", "推动“两个只增不减”要求落实到位。"],
    ["第四批 (ordinal)", "开展第四批党建品牌创建。"],
    ["第24届 (ordinal)", "举办第24届全市中学生运动会。"],
    ["第三次 (ordinal with a unit)", "召开第三次推进会。"],
    ["一批 (article)", "培养一批优秀教师。"],
    ["一个项目一个时间表", "一个项目一个时间表，倒排工期。"],
    ["3个月 (duration)", "3个月内完成整改。"],
    ["12个月 (duration)", "12个月完成。"],
    ["IPV6", "推进IPV6网络布设。"],
    ["2023年 (a year)", "2023年完成建设。"],
    ["6月底前 (a deadline)", "6月底前完成全员轮训计划。"],
    ["百人规模 (idiom)", "组建百人规模的教育人才帮扶团。"],
  ])("%s → none", (_name, text) => {
    expect(extractIndicators(text)).toEqual([]);
  });

  it("still reads the target next to an ordinal or a quoted name", () => {
    expect(extractIndicators("开展中小学第四批60所党建品牌创建工作。").map((i) => [i.target, i.unit])).toEqual([[60, "所"]]);
    expect(extractIndicators("指导30项市“十四五”规划专项课题。").map((i) => [i.target, i.unit])).toEqual([[30, "项"]]);
  });
});

describe("extractIndicators: written forms", () => {
  it("reads full-width digits, keeping the source as written", () => {
    const [indicator] = extractIndicators("新建学校２８所。");
    expect(indicator).toMatchObject({ label: "学校", target: 28, unit: "所", comparator: "EXACT", source: "新建学校２８所" });
  });

  it("a 、 inside a quoted list does not cut the source phrase in the middle of the quotation", () => {
    const [indicator] = extractIndicators("实施“教坛新秀、骨干教师、教育名家”等五个教师梯队培养工程。");
    expect(indicator.target).toBe(5);
    expect(indicator.source.startsWith("实施“教坛新秀")).toBe(true);
  });
});
