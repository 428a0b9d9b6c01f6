// The importer's milestones (工作节点): each deadline phrase of a measure with the work it governs,
// in document order (lib/domain/notice/milestones.ts), on the seed notice and as a table of
// clause shapes; and what a re-import does to a measure's stored notice milestones
// (lib/domain/milestones/import-sync.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { syncNoticeMilestones, type StoredMilestone } from "@/lib/domain/milestones/import-sync.ts";
import { proposeMilestones } from "@/lib/domain/notice/milestones.ts";
import { parseNotice } from "@/lib/domain/notice/parse-notice.ts";

const seed = parseNotice(readFileSync(path.join(process.cwd(), "seeds", "jining-2023-key-tasks.txt"), "utf8"));
const measures = seed.actions.flatMap((a) => a.tasks.flatMap((t) => t.measures.map((m) => ({ task: t.number, ...m }))));
const milestonesOf = (task: number, number: number) => measures.find((m) => m.task === task && m.number === number)!.milestones;

describe("the seed notice's milestones", () => {
  it("task 2: 6月底前完成全员轮训计划, due 30 June", () => {
    expect(milestonesOf(2, 1)).toEqual([{ title: "6月底前完成全员轮训计划", dueOn: "2023-06-30", deadlinePhrase: "6月底前" }]);
  });

  it("task 6 measure 1: the second half's five performances and the year-end exhibition, both due by the year's end", () => {
    expect(milestonesOf(6, 1)).toEqual([
      { title: "2023年下半年举办五场艺术展演", dueOn: "2023-12-31", deadlinePhrase: "2023年下半年" },
      { title: "年底举办美育成果汇报展演", dueOn: "2023-12-31", deadlinePhrase: "年底" },
    ]);
  });

  it("the other dated clauses: 年内 (task 15), a clause-opening 2023年 (18(1)) and 计划在2023年 (18(3))", () => {
    expect(milestonesOf(15, 1)).toEqual([{ title: "年内启动培育“名师名校长名班主任”300人", dueOn: "2023-12-31", deadlinePhrase: "年内" }]);
    expect(milestonesOf(18, 1)).toEqual([{ title: "2023年新改扩建普惠性幼儿园32所", dueOn: "2023-12-31", deadlinePhrase: "2023年" }]);
    expect(milestonesOf(18, 3)).toEqual([
      { title: "计划在2023年在兖州省级游戏示范区进行1—2次现场观摩教研活动", dueOn: "2023-12-31", deadlinePhrase: "2023年" },
    ]);
  });

  it("every other measure has none (its due date stands alone)", () => {
    const dated = ["2-1", "6-1", "15-1", "18-1", "18-3"];
    const others = measures.filter((m) => !dated.includes(`${m.task}-${m.number}`));
    expect(others).toHaveLength(33);
    for (const m of others) expect(m.milestones, `task ${m.task} (${m.number})`).toEqual([]);
    // 2023年度 / 系统2023年党员 are adjectives, 每周四 a cadence: no milestone from them.
    expect(milestonesOf(14, 1)).toEqual([]);
    expect(milestonesOf(3, 2)).toEqual([]);
  });
});

describe("proposeMilestones: clause shapes", () => {
  it.each([
    ["no date", "开展导师培训。", []],
    ["the clause of the phrase", "制定方案，6月底前完成轮训计划。", [["6月底前完成轮训计划", "2023-06-30"]]],
    [
      "two clauses, document order",
      "9月底前完成验收，6月底前完成方案。",
      [
        ["9月底前完成验收", "2023-09-30"],
        ["6月底前完成方案", "2023-06-30"],
      ],
    ],
    [
      "two phrases in one clause split it",
      "6月底前完成方案并于9月底前验收。",
      [
        ["6月底前完成方案", "2023-06-30"],
        ["9月底前验收", "2023-09-30"],
      ],
    ],
    ["a phrase alone governs the next clause", "下半年，举办五场展演。", [["下半年，举办五场展演", "2023-12-31"]]],
    [
      "…but not the next phrase's clause",
      "下半年，举办展演，年底，汇报演出。",
      [
        ["下半年，举办展演", "2023-12-31"],
        ["年底，汇报演出", "2023-12-31"],
      ],
    ],
    ["a phrase closing its sentence governs the clauses before it", "开展培训。完成验收，年底前。", [["完成验收，年底前", "2023-12-31"]]],
    ["commas inside quotes do not split", "年内启动“名师，名校长”培育。", [["年内启动“名师，名校长”培育", "2023-12-31"]]],
    [
      "a date in a cited title is not a milestone",
      "印发《关于2024年底前完成改造的方案》，9月15日前报送。",
      [["9月15日前报送", "2023-09-15"]],
    ],
    ["a duration is not a milestone", "三年内建成示范区。", []],
  ])("%s", (_name, text, expected) => {
    expect(proposeMilestones(text, 2023).map((m) => [m.title, m.dueOn])).toEqual(expected);
  });
});

describe("syncNoticeMilestones (re-import of a measure no coordinator changed)", () => {
  const stored: StoredMilestone[] = [
    { id: 11, position: 1, title: "2023年下半年举办五场艺术展演", dueOn: "2023-12-31", deadlinePhrase: "2023年下半年" },
    { id: 12, position: 2, title: "年底举办美育成果汇报展演", dueOn: "2023-12-31", deadlinePhrase: "年底" },
  ];
  const proposed = stored.map(({ title, dueOn, deadlinePhrase }) => ({ title, dueOn, deadlinePhrase: deadlinePhrase! }));

  it("the same clauses: nothing to write", () => {
    expect(syncNoticeMilestones(stored, proposed)).toEqual({ create: [], update: [], remove: [] });
  });

  it("a clause inserted in front: the others keep their ids and move down", () => {
    const first = { title: "6月底前制定方案", dueOn: "2023-06-30", deadlinePhrase: "6月底前" };
    expect(syncNoticeMilestones(stored, [first, ...proposed])).toEqual({
      create: [{ ...first, position: 1 }],
      update: [
        { id: 11, row: { ...proposed[0], position: 2 } },
        { id: 12, row: { ...proposed[1], position: 3 } },
      ],
      remove: [],
    });
  });

  it("a reworded clause with a corrected date keeps its id (and the reports that marked it)", () => {
    const reworded = { title: "11月底前举办美育成果汇报展演", dueOn: "2023-11-30", deadlinePhrase: "11月底前" };
    expect(syncNoticeMilestones(stored, [proposed[0], reworded])).toEqual({
      create: [],
      update: [{ id: 12, row: { ...reworded, position: 2 } }],
      remove: [],
    });
  });

  it("a dropped clause removes its milestone; no dated clause left removes them all", () => {
    expect(syncNoticeMilestones(stored, [proposed[1]])).toEqual({
      create: [],
      update: [{ id: 12, row: { ...proposed[1], position: 1 } }],
      remove: [11],
    });
    expect(syncNoticeMilestones(stored, [])).toEqual({ create: [], update: [], remove: [11, 12] });
  });
});
