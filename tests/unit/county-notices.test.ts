// Other bureaus' notices (issue 11, "Other bureaus' notices"): county and next-year lists written
// in the styles bureaus use (tests/fixtures/notices/*.txt), read into the same ParsedNotice as the
// seed. Expected values are read off each fixture's own text.
import { describe, expect, it } from "vitest";
import { parseNotice, type ParsedMeasure, type ParsedNotice } from "@/lib/domain/notice/parse-notice.ts";
import { lineStarting, noticeFixture as fixture } from "../helpers/notice-fixtures.ts";

/** actions → tasks → measure count, by title. */
const outline = (n: ParsedNotice) => n.actions.map((a) => [a.title, a.tasks.map((t) => [t.title, t.measures.length])]);
const measures = (n: ParsedNotice) => n.actions.flatMap((a) => a.tasks.flatMap((t) => t.measures));
const units = (m: ParsedMeasure) => m.units.map((u) => `${u.name}${u.role === "LEAD" ? "*" : ""}`);
const due = (m: ParsedMeasure) => [m.dueDate, m.deadlinePhrase];

function expectDocumentOrder(n: ParsedNotice) {
  expect(n.actions.map((a) => a.number)).toEqual(n.actions.map((_, i) => i + 1));
  const tasks = n.actions.flatMap((a) => a.tasks);
  expect(tasks.map((t) => t.number)).toEqual(tasks.map((_, i) => i + 1));
  for (const t of tasks) expect(t.measures.map((m) => m.number)).toEqual(t.measures.map((_, i) => i + 1));
  for (const m of measures(n)) {
    expect(m.text).not.toMatch(/责任|牵头|配合|^\s*[（(]?\d+[）).．、]/);
    expect(m.units.length).toBeGreaterThan(0);
  }
}

describe("任城区 2024: 一、 actions → （一） tasks → 1. measures, under a covering notice", () => {
  const text = fixture("rencheng-2024-sections.txt");
  const notice = parseNotice(text);
  const [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10] = measures(notice);

  it("reads the covering notice: 文号, issuer, date, and the list's title below 附件", () => {
    expect(notice.plan).toEqual({
      title: "任城区教育和体育局2024年度重点任务清单",
      year: 2024,
      docNumber: "任教体发〔2024〕6号",
      issuer: "任城区教育和体育局",
      issuedOn: "2024-03-15",
    });
    expect(notice.layout).toEqual({ source: "TEXT", action: "一、", task: "（一）", measure: "1." });
  });

  it("has 3 actions, 6 tasks and 10 measures; the page footer and the repeated title are not content", () => {
    expect(outline(notice)).toEqual([
      [
        "坚持党建引领，全面加强党的建设",
        [
          ["深化党组织建设", 2],
          ["加强师德师风建设", 2],
        ],
      ],
      [
        "推进教育优质均衡发展",
        [
          ["扩充优质学位资源", 2],
          ["提升课堂教学质量", 2],
        ],
      ],
      [
        "强化教育保障",
        [
          ["落实经费保障", 1],
          ["守牢校园安全底线", 1],
        ],
      ],
    ]);
    expectDocumentOrder(notice);
    expect(m6.text).toBe("实施学前教育普惠扩容工程，新增普惠性幼儿园学位不少于600个。");
    expect(m6.line).toBe(lineStarting(text, "2.实施学前教育"));
    expect(m10.text).toBe("开展校园安全隐患排查整治，每季度至少排查1次，12月底前完成全部整改。");
  });

  it("reads 责任科室 and 牵头科室/配合科室 clauses, a unit in nested brackets, a tab or space after the number", () => {
    expect(m1.text).toBe("深入开展党纪学习教育，6月底前完成全系统党员轮训。");
    expect(units(m1)).toEqual(["组织人事科*"]);
    expect(units(m2)).toEqual(["组织人事科*", "办公室", "基础教育科"]);
    expect(units(m4)).toEqual(["教师工作科*", "组织人事科"]);
    expect(units(m5)).toEqual(["发展规划科*", "计划财务科", "各镇（街道）中心校"]);
    expect(m7.text).toBe("开展教学能手评选，上半年完成区级评选。");
  });

  it("reads deadlines as the county writes them: 6月底前, 年内, 9月30日前, 2024年8月底前, 上半年, 三季度末前", () => {
    expect([m1, m2, m3, m5, m7, m8, m10].map(due)).toEqual([
      ["2024-06-30", "6月底前"],
      ["2024-12-31", "年内"],
      ["2024-09-30", "9月30日前"],
      ["2024-08-31", "2024年8月底前"],
      ["2024-06-30", "上半年"],
      ["2024-09-30", "三季度末前"],
      ["2024-12-31", "12月底前"],
    ]);
    // 教师节前 is no date the rules know: due at the end of the plan year.
    expect(due(m4)).toEqual(["2024-12-31", null]);
    expect(m9.startDate).toBe("2024-03-15");
  });

  it("reads indicators and milestones", () => {
    expect(m2.indicators).toEqual([expect.objectContaining({ label: "党建示范校", target: 10, unit: "所", comparator: "EXACT" })]);
    expect(m5.indicators.map((i) => [i.label, i.target, i.unit])).toEqual([
      ["中小学校", 3, "所"],
      ["学位", 2700, "个"],
    ]);
    expect(m6.indicators).toEqual([expect.objectContaining({ target: 600, unit: "个", comparator: "AT_LEAST" })]);
    expect(m1.milestones).toEqual([{ title: "6月底前完成全系统党员轮训", dueOn: "2024-06-30", deadlinePhrase: "6月底前" }]);
  });

  it("stops at the end matter (抄送, 印发)", () => {
    expect(measures(notice).some((m) => /抄送|印发/.test(m.text))).toBe(false);
  });
});

