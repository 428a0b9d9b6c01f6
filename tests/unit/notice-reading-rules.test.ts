// The small rules other bureaus' notices are read with, case by case: heading numbering, the unit
// clause in its many wordings, conversion noise, and a .docx's HTML turned into lines.
import { describe, expect, it } from "vitest";
import { toChineseNumber, parseChineseNumber } from "@/lib/domain/notice/chinese-number.ts";
import { noticeLines } from "@/lib/domain/notice/notice-lines.ts";
import { formatNumber, readNumbering, styleRank } from "@/lib/domain/notice/numbering.ts";
import { findUnitClause } from "@/lib/domain/notice/unit-clause.ts";
import { docxHtmlText } from "@/lib/import/docx-html-text.ts";

describe("readNumbering", () => {
  it.each([
    ["一、实施党建领航行动", "CN_COMMA", 1, "实施党建领航行动"],
    ["十二．加强保障", "CN_COMMA", 12, "加强保障"],
    ["（三）深化党组织建设", "CN_PAREN", 3, "深化党组织建设"],
    ["(三) 深化党组织建设", "CN_PAREN", 3, "深化党组织建设"],
    ["任务12：完善评价体系。", "TASK_LABEL", 12, "完善评价体系。"],
    ["任务十二：完善评价体系。", "TASK_LABEL", 12, "完善评价体系。"],
    ["1.加强党的领导", "ARABIC_DOT", 1, "加强党的领导"],
    ["12、加强党的领导", "ARABIC_DOT", 12, "加强党的领导"],
    ["３．加强党的领导", "ARABIC_DOT", 3, "加强党的领导"],
    ["1 . 开展评选", "ARABIC_DOT", 1, "开展评选"],
    ["（2）开展评选", "ARABIC_PAREN", 2, "开展评选"],
    ["( 2 ) 开展评选", "ARABIC_PAREN", 2, "开展评选"],
    ["2）开展评选", "ARABIC_PAREN", 2, "开展评选"],
    ["③开展评选", "CIRCLED", 3, "开展评选"],
  ] as const)("%s → %s %i", (text, style, numeral, rest) => {
    expect(readNumbering(text)).toEqual({ style, numeral, rest });
  });

  it.each([
    ["1.5万个学位", "a decimal number"],
    ["2023年新改扩建学校", "a year"],
    ["（责任单位：办公室）", "a unit clause"],
    ["一是加强领导", "一是"],
    ["一批优秀案例", "an article"],
    ["各单位要认真落实。", "plain text"],
  ])("%s is not numbered (%s)", (text) => {
    expect(readNumbering(text)).toBeNull();
  });

  it("ranks the styles as official documents nest them, and prints numbers in each", () => {
    const order = ["CN_COMMA", "CN_PAREN", "TASK_LABEL", "ARABIC_DOT", "ARABIC_PAREN", "CIRCLED"] as const;
    expect([...order].sort((a, b) => styleRank(a) - styleRank(b))).toEqual(order);
    expect(order.map((s) => formatNumber(s, 11))).toEqual(["十一、", "（十一）", "任务11：", "11.", "（11）", "⑪"]);
    for (const style of order) expect(readNumbering(`${formatNumber(style, 7)}开展评选`)).toMatchObject({ style, numeral: 7 });
  });

  it.each([1, 9, 10, 11, 20, 26, 99, 100, 105, 110, 111, 999])("toChineseNumber(%i) reads back with parseChineseNumber", (n) => {
    expect(parseChineseNumber(toChineseNumber(n))).toBe(n);
  });
});

