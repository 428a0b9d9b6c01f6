// Lists written as tables (序号 | 重点任务 | 具体措施 | 责任单位 | 完成时限), the most common shape
// of a 重点任务清单: pasted into a .txt (tab-separated, merged cells left empty) and in real
// .docx files built with the `docx` package (merged cells, action rows across the table), and
// .docx lists whose numbering is Word's own.
import { describe, expect, it } from "vitest";
import { NoticeParseError, parseNotice, type ParsedMeasure, type ParsedNotice } from "@/lib/domain/notice/parse-notice.ts";
import { noticeTextFromBytes } from "@/lib/import/read-notice-file.ts";
import { noticeDocx, type DocxBlock } from "../helpers/notice-docx.ts";
import { lineStarting, noticeFixture } from "../helpers/notice-fixtures.ts";

const measures = (n: ParsedNotice) => n.actions.flatMap((a) => a.tasks.flatMap((t) => t.measures));
const units = (m: ParsedMeasure) => m.units.map((u) => `${u.name}${u.role === "LEAD" ? "*" : ""}`);
const outline = (n: ParsedNotice) => n.actions.map((a) => [a.title, a.tasks.map((t) => [t.title, t.measures.map((m) => m.text)])]);

async function docxText(blocks: DocxBlock[]): Promise<string> {
  return noticeTextFromBytes("清单.docx", await noticeDocx(blocks));
}

function issuesOf(text: string) {
  try {
    parseNotice(text);
  } catch (error) {
    expect(error).toBeInstanceOf(NoticeParseError);
    return (error as NoticeParseError).issues;
  }
  throw new Error("parseNotice accepted the notice");
}

describe("嘉祥县 2024: a table pasted into a .txt, merged cells left empty", () => {
  const text = noticeFixture("jiaxiang-2024-table.txt");
  const notice = parseNotice(text);
  const [m1, m2, m3, m4] = measures(notice);

  it("rows across the table are actions; an empty 序号/重点任务 continues the task above", () => {
    expect(notice.layout).toEqual({ source: "TABLE", action: "一、", task: "列“重点任务”", measure: "列“具体措施”" });
    expect(outline(notice)).toEqual([
      [
        "推进教育优质均衡发展",
        [
          ["扩大优质教育资源", ["新建嘉祥县第三实验小学，新增学位1620个。", "改造提升农村学校18所。"]],
          ["提升课堂教学质量", ["开展“优课”评选，评出县级优课100节。"]],
        ],
      ],
      ["加强教师队伍建设", [["实施“强师”工程", ["培养县级骨干教师200名。"]]]],
    ]);
    expect(notice.plan).toMatchObject({ title: "嘉祥县教育和体育局2024年重点任务清单", year: 2024 });
    expect(m2.line).toBe(lineStarting(text, "\t\t（2）改造提升"));
  });

  it("牵头单位 leads, 配合单位 co-owns; an empty 配合单位 is no unit", () => {
    expect(units(m1)).toEqual(["发展规划股*", "计划财务股"]);
    expect(units(m2)).toEqual(["发展规划股*"]);
    expect(units(m4)).toEqual(["人事股*", "教师发展中心"]);
  });

  it("the 完成时限 column feeds the deadline rules; its dated clauses become milestones", () => {
    expect([m1, m2, m3, m4].map((m) => [m.dueDate, m.deadlinePhrase])).toEqual([
      ["2024-08-31", "2024.8"],
      ["2024-12-31", "2024年12月底前"],
      ["2024-12-31", "12月底前"],
      ["2024-12-31", null], // 长期坚持
    ]);
    expect(m1.milestones).toEqual([]);
    expect(m3.milestones).toEqual([
      { title: "10月底前完成评选", dueOn: "2024-10-31", deadlinePhrase: "10月底前" },
      { title: "12月底前完成成果汇编", dueOn: "2024-12-31", deadlinePhrase: "12月底前" },
    ]);
    expect(m3.indicators).toEqual([expect.objectContaining({ target: 100, unit: "节" })]);
  });
});