describe("兖州区 2024: 一、 → 1. tasks → （1） measures; contents page, half-width clauses, 完成时限 lines", () => {
  const text = fixture("yanzhou-2024-tasks-numbered.txt");
  const notice = parseNotice(text);
  const [m1, m2, m3, m4, m5, m6, m7] = measures(notice);

  it("reads a list without covering notice: title, the issuer and the bracketed date under it", () => {
    expect(notice.plan).toEqual({
      title: "兖州区2024年教育重点工作任务清单",
      year: 2024,
      docNumber: null,
      issuer: "兖州区教育和体育局",
      issuedOn: "2024-02-20",
    });
    expect(notice.layout).toEqual({ source: "TEXT", action: "一、", task: "1.", measure: "（1）" });
  });

  it("skips the contents page, so its entries are not actions", () => {
    expect(outline(notice)).toEqual([
      [
        "办好人民满意教育",
        [
          ["推进学前教育普惠发展", 2],
          ["深化集团化办学改革", 1],
        ],
      ],
      [
        "建设高素质教师队伍",
        [
          ["加强教师培训", 2],
          ["优化教师配置", 2],
        ],
      ],
    ]);
    // The heading's own line, not its entry in the contents (一、办好人民满意教育…………1).
    expect(notice.actions[0].line).toBe(text.split("\n").indexOf("一、办好人民满意教育") + 1);
    expect(notice.actions[0].line).toBeGreaterThan(lineStarting(text, "一、办好人民满意教育"));
    expectDocumentOrder(notice);
  });

  it("a task heading holding its only measure: 2.深化集团化办学改革。组建……(责任单位:…)", () => {
    expect(notice.actions[0].tasks[1].title).toBe("深化集团化办学改革");
    expect(m3.text).toBe("组建教育集团4个，9月底前完成集团章程制定。");
    expect(m3.line).toBe(notice.actions[0].tasks[1].line);
    expect(units(m3)).toEqual(["基础教育科*", "教研室"]);
  });

  it("(牵头单位:A;配合单位:B、C) with half-width punctuation", () => {
    expect(units(m1)).toEqual(["基础教育科*", "发展规划科", "计划财务科"]);
    expect(units(m7)).toEqual(["人事科*", "各学校"]);
  });

  it("a 完成时限 line after a measure is that measure's deadline", () => {
    expect(due(m1)).toEqual(["2024-08-31", "2024年8月"]);
    expect(due(m5)).toEqual(["2024-11-30", "2024年11月底前"]);
    // A bare date names no work: no milestone beyond the text's own.
    expect(m1.milestones).toEqual([]);
    expect(due(m4)).toEqual(["2024-12-31", null]);
  });

  it("reads targets: at least 72 学时, about 150 名, 100 %", () => {
    expect(m4.indicators).toEqual([expect.objectContaining({ target: 72, unit: "学时", comparator: "AT_LEAST" })]);
    expect(m6.indicators).toEqual([expect.objectContaining({ target: 150, unit: "名", comparator: "ABOUT" })]);
    expect(m2.indicators).toEqual([expect.objectContaining({ label: "覆盖率", target: 100, unit: "%" })]);
  });
});

