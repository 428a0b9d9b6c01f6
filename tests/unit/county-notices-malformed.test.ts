// County-style notices the parser must refuse, each problem with its line: a measure without
// its clause or with an empty one, a heading above its parent, more levels than action → task →
// measure, a numbered list without any unit clause.
import { describe, expect, it } from "vitest";
import { NoticeParseError, parseNotice, type NoticeIssue } from "@/lib/domain/notice/parse-notice.ts";
import { lineStarting, noticeFixture } from "../helpers/notice-fixtures.ts";

function issuesOf(text: string): NoticeIssue[] {
  try {
    parseNotice(text);
  } catch (error) {
    expect(error).toBeInstanceOf(NoticeParseError);
    const e = error as NoticeParseError;
    for (const issue of e.issues) expect(e.message).toContain(issue.line === null ? issue.message : `第${issue.line}行：${issue.message}`);
    return e.issues;
  }
  throw new Error("parseNotice accepted the notice");
}

const rencheng = noticeFixture("rencheng-2024-sections.txt");
const title = "任城区教育和体育局2024年度重点任务清单";

describe("county notices refused with the line", () => {
  it("任城区 with one measure's clause left out: that measure's line, quoting it", () => {
    const text = rencheng.replace("上半年完成区级评选。（责任科室：教研室）", "上半年完成区级评选。");
    expect(issuesOf(text)).toEqual([
      { line: lineStarting(text, "1 . 开展教学能手评选"), message: expect.stringContaining("缺少责任单位") },
    ]);
    expect(issuesOf(text)[0].message).toContain("开展教学能手评选");
  });

  it("任城区 with an empty 责任科室", () => {
    const text = rencheng.replace("（责任科室：计划财务科）", "（责任科室：）");
    expect(issuesOf(text)).toEqual([{ line: lineStarting(text, "1.确保一般公共预算"), message: expect.stringContaining("责任单位为空") }]);
  });

  it("兖州区 with a numbered measure (1) lacking its clause before (2): (1)'s line", () => {
    const yanzhou = noticeFixture("yanzhou-2024-tasks-numbered.txt");
    const text = yanzhou.replace("人均不少于72学时。(责任单位:教师发展中心)", "人均不少于72学时。");
    expect(issuesOf(text)).toEqual([{ line: lineStarting(text, "（1）组织全员培训"), message: expect.stringContaining("缺少责任单位") }]);
  });

  it("a task (（一）) before any action (一、) in a list that has actions", () => {
    const lines = [
      title,
      "（一）写在行动前面的任务",
      "1.开展学习。（责任科室：办公室）",
      "一、加强党的建设",
      "（一）深化党组织建设",
      "1.开展培训。（责任科室：组织人事科）",
    ];
    expect(issuesOf(lines.join("\n"))).toEqual([{ line: 2, message: expect.stringContaining("不在任何“一、”标题之下") }]);
  });

  it("more levels than actions, tasks and measures (一、 → （一） → 1. → （1）), at the first heading of the extra level", () => {
    const lines = [
      title,
      "一、党的建设",
      "（一）加强党的领导",
      "1.深化党组织建设",
      "（1）开展学习。（责任科室：办公室）",
      "（2）开展培训。（责任科室：组织人事科）",
    ];
    expect(issuesOf(lines.join("\n"))).toEqual([{ line: 2, message: expect.stringContaining("编号层级过多") }]);
  });

  it("a numbered list without any unit clause: 未找到任何责任单位", () => {
    const text = rencheng.replace(/（(?:责任|牵头)科室：(?:[^（）]|（[^）]*）)*）/g, "");
    expect(text).not.toMatch(/（(?:责任|牵头|配合)科室/);
    expect(issuesOf(text)).toEqual([{ line: null, message: expect.stringContaining("未找到任何责任单位") }]);
  });

  it("a list without a year anywhere", () => {
    const text = ["重点任务清单", "一、加强党的建设", "1.开展学习。（责任科室：办公室）"].join("\n");
    expect(issuesOf(text)).toEqual([{ line: null, message: expect.stringContaining("无法确定清单所属年份") }]);
  });

  it("a task heading with no words after its number", () => {
    const text = [title, "一、加强党的建设", "（一）", "", "（二）深化党组织建设", "1.开展培训。（责任科室：组织人事科）"].join("\n");
    const issues = issuesOf(text);
    expect(issues).toContainEqual({ line: 3, message: expect.stringContaining("任务没有标题") });
  });
});

describe("county notices read despite their noise", () => {
  it("page footers 第2页/共3页, - 2 - and a bare page number; full-width spaces; a number left on its own line", () => {
    const text = [
      title,
      "一、加强党的建设",
      "（一）深化党组织建设",
      "1.",
      "开展学习，6月底前完成。（责任科室：办公室）",
      "第 2 页 共 3 页",
      "- 2 -",
      "3",
      "2.　开展培训。（责任科室：组织人事科）",
    ].join("\n");
    const notice = parseNotice(text);
    const measures = notice.actions[0].tasks[0].measures;
    expect(measures.map((m) => [m.text, m.line, m.units[0].name])).toEqual([
      ["开展学习，6月底前完成。", 4, "办公室"],
      ["开展培训。", 9, "组织人事科"],
    ]);
    expect(measures[0].dueDate).toBe("2024-06-30");
  });
});
