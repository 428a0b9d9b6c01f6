// The bulletin's red and yellow items as a bureau sends them: one line per measure with its main
// reason, the overdue reports of a measure said once, grouped by action; every item kept.
import { describe, expect, it } from "vitest";
import { condensedReasons, mainReason } from "@/lib/domain/status/condensed-reasons.ts";
import { bulletinDocument } from "@/lib/domain/bulletin/bulletin-document.ts";
import type { BulletinSnapshot } from "@/lib/domain/bulletin/bulletin-snapshot.ts";

const units = ["市委教育工作办秘书科", "机关党委", "市教育科学研究院"];

describe("condensedReasons", () => {
  it.each([
    {
      name: "one unit's overdue months become one reason, the missed-period count they imply goes",
      reasons: ["市委教育工作办秘书科3月进展逾期未报 61 天", "市委教育工作办秘书科4月进展逾期未报 31 天", "已有 2 期未报送"],
      expected: ["3月、4月进展逾期未报，最长61天"],
    },
    {
      name: "several units: how many, each month once, the longest delay",
      reasons: ["机关党委3月进展逾期未报 61 天", "市教育科学研究院3月进展逾期未报 61 天", "机关党委4月进展逾期未报 31 天"],
      expected: ["2个单位3月、4月进展逾期未报，最长61天"],
    },
    {
      name: "the deciding reason stays first, the overdue ones where the first of them was",
      reasons: ["滞后序时进度 25 个百分点", "机关党委5月进展逾期未报 3 天", "问题台账“用地手续”逾期 5 天未销号"],
      expected: ["滞后序时进度 25 个百分点", "5月进展逾期未报，最长3天", "问题台账“用地手续”逾期 5 天未销号"],
    },
    {
      name: "a missed-period count without overdue reports of known units stays",
      reasons: ["已有 3 期未报送", "某单位3月进展逾期未报 10 天"],
      expected: ["已有 3 期未报送", "某单位3月进展逾期未报 10 天"],
    },
    { name: "nothing to condense", reasons: ["尚未报送进展"], expected: ["尚未报送进展"] },
    { name: "no reasons", reasons: [], expected: [] },
  ])("$name", ({ reasons, expected }) => {
    expect(condensedReasons(reasons, units)).toEqual(expected);
  });

  it("tells a unit from another whose name it begins", () => {
    expect(condensedReasons(["市教育科学研究院附属学校3月进展逾期未报 9 天"], ["市教育科学研究院", "市教育科学研究院附属学校"])).toEqual([
      "3月进展逾期未报，最长9天",
    ]);
  });

  it("mainReason is the first condensed reason", () => {
    expect(mainReason(["机关党委3月进展逾期未报 61 天", "已有 2 期未报送", "尚未报送进展"], units)).toBe("3月进展逾期未报，最长61天");
    expect(mainReason([], units)).toBe("");
  });
});

const measure = (over: Partial<BulletinSnapshot["measures"][number]>): BulletinSnapshot["measures"][number] => ({
  action: 1,
  task: 1,
  number: 1,
  taskTitle: "加强党的领导",
  leadUnit: "机关党委",
  units: ["机关党委"],
  colour: "RED",
  expected: 30,
  actual: null,
  gap: null,
  reasons: ["机关党委3月进展逾期未报 61 天", "机关党委4月进展逾期未报 31 天", "已有 2 期未报送"],
  problems: "",
  nextSteps: "",
  ...over,
});

const snapshot = (measures: BulletinSnapshot["measures"]): BulletinSnapshot => ({
  version: 1,
  plan: { title: "关于印发2023年重点任务清单的通知", docNumber: null, issuer: null },
  periodLabel: "2023年5月",
  asOf: "2023-06-05",
  counts: { RED: 0, YELLOW: 0, BLUE: 0, DONE: 0, NOT_REPORTED: 0 },
  progress: null,
  actions: [
    { number: 1, title: "实施党建领航品牌创建行动", colour: "RED", progress: null },
    { number: 2, title: "实施“五育并举”育人体系建设行动", colour: "YELLOW", progress: null },
  ],
  measures,
  units: [],
});

const itemsOf = (s: BulletinSnapshot) =>
  bulletinDocument(
    s,
    { issuer: "济宁市教育局", docNumber: null, cc: null, printedBy: null },
    { overview: "", problems: "", requirements: "" },
    "2023-06-20",
  ).attachments.find((a) => a.title === "红色、黄色事项")!;

describe("the red and yellow items table", () => {
  const measures = [
    measure({ action: 2, task: 3, number: 1, taskTitle: "推进德育创新", colour: "YELLOW", reasons: ["滞后序时进度 12 个百分点"] }),
    measure({ action: 1, task: 1, number: 2, colour: "YELLOW", reasons: ["工作节点“制定方案”逾期 3 天"] }),
    measure({ action: 1, task: 1, number: 1 }),
    measure({ action: 2, task: 4, number: 1, taskTitle: "提升智育水平", colour: "BLUE", reasons: ["按序时推进"] }),
    measure({
      action: 2,
      task: 5,
      number: 1,
      taskTitle: "促进体教融合",
      leadUnit: "体育卫生和艺术教育科",
      units: ["体育卫生和艺术教育科"],
      reasons: ["已超过完成时限（5月31日）5 天仍未完成", "体育卫生和艺术教育科5月进展逾期未报 1 天"],
    }),
  ];

  it("lists every red and yellow measure once, one line each, grouped by action with red first", () => {
    const table = itemsOf(snapshot(measures)).table!;
    expect(table.columns.map((c) => c.header)).toEqual(["序号", "措施", "牵头单位", "状态", "主要原因"]);
    expect(table.rows).toEqual([
      ["1", "任务1措施1 加强党的领导", "机关党委", "红", "3月、4月进展逾期未报，最长61天"],
      ["2", "任务1措施2 加强党的领导", "机关党委", "黄", "工作节点“制定方案”逾期 3 天"],
      ["3", "任务5措施1 促进体教融合", "体育卫生和艺术教育科", "红", "已超过完成时限（5月31日）5 天仍未完成"],
      ["4", "任务3措施1 推进德育创新", "机关党委", "黄", "滞后序时进度 12 个百分点"],
    ]);
    expect(table.groups).toEqual([
      { before: 0, title: "一、实施党建领航品牌创建行动（红色1项、黄色1项）" },
      { before: 2, title: "二、实施“五育并举”育人体系建设行动（红色1项、黄色1项）" },
    ]);
  });

  it("lists a bulletin issued before measures carried their action red first, without groups", () => {
    const table = itemsOf(snapshot(measures.map(({ action: _, ...m }) => m))).table!;
    expect(table.rows.map((r) => r[1])).toEqual([
      "任务1措施1 加强党的领导",
      "任务5措施1 促进体教融合",
      "任务3措施1 推进德育创新",
      "任务1措施2 加强党的领导",
    ]);
    expect(table.groups).toBeUndefined();
  });

  it("says there are none when no measure is red or yellow", () => {
    const items = itemsOf(snapshot([measure({ colour: "BLUE" })]));
    expect(items.table).toBeNull();
    expect(items.empty).toBe("本月没有红色、黄色事项。");
  });
});