describe("曲阜市 2024: a flat list, 一、 tasks → 1. measures, 责任单位 on its own line", () => {
  const text = fixture("qufu-2024-flat.txt");
  const notice = parseNotice(text);
  const [m1, m2, m3, m4, m5] = measures(notice);

  it("gets one action standing for the whole list", () => {
    expect(notice.layout).toEqual({ source: "TEXT", action: null, task: "一、", measure: "1." });
    expect(outline(notice)).toEqual([
      [
        "重点任务",
        [
          ["深化教育评价改革", 2],
          ["推进优秀传统文化教育", 2],
          ["提升教育信息化水平", 1],
        ],
      ],
    ]);
    expect(notice.actions[0].line).toBe(notice.actions[0].tasks[0].line);
    expect(notice.plan).toMatchObject({ title: "曲阜市教育和体育局2024年度重点任务清单", year: 2024 });
    expectDocumentOrder(notice);
  });

  it("a 责任单位：A、B line closes the measure above it; a bare clause may also end the measure's line", () => {
    expect(m1.text).toBe("制定《曲阜市深化新时代教育评价改革实施方案》，2024年6月底前印发实施。");
    expect(units(m1)).toEqual(["办公室*", "基础教育科"]);
    expect(m1.line).toBe(lineStarting(text, "1.制定"));
    expect(units(m2)).toEqual(["教育督导室*"]);
    expect(m4.text).toBe("建设研学实践基地5处，年底前接待研学学生不少于5万人次。");
    expect(units(m4)).toEqual(["德育科*"]);
    expect(units(m5)).toEqual(["电教中心*", "计划财务科"]);
  });

  it("dates and targets", () => {
    expect(due(m1)).toEqual(["2024-06-30", "2024年6月底前"]);
    expect(due(m5)).toEqual(["2024-09-30", "9月30日前"]);
    expect(m3.indicators).toEqual([expect.objectContaining({ label: "传统文化特色学校", target: 10, unit: "所" })]);
    expect(m4.indicators.map((i) => [i.target, i.unit, i.comparator])).toEqual([
      [5, "处", "EXACT"],
      [50000, "人次", "AT_LEAST"],
    ]);
  });
});

describe("济宁市 2024 (the next year's city list): 任务N： with ① measures and 责任处室", () => {
  const notice = parseNotice(fixture("jining-2024-task-labels.txt"));
  const [m1, m2, m3, m4, m5] = measures(notice);

  it("reads structure and header", () => {
    expect(notice.layout).toEqual({ source: "TEXT", action: "一、", task: "任务1：", measure: "①" });
    expect(notice.plan).toEqual({
      title: "2024年全市教育重点任务清单",
      year: 2024,
      docNumber: "济教发〔2024〕3号",
      issuer: "济宁市教育局",
      issuedOn: "2024-02-28",
    });
    expect(outline(notice)).toEqual([
      [
        "实施立德树人铸魂行动",
        [
          ["深化思政课一体化建设", 2],
          ["加强学生心理健康教育", 1],
        ],
      ],
      ["实施教育数字化赋能行动", [["建设智慧教育示范区", 2]]],
    ]);
    expectDocumentOrder(notice);
  });

  it("责任处室, 牵头处室/配合处室, and 'A牵头，B配合' inside 责任单位 with a nested bracket", () => {
    expect(units(m1)).toEqual(["思政科*"]);
    expect(units(m2)).toEqual(["思政科*", "教研院"]);
    expect(units(m3)).toEqual(["体卫艺科*", "各县市区教育（体育）局"]);
    expect(units(m5)).toEqual(["电教馆*", "计划财务科"]);
    expect(m1.text).toBe("评选思政“金课”100节，10月底前完成评选。");
  });

  it("dates and targets", () => {
    expect(due(m1)).toEqual(["2024-10-31", "10月底前"]);
    expect(due(m3)).toEqual(["2024-06-30", "上半年"]);
    expect(due(m5)).toEqual(["2024-12-31", "2024年12月"]);
    expect(m2.indicators).toEqual([expect.objectContaining({ target: 4, unit: "次", comparator: "AT_LEAST" })]);
    expect(m4.indicators).toEqual([expect.objectContaining({ label: "智慧校园示范校", target: 30, unit: "所" })]);
  });
});