// 泗水县: the usual Word table, tasks merged over their measures' rows, actions across the table.
const SISHUI: DocxBlock[] = [
  "泗水县教育和体育局",
  "关于印发2024年度重点任务清单的通知",
  "各学校、局机关各股室：现将2024年度重点任务清单印发给你们，请认真贯彻落实。",
  "泗水县教育和体育局",
  "2024年3月8日",
  "泗水县2024年度教育重点任务清单",
  {
    table: [
      ["序号", "重点任务", "具体措施", "责任单位", "完成时限"],
      [{ text: "一、实施教育强县建设行动", columnSpan: 5 }],
      [
        { text: "1", rowSpan: 3 },
        { text: "扩充优质学位", rowSpan: 3 },
        "（1）新建泗水县第五中学，新增学位2000个。",
        { text: "发展规划股、计划财务股", rowSpan: 2 },
        "2024年8月底前",
      ],
      ["（2）改扩建乡镇寄宿制学校6所。", "2024.12"],
      ["（3）推进“温暖工程”，为乡村教师建设周转宿舍120套。\n优先保障新入职教师。", "人事股", "年底前"],
      [{ text: "二、实施教师队伍提升行动", columnSpan: 5 }],
      ["2", "加强教师培训", "开展全员培训，人均不少于72学时。", "教师发展中心", "长期坚持"],
    ],
  },
  "— 3 —",
];

describe("泗水县 2024: a .docx table with merged cells", () => {
  it("reads the merged task over its three rows, the merged unit cell for both rows it covers, two paragraphs in a cell", async () => {
    const text = await docxText(SISHUI);
    const notice = parseNotice(text);
    expect(notice.plan).toEqual({
      title: "泗水县2024年度教育重点任务清单",
      year: 2024,
      docNumber: null,
      issuer: "泗水县教育和体育局",
      issuedOn: "2024-03-08",
    });
    expect(outline(notice)).toEqual([
      [
        "实施教育强县建设行动",
        [
          [
            "扩充优质学位",
            [
              "新建泗水县第五中学，新增学位2000个。",
              "改扩建乡镇寄宿制学校6所。",
              "推进“温暖工程”，为乡村教师建设周转宿舍120套。优先保障新入职教师。",
            ],
          ],
        ],
      ],
      ["实施教师队伍提升行动", [["加强教师培训", ["开展全员培训，人均不少于72学时。"]]]],
    ]);
    const [m1, m2, m3, m4] = measures(notice);
    expect([m1, m2, m3, m4].map(units)).toEqual([
      ["发展规划股*", "计划财务股"],
      ["发展规划股*", "计划财务股"],
      ["人事股*"],
      ["教师发展中心*"],
    ]);
    expect([m1, m2, m3, m4].map((m) => m.dueDate)).toEqual(["2024-08-31", "2024-12-31", "2024-12-31", "2024-12-31"]);
    expect(m2.deadlinePhrase).toBe("2024.12");
    expect(m3.indicators).toEqual([expect.objectContaining({ target: 120, unit: "套" })]);
    expect(m4.indicators).toEqual([expect.objectContaining({ target: 72, unit: "学时", comparator: "AT_LEAST" })]);
    // A row's line is the line of the text it was read into, so a message's line can be found there.
    const lines = text.split("\n");
    expect(lines[m2.line - 1]).toContain("（2）改扩建乡镇寄宿制学校6所。");
    expect(lines[notice.actions[1].line - 1]).toContain("二、实施教师队伍提升行动");
  });

  it("refuses a measure row without a unit, naming its line", async () => {
    const blocks = structuredClone(SISHUI);
    const table = (blocks[6] as { table: unknown[][] }).table;
    table[6] = ["2", "加强教师培训", "开展全员培训，人均不少于72学时。", "", "长期坚持"];
    const text = await docxText(blocks);
    const issues = issuesOf(text);
    expect(issues).toEqual([
      { line: text.split("\n").findIndex((l) => l.includes("开展全员培训")) + 1, message: expect.stringContaining("缺少责任单位") },
    ]);
  });
});