describe("findUnitClause", () => {
  const names = (text: string) => findUnitClause(text)?.units.map((u) => `${u.name}${u.role === "LEAD" ? "*" : ""}`);

  it.each([
    ["做事。（责任单位：甲科、乙科）", ["甲科*", "乙科"]],
    ["做事。（责任科室：甲科）", ["甲科*"]],
    ["做事。（责任处室：甲处，乙处）", ["甲处*", "乙处"]],
    ["做事。（责任部门：甲局;乙局）", ["甲局*", "乙局"]],
    ["做事。（责任股室：甲股）", ["甲股*"]],
    ["做事。(责任单位:甲科,乙科)", ["甲科*", "乙科"]],
    ["做事。（牵头单位：甲科；配合单位：乙科、丙科）", ["甲科*", "乙科", "丙科"]],
    ["做事。（牵头科室：甲科；配合科室：乙科）", ["甲科*", "乙科"]],
    ["做事。（牵头单位：甲科；协办单位：乙科）", ["甲科*", "乙科"]],
    ["做事。(牵头单位:甲科 配合单位:乙科)", ["甲科*", "乙科"]],
    ["做事。（配合单位：乙科；牵头单位：甲科）", ["甲科*", "乙科"]],
    ["做事。（责任单位：基础教育科牵头，各学校配合）", ["基础教育科*", "各学校"]],
    ["做事。（责任单位：各镇（街道）中心校、财务科）", ["各镇（街道）中心校*", "财务科"]],
    ["做事。（责任领导：王某某；责任科室：办公室）", ["办公室*"]],
    ["做事。（责任单位：人事科等）", ["人事科*"]],
    ["责任单位：甲科、乙科", ["甲科*", "乙科"]],
    ["做事。责任单位：甲科。", ["甲科*"]],
    ["牵头单位：甲科；配合单位：乙科", ["甲科*", "乙科"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("reads a 完成时限 beside the units, and where the clause is", () => {
    const text = "做事。（责任单位：甲科；完成时限：2024年6月底前）后文";
    expect(findUnitClause(text)).toEqual({
      index: 3,
      end: text.indexOf("后文"),
      units: [{ name: "甲科", role: "LEAD" }],
      deadline: "2024年6月底前",
    });
  });

  it.each([
    ["明确责任部门、重点任务、具体措施和完成时限。"],
    ["各责任单位：要按时报送。"],
    ["落实责任单位：各学校。"],
    ["（完成时限：2024年6月底前）"],
    ["（责任领导：王某某）"],
  ])("%s is no unit clause", (text) => {
    expect(findUnitClause(text)).toBeNull();
  });
});

describe("noticeLines", () => {
  it("drops page footers, contents and bookmarks, joins a number left alone with its line, keeps line numbers", () => {
    const source = [
      "目  录", // 1
      "一、加强党的建设………………1", // 2
      "二、推进均衡发展  3", // 3
      "一、加强党的建设", // 4
      "— 2 —", // 5
      "- 3 -", // 6
      "第4页", // 7
      "第 5 页，共 9 页", // 8
      "6/9", // 9
      "7", // 10
      "（一）", // 11
      "深化党组织建设", // 12
      "[bookmark: _GoBack]1.\t开展学习", // 13
    ].join("\n");
    expect(noticeLines(source).map((l) => [l.number, l.text])).toEqual([
      [4, "一、加强党的建设"],
      [11, "（一） 深化党组织建设"],
      [13, "1. 开展学习"],
    ]);
  });

  it("keeps a table row's tabs in `raw`", () => {
    const [row] = noticeLines("1\t加强党建\t\t办公室");
    expect(row).toEqual({ number: 1, text: "1 加强党建  办公室", raw: "1\t加强党建\t\t办公室" });
  });
});

describe("docxHtmlText", () => {
  it("paragraphs are lines; entities decoded; a tab inside a paragraph is a space", () => {
    expect(docxHtmlText("<p>甲 &amp; 乙 &lt;丙&gt; &#19969;</p><h1>标题</h1><p>一\t二</p><p></p>")).toBe("甲 & 乙 <丙> 丁\n标题\n一 二");
  });

  it("numbers ordered list items by depth, continuing across paragraphs; bullets stay unnumbered", () => {
    const html =
      "<ol><li>行动甲<ol><li>任务一</li></ol></li></ol><p>措施</p>" +
      "<ul><li><ol><li>任务二</li></ol></li></ul><ol><li>行动乙</li></ol><ul><li>要点</li></ul>";
    expect(docxHtmlText(html).split("\n")).toEqual(["一、行动甲", "（一）任务一", "措施", "（二）任务二", "二、行动乙", "要点"]);
  });

  it("spreads merged cells: down over the rows they cover, across as empty cells", () => {
    const html =
      "<table><tr><td><p>序号</p></td><td><p>任务</p></td><td><p>单位</p></td></tr>" +
      '<tr><td colspan="3"><p>一、行动</p></td></tr>' +
      '<tr><td rowspan="2"><p>1</p></td><td><p>甲</p><p>乙</p></td><td rowspan="2"><p>办公室</p></td></tr>' +
      "<tr><td><p>丙</p></td></tr></table><p>后文</p>";
    expect(docxHtmlText(html).split("\n")).toEqual(["序号\t任务\t单位", "一、行动\t\t", "1\t甲乙\t办公室", "1\t丙\t办公室", "后文"]);
  });
});