describe("微山县 2024: （一） tasks whose measures are paragraphs, 责任股室 / 牵头股室", () => {
  const text = fixture("weishan-2024-paragraphs.txt");
  const notice = parseNotice(text);
  const [m1, m2, m3, m4] = measures(notice);

  it("reads a flat list of tasks with paragraph measures", () => {
    expect(notice.layout).toEqual({ source: "TEXT", action: null, task: "（一）", measure: null });
    expect(outline(notice)).toEqual([
      [
        "重点任务",
        [
          ["扩大优质教育资源供给", 2],
          ["提升教师队伍素质", 1],
          ["促进体教融合发展", 1],
        ],
      ],
    ]);
    expect(m2.line).toBe(lineStarting(text, "实施农村薄弱学校"));
    expectDocumentOrder(notice);
  });

  it("units, a span of months (3—6月 starts on 1 March), targets", () => {
    expect(units(m2)).toEqual(["发展规划股*", "计划财务股"]);
    expect(due(m1)).toEqual(["2024-09-30", "2024年9月"]);
    expect(m3).toMatchObject({ startDate: "2024-03-01", dueDate: "2024-06-30", deadlinePhrase: "3—6月" });
    expect(m4.indicators.map((i) => [i.target, i.unit, i.comparator])).toEqual([
      [3, "个", "EXACT"],
      [55, "%", "AT_LEAST"],
    ]);
  });
});

describe("which level is which, decided by the numbering present", () => {
  const head = "2024年汶上县教育重点任务清单";
  const read = (...lines: string[]) => parseNotice([head, ...lines].join("\n"));
  const shape = (n: ParsedNotice) => [n.layout, outline(n)];

  it("一、 over （一） with the clause on the （一） line: actions and tasks, the words after the title the measure", () => {
    const notice = read(
      "一、推进优质均衡",
      "（一）扩大学位供给。新建学校2所，新增学位",
      "1800个，9月底前投入使用。（责任单位：发展规划股）",
    );
    expect(shape(notice)).toEqual([
      { source: "TEXT", action: "一、", task: "（一）", measure: null },
      [["推进优质均衡", [["扩大学位供给", 1]]]],
    ]);
    // A measure wrapped over two lines is one measure, from its first line.
    expect(measures(notice)[0]).toMatchObject({ text: "新建学校2所，新增学位1800个，9月底前投入使用。", line: 3, dueDate: "2024-09-30" });
  });

  it("one level of 1. with clauses: a flat list of tasks, each its own measure", () => {
    const notice = read("1.加强党的领导。修订完善制度。（责任单位：办公室）", "2.开展教师培训（责任单位：人事股）");
    expect(shape(notice)).toEqual([
      { source: "TEXT", action: null, task: "1.", measure: null },
      [
        [
          "重点任务",
          [
            ["加强党的领导", 1],
            ["开展教师培训", 1],
          ],
        ],
      ],
    ]);
    expect(measures(notice).map((m) => m.text)).toEqual(["修订完善制度。", "开展教师培训"]);
  });

  it("① … ② inside a measure with one clause at its end are its words, not measures", () => {
    const notice = read(
      "一、加强党的建设",
      "（一）深化党组织建设",
      "1、开展学习：①组织集中学习12次；②开展专题研讨4次。（责任科室：办公室）",
      "2、开展培训。（责任科室：人事科）",
    );
    expect(shape(notice)).toEqual([
      { source: "TEXT", action: "一、", task: "（一）", measure: "1." },
      [["加强党的建设", [["深化党组织建设", 2]]]],
    ]);
    expect(measures(notice)[0].indicators.map((i) => [i.label, i.target, i.unit])).toEqual([
      ["集中学习", 12, "次"],
      ["专题研讨", 4, "次"],
    ]);
  });

  it("a title alone on its line with the measures as paragraphs below: 1. are tasks, 一、 actions", () => {
    const notice = read("一、加强党的建设", "1.深化党组织建设", "开展集中学习。（责任科室：办公室）", "开展专题培训。（责任科室：人事科）");
    expect(shape(notice)).toEqual([
      { source: "TEXT", action: "一、", task: "1.", measure: null },
      [["加强党的建设", [["深化党组织建设", 2]]]],
    ]);
  });
});