describe("a .docx table with an action column and 牵头单位 / 配合单位 columns", () => {
  it("reads actions from the merged 重点领域 column", async () => {
    const text = await docxText([
      "鱼台县2024年教育重点任务清单",
      {
        table: [
          ["重点领域", "序号", "工作任务", "牵头单位", "配合单位", "完成时间"],
          [{ text: "学前教育", rowSpan: 2 }, "1", "新建公办幼儿园2所。", "基础教育股", "发展规划股", "2024年9月"],
          ["2", "开展保教质量评估，覆盖率达到100%。", "基础教育股", "", "12月底前"],
          ["义务教育", "3", "推进“双减”工作，课后服务覆盖率保持100%。", "基础教育股", "各中小学", "长期"],
        ],
      },
    ]);
    const notice = parseNotice(text);
    expect(notice.layout).toEqual({ source: "TABLE", action: "列“重点领域”", task: "列“工作任务”", measure: null });
    expect(outline(notice)).toEqual([
      [
        "学前教育",
        [
          ["新建公办幼儿园2所", ["新建公办幼儿园2所。"]],
          ["开展保教质量评估，覆盖率达到100%", ["开展保教质量评估，覆盖率达到100%。"]],
        ],
      ],
      ["义务教育", [["推进“双减”工作，课后服务覆盖率保持100%", ["推进“双减”工作，课后服务覆盖率保持100%。"]]]],
    ]);
    expect(measures(notice).map(units)).toEqual([["基础教育股*", "发展规划股"], ["基础教育股*"], ["基础教育股*", "各中小学"]]);
    expect(measures(notice)[0].dueDate).toBe("2024-09-30");
  });
});

describe("a .docx list numbered by Word itself (the numbers are not in its text)", () => {
  const blocks: DocxBlock[] = [
    "金乡县教育和体育局2024年重点任务清单",
    { listItem: "深化教育综合改革", level: 0 },
    { listItem: "推进集团化办学", level: 1 },
    "组建教育集团5个，6月底前完成集团章程制定。（责任股室：基础教育股）",
    "开展集团校联合教研，每学期不少于2次。（责任股室：教研室）",
    { listItem: "深化教育评价改革", level: 1 },
    "制定学校办学质量评价方案。（责任股室：督导室）",
    { listItem: "加强教育保障", level: 0 },
    { listItem: "改善办学条件", level: 1 },
    "改造农村学校厕所30处。（牵头股室：发展规划股；配合股室：计划财务股）",
  ];

  it("puts the numbers back by level and continues them across the paragraphs between items", async () => {
    const text = await docxText(blocks);
    expect(text.split("\n")).toEqual(
      expect.arrayContaining([
        "一、深化教育综合改革",
        "（一）推进集团化办学",
        "（二）深化教育评价改革",
        "二、加强教育保障",
        "（一）改善办学条件",
      ]),
    );
    const notice = parseNotice(text);
    expect(notice.layout).toEqual({ source: "TEXT", action: "一、", task: "（一）", measure: null });
    expect(notice.actions.map((a) => [a.title, a.tasks.map((t) => [t.title, t.measures.length])])).toEqual([
      [
        "深化教育综合改革",
        [
          ["推进集团化办学", 2],
          ["深化教育评价改革", 1],
        ],
      ],
      ["加强教育保障", [["改善办学条件", 1]]],
    ]);
    expect(
      measures(notice)
        .at(-1)!
        .units.map((u) => u.name),
    ).toEqual(["发展规划股", "计划财务股"]);
  });

  it("leaves typed numbers alone and numbers Word's items in the next free style", async () => {
    const text = await docxText([
      "金乡县教育和体育局2024年重点任务清单",
      "一、深化教育综合改革",
      { listItem: "推进集团化办学", level: 0 },
      "组建教育集团5个。（责任股室：基础教育股）",
    ]);
    expect(text.split("\n")).toContain("（一）推进集团化办学");
    expect(outlineTitles(parseNotice(text))).toEqual([["深化教育综合改革", ["推进集团化办学"]]]);
  });
});

const outlineTitles = (n: ParsedNotice) => n.actions.map((a) => [a.title, a.tasks.map((t) => t.title)]);

describe("the 序号 column numbering actions and tasks", () => {
  const header = "梁山县2024年教育重点任务清单\n序号\t重点任务\t具体措施\t责任单位\t完成时限";

  it("一 rows without measure or units are actions when the tasks are numbered otherwise ((一), 1)", () => {
    const notice = parseNotice(
      [
        header,
        "一\t实施党建引领行动\t\t\t",
        "（一）\t加强党的领导\t开展学习。\t办公室\t6月底前",
        "二、\t实施质量提升行动\t\t\t",
        "（二）\t提升教学质量\t开展教研。\t教研室\t年底",
      ].join("\n"),
    );
    expect(outlineTitles(notice)).toEqual([
      ["实施党建引领行动", ["加强党的领导"]],
      ["实施质量提升行动", ["提升教学质量"]],
    ]);
  });

  it("…and tasks with their measures in the rows below when 一、二 are the only numbers", () => {
    const notice = parseNotice(
      [header, "一\t加强党的领导\t\t\t", "\t\t开展学习。\t办公室\t6月底前", "二\t加强师德\t开展评选。\t人事股\t年底"].join("\n"),
    );
    expect(outline(notice)).toEqual([
      [
        "重点任务",
        [
          ["加强党的领导", ["开展学习。"]],
          ["加强师德", ["开展评选。"]],
        ],
      ],
    ]);
  });

  it("the list's title repeated as a page header between rows, and 续表, are not rows", () => {
    const notice = parseNotice(
      [
        header,
        "1\t加强党建\t开展学习。\t办公室\t6月底前",
        "- 2 -",
        "梁山县2024年教育重点任务清单",
        "续表",
        "2\t加强师德\t开展评选。\t人事股\t年底",
      ].join("\n"),
    );
    expect(outline(notice)).toEqual([
      [
        "重点任务",
        [
          ["加强党建", ["开展学习。"]],
          ["加强师德", ["开展评选。"]],
        ],
      ],
    ]);
  });

  it("a second header row (牵头 | 配合 under a merged 责任单位) refines the first", () => {
    const notice = parseNotice(
      [
        "梁山县2024年教育重点任务清单",
        "序号\t重点任务\t具体措施\t责任单位\t\t完成时限",
        "序号\t重点任务\t具体措施\t牵头\t配合\t完成时限",
        "1\t加强党建\t开展学习。\t办公室\t人事股\t6月底前",
      ].join("\n"),
    );
    expect(measures(notice).map(units)).toEqual([["办公室*", "人事股"]]);
  });
});

describe("tables that cannot be read", () => {
  const header = "序号\t重点任务\t具体措施\t责任单位\t完成时限";
  const notice = (...rows: string[]) => ["邹城市2024年教育重点任务清单", header, ...rows].join("\n");

  it("a row with more cells than the header", () => {
    const text = notice("1\t加强党建\t开展培训。\t办公室\t年底\t多余的一列");
    expect(issuesOf(text)).toEqual([{ line: 3, message: expect.stringContaining("表头只有 5 列") }]);
  });

  it("a measure row before any task", () => {
    const text = notice("\t\t开展培训。\t办公室\t年底", "1\t加强党建\t开展学习。\t办公室\t年底");
    expect(issuesOf(text)).toEqual([{ line: 3, message: expect.stringContaining("不属于任何任务") }]);
  });

  it("text between the rows that is neither a heading nor a continued-table mark", () => {
    const text = notice(
      "1\t加强党建\t开展学习。\t办公室\t年底",
      "这一行不是表格的一部分。",
      "（续表）",
      "2\t加强师德\t开展评选。\t人事科\t年底",
    );
    expect(issuesOf(text)).toEqual([{ line: 4, message: expect.stringContaining("无法归入任何任务") }]);
  });
});
