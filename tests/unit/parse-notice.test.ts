// The seed notice (seeds/jining-2023-key-tasks.txt, 济教字〔2023〕22号) through the parser.
// Expected values are read off the notice text itself (DESIGN.md "The source document"); where a
// count can be derived from the raw text independently of the parser, the test derives it.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { noticeJson } from "@/lib/domain/notice/notice-json.ts";
import { parseNotice, type ParsedMeasure, type ParsedNotice, type ParsedTask } from "@/lib/domain/notice/parse-notice.ts";

const SEED = fileURLToPath(new URL("../../seeds/jining-2023-key-tasks.txt", import.meta.url));
const seedText = readFileSync(SEED, "utf8");

const UNITS = [
  "市委教育工作办秘书科",
  "机关党委",
  "人事科",
  "基础教育科",
  "市教育科学研究院",
  "职业教育科",
  "体育卫生和艺术教育科",
  "财务科",
  "发展规划科",
  "市政府教育督导室",
  "办公室",
  "教师教育科",
  "市电化教育馆",
];

let notice: ParsedNotice;
let tasks: ParsedTask[];
let measures: ParsedMeasure[];

beforeAll(() => {
  notice = parseNotice(seedText);
  tasks = notice.actions.flatMap((a) => a.tasks);
  measures = tasks.flatMap((t) => t.measures);
});

function task(number: number): ParsedTask {
  const found = tasks.find((t) => t.number === number);
  if (!found) throw new Error(`no task ${number}`);
  return found;
}

function measure(taskNumber: number, number: number): ParsedMeasure {
  const found = task(taskNumber).measures.find((m) => m.number === number);
  if (!found) throw new Error(`no measure ${taskNumber}.${number}`);
  return found;
}

/** The indicators of a measure as [target, unit] pairs, in text order. */
const targets = (m: ParsedMeasure) => m.indicators.map((i) => [i.target, i.unit]);

describe("seed notice: plan header", () => {
  it("reads title, year, document number, issuer and issue date from the front matter", () => {
    expect(notice.plan).toEqual({
      title: "2023年济宁市“教育部基础教育综合改革实验区”重点任务清单",
      year: 2023,
      docNumber: "济教字〔2023〕22号",
      issuer: "济宁市教育局",
      issuedOn: "2023-03-30",
    });
  });
});

describe("seed notice: structure", () => {
  it("has the 7 actions 一 … 七, numbered 1–7, titled as in the headings", () => {
    const headings = [...seedText.matchAll(/^[一二三四五六七]、(.+)$/gm)].map((m) => m[1].trim());
    expect(headings).toHaveLength(7);
    expect(notice.actions.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(notice.actions.map((a) => a.title)).toEqual(headings);
    expect(notice.actions[0].title).toBe("实施党建领航品牌创建行动");
    expect(notice.actions[6].title).toBe("实施优秀传统文化教育高地建设行动");
  });

  it("has 26 tasks numbered 1..26 in document order, titled without the final 。", () => {
    const headings = [...seedText.matchAll(/^任务(\d+)：(.+?)。$/gm)].map((m) => ({ number: Number(m[1]), title: m[2] }));
    expect(headings).toHaveLength(26);
    expect(tasks.map((t) => ({ number: t.number, title: t.title }))).toEqual(headings);
    expect(tasks.map((t) => t.number)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(task(16).title).toBe("健全校长培养机制");
  });

  it("puts each task under its action (一 holds 1–2, 五 holds 18–21, 七 holds 24–26)", () => {
    expect(notice.actions.map((a) => a.tasks.map((t) => t.number))).toEqual([
      [1, 2],
      [3, 4, 5, 6, 7],
      [8, 9, 10, 11, 12, 13],
      [14, 15, 16, 17],
      [18, 19, 20, 21],
      [22, 23],
      [24, 25, 26],
    ]);
  });

  it("has 38 measures, one per （责任单位：…） clause in the text", () => {
    const clauses = seedText.match(/（责任单位：[^）]*）/g) ?? [];
    expect(clauses).toHaveLength(38);
    expect(measures).toHaveLength(38);
  });

  it("splits numbered （1）（2）（3） paragraphs and task 16's unnumbered second paragraph into measures", () => {
    expect(task(1).measures.map((m) => m.number)).toEqual([1, 2, 3]);
    expect(task(18).measures.map((m) => m.number)).toEqual([1, 2, 3]);
    expect(task(16).measures).toHaveLength(2);
    expect(task(16).measures.map((m) => m.units.map((u) => u.name))).toEqual([["人事科"], ["教师教育科"]]);
    expect(task(16).measures[1].text).toBe("举办中小学幼儿园校（园）长全员培训、任职资格和提高培训，提升学校管理者领导力。");
    expect(task(2).measures).toHaveLength(1);
  });

  it("numbers measures 1..n within each task", () => {
    for (const t of tasks) expect(t.measures.map((m) => m.number)).toEqual(t.measures.map((_, i) => i + 1));
  });
});

describe("seed notice: responsible units", () => {
  it("names exactly the 13 distinct units of the notice", () => {
    const names = new Set(measures.flatMap((m) => m.units.map((u) => u.name)));
    expect([...names].sort()).toEqual([...UNITS].sort());
  });

  it("gives every measure the units of its own clause, in the order listed", () => {
    const listed = [...seedText.matchAll(/（责任单位：([^）]*)）/g)].map((m) => m[1].split("、"));
    expect(measures.map((m) => m.units.map((u) => u.name))).toEqual(listed);
  });

  it("makes the first unit listed the lead (LEAD) and the others co-owners (CO)", () => {
    for (const m of measures) {
      expect(m.units.length).toBeGreaterThan(0);
      expect(m.units.map((u) => u.role)).toEqual(m.units.map((_, i) => (i === 0 ? "LEAD" : "CO")));
    }
    expect(measure(1, 3).units).toEqual([
      { name: "人事科", role: "LEAD" },
      { name: "机关党委", role: "CO" },
    ]);
    expect(measure(20, 1).units).toEqual([
      { name: "基础教育科", role: "LEAD" },
      { name: "市教育科学研究院", role: "CO" },
    ]);
  });
});

describe("seed notice: measure texts", () => {
  it("keeps the measure's words without its unit clause, its （n） number, the 措施： label or Word artefacts", () => {
    for (const m of measures) {
      expect(m.text).not.toMatch(/责任单位/);
      expect(m.text).not.toMatch(/\[bookmark/);
      expect(m.text).not.toMatch(/^\s*[（(]\s*\d+\s*[）)]/);
      expect(m.text).not.toMatch(/^措施/);
      expect(m.text).toBe(m.text.trim());
      expect(m.text.length).toBeGreaterThan(10);
    }
    expect(measure(1, 1).text).toBe("修订完善市委教育工作领导小组工作制度，定期召开会议，研究解决教育改革发展堵点问题。");
    expect(measure(5, 2).text.startsWith("指导30项市“十四五”规划体育与健康专项课题的实施")).toBe(true);
    expect(measure(10, 1).text.endsWith("遴选一批优秀生命教育活动、课例资源。")).toBe(true);
  });

  it("never turns the page footer “— 1 —” into content", () => {
    const everything = [...notice.actions.map((a) => a.title), ...tasks.map((t) => t.title), ...measures.map((m) => m.text)];
    for (const text of everything) expect(text).not.toMatch(/—\s*1\s*—/);
    expect(measure(26, 1).text).toBe("开展导师培训。推进“德育站点”实践基地建设。开展全环境立德树人宣讲活动。");
  });

  it("records the line each measure starts on", () => {
    const lines = seedText.split("\n");
    expect(lines[measure(16, 2).line - 1]).toMatch(/^举办中小学幼儿园校（园）长全员培训/);
    expect(lines[measure(5, 2).line - 1]).toMatch(/（2）指导30项/);
    expect(lines[task(18).line - 1]).toBe("任务18：加快学前教育优质普惠发展。");
  });
});

describe("seed notice: indicators", () => {
  it("task 9 (1): 28 所 中小学校 and 4万个 = 40000 学位", () => {
    expect(measure(9, 1).indicators).toEqual([
      expect.objectContaining({ label: "中小学校", target: 28, unit: "所", comparator: "EXACT", low: null, high: null }),
      expect.objectContaining({ label: "学位", target: 40000, unit: "个", comparator: "EXACT", low: null, high: null }),
    ]);
  });

  it("task 18 (1): 32 所 普惠性幼儿园 and 0.9万个 = 9000 学位", () => {
    expect(measure(18, 1).indicators).toEqual([
      expect.objectContaining({ label: "普惠性幼儿园", target: 32, unit: "所", comparator: "EXACT" }),
      expect.objectContaining({ label: "学位", target: 9000, unit: "个", comparator: "EXACT" }),
    ]);
  });

  it("task 22: 覆盖率 85 %, 15 城乡教育共同体, 2 示范区, 15 示范校 — and nothing from IPV6", () => {
    expect(measure(22, 1).indicators).toEqual([
      expect.objectContaining({ label: "覆盖率", target: 85, unit: "%", comparator: "EXACT" }),
      expect.objectContaining({ label: "城乡教育共同体", target: 15, unit: "个", comparator: "EXACT" }),
      expect.objectContaining({ label: "示范区", target: 2, unit: "个", comparator: "EXACT" }),
      expect.objectContaining({ label: "示范校", target: 15, unit: "个", comparator: "EXACT" }),
    ]);
  });

  it("task 17: at least 72 学时", () => {
    expect(measure(17, 1).indicators).toEqual([
      expect.objectContaining({ label: "培训时间", target: 72, unit: "学时", comparator: "AT_LEAST" }),
    ]);
  });

  it("task 3 (1): 50 个 课题 and 100 节 金课", () => {
    const [topics, lessons, ...rest] = measure(3, 1).indicators;
    expect(rest).toEqual([]);
    expect(topics).toMatchObject({ label: "思政课课题", target: 50, unit: "个", comparator: "EXACT" });
    expect(lessons).toMatchObject({ target: 100, unit: "节", comparator: "EXACT" });
    expect(lessons.label).toMatch(/金课/);
  });

  it("task 19: 入学率 at least 99 %, and nothing from 《…4部门…》", () => {
    const rate = measure(19, 1).indicators.find((i) => i.unit === "%");
    expect(rate).toMatchObject({ target: 99, comparator: "AT_LEAST" });
    expect(rate?.label).toMatch(/入学率$/);
    expect(measure(19, 1).indicators.filter((i) => i.target === 4 || i.unit === "部")).toEqual([]);
  });

  it("task 9 (2): about 4000 名; task 20: about 150 项", () => {
    expect(measure(9, 2).indicators).toEqual([expect.objectContaining({ target: 4000, unit: "名", comparator: "ABOUT" })]);
    expect(measure(9, 2).indicators[0].label).toMatch(/校长教师$/);
    expect(measure(20, 1).indicators).toEqual([
      expect.objectContaining({ label: "优秀教学成果", target: 150, unit: "项", comparator: "ABOUT" }),
    ]);
  });

  it("task 5 (2): range 1–2 项 运动技能, and nothing from “十四五”", () => {
    expect(measure(5, 2).indicators).toEqual([
      expect.objectContaining({ target: 30, unit: "项", comparator: "EXACT" }),
      expect.objectContaining({ label: "运动技能", target: 1, low: 1, high: 2, unit: "项", comparator: "RANGE" }),
    ]);
  });

  it("task 18 (3): range 1–2 次", () => {
    expect(measure(18, 3).indicators).toEqual([expect.objectContaining({ target: 1, low: 1, high: 2, unit: "次", comparator: "RANGE" })]);
    expect(measure(18, 3).indicators[0].label).toMatch(/观摩教研活动$/);
  });

  it("task 6 (1): 五场 = 5 场 艺术展演, and nothing from 第十一届", () => {
    expect(measure(6, 1).indicators).toEqual([expect.objectContaining({ label: "艺术展演", target: 5, unit: "场", comparator: "EXACT" })]);
  });

  it("task 8: at least 30 %", () => {
    expect(measure(8, 1).indicators).toEqual([expect.objectContaining({ target: 30, unit: "%", comparator: "AT_LEAST" })]);
    expect(measure(8, 1).indicators[0].label).toMatch(/教育附加$/);
  });

  it("task 5 (1): 5 项 大赛 only — not 第24届 or 第八届", () => {
    expect(targets(measure(5, 1))).toEqual([[5, "项"]]);
  });

  it("task 2: 60 所 and 100 所 only — not 第四批 or 第五批", () => {
    expect(targets(measure(2, 1))).toEqual([
      [60, "所"],
      [100, "所"],
    ]);
  });

  it("reads no indicator from ordinals, quoted names, titles or IPV6 anywhere in the notice", () => {
    const all = measures.flatMap((m) => m.indicators);
    for (const i of all) {
      expect(i.source).not.toMatch(/第(?:\d+|[一二三四五六七八九十]+)[批届]$/);
      expect(i.source).not.toMatch(/IPV6$/);
    }
    // Tasks whose only numbers are ordinals, names in quotes or titles: no indicator at all.
    for (const [t, n] of [
      [10, 1], // “为家长赋能 伴孩子成长”, 一批
      [11, 1], // 《济宁市教育局等4部门……》
      [13, 1],
      [21, 1], // “两个只增不减”
      [23, 1], // “互联网＋教育”
      [25, 1], // 第二届
    ] as const) {
      expect(measure(t, n).indicators, `task ${t} (${n})`).toEqual([]);
    }
  });

  it("gives every indicator a label, a positive target, a unit and a source found in its measure's text", () => {
    for (const m of measures) {
      for (const i of m.indicators) {
        expect(i.label.length).toBeGreaterThan(0);
        expect(i.target).toBeGreaterThan(0);
        expect(i.unit.length).toBeGreaterThan(0);
        expect(m.text).toContain(i.source);
        if (i.comparator === "RANGE") expect(i.low! < i.high!).toBe(true);
        else expect([i.low, i.high]).toEqual([null, null]);
      }
    }
  });
});

describe("seed notice: deadlines", () => {
  it("task 2: 6月底前 → due 2023-06-30", () => {
    expect(measure(2, 1)).toMatchObject({ dueDate: "2023-06-30", deadlinePhrase: "6月底前", startDate: "2023-03-30" });
  });

  it("task 1 (1) has no phrase → due at the end of the plan year, phrase null", () => {
    expect(measure(1, 1)).toMatchObject({ dueDate: "2023-12-31", deadlinePhrase: null, startDate: "2023-03-30" });
  });

  it("task 15: 年内 → 2023-12-31", () => {
    expect(measure(15, 1)).toMatchObject({ dueDate: "2023-12-31", deadlinePhrase: "年内" });
  });

  it("task 6 (1): 下半年…, 年底… → due 2023-12-31, starting on the issue date", () => {
    expect(measure(6, 1)).toMatchObject({ dueDate: "2023-12-31", startDate: "2023-03-30", deadlinePhrase: "年底" });
  });

  it("reads no deadline from 2023年党员, 2023年度 or 《…2023年…的通知》", () => {
    // 制定市直教育系统2023年党员进党校培训方案 — only 6月底前 governs task 2.
    expect(measure(2, 1).deadlinePhrase).toBe("6月底前");
    // 开展 2023 年度济宁市“最美教师”
    expect(measure(14, 1).deadlinePhrase).toBeNull();
    // 开展2023年度思政课年度人物
    expect(measure(3, 2).deadlinePhrase).toBeNull();
  });

  it("keeps every date inside the plan year and never starts after it is due", () => {
    for (const m of measures) {
      expect(m.dueDate >= "2023-03-30" && m.dueDate <= "2023-12-31").toBe(true);
      expect(m.startDate <= m.dueDate).toBe(true);
    }
  });
});

describe("noticeJson()", () => {
  const isoDate = /^\d{4}-\d{2}-\d{2}$/;

  it("has exactly the documented keys at every level", () => {
    const json = noticeJson(notice);
    expect(Object.keys(json)).toEqual(["plan", "actions"]);
    expect(Object.keys(json.plan)).toEqual(["title", "year", "docNumber", "issuer", "issuedOn"]);
    expect(json.actions).toHaveLength(7);
    for (const action of json.actions) {
      expect(Object.keys(action)).toEqual(["number", "title", "tasks"]);
      for (const t of action.tasks) {
        expect(Object.keys(t)).toEqual(["number", "title", "measures"]);
        for (const m of t.measures) {
          expect(Object.keys(m)).toEqual(["number", "text", "dueDate", "deadlinePhrase", "units", "indicators", "milestones"]);
          expect(m.dueDate).toMatch(isoDate);
          for (const ms of m.milestones) {
            expect(Object.keys(ms)).toEqual(["title", "dueOn", "deadlinePhrase"]);
            expect(ms.dueOn).toMatch(isoDate);
          }
          for (const u of m.units) expect(Object.keys(u)).toEqual(["name", "role"]);
          for (const i of m.indicators) {
            expect(Object.keys(i)).toEqual(["label", "target", "low", "high", "unit", "comparator", "source"]);
            if (i.comparator === "RANGE") {
              expect(typeof i.low).toBe("number");
              expect(typeof i.high).toBe("number");
            } else {
              expect(i.low).toBeNull();
              expect(i.high).toBeNull();
            }
          }
        }
      }
    }
  });

  it("survives a JSON round trip unchanged (no undefined, no Date objects) and carries the plan", () => {
    const json = noticeJson(notice);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json.plan).toEqual(notice.plan);
    expect(json.actions.flatMap((a) => a.tasks)).toHaveLength(26);
    expect(json.actions.flatMap((a) => a.tasks.flatMap((t) => t.measures))).toHaveLength(38);
    const t9 = json.actions[2].tasks.find((t) => t.number === 9)!;
    expect(t9.measures[0].indicators[0]).toEqual({
      label: "中小学校",
      target: 28,
      low: null,
      high: null,
      unit: "所",
      comparator: "EXACT",
      source: "新改扩建中小学校28所",
    });
    expect(t9.measures[0].units).toEqual([{ name: "发展规划科", role: "LEAD" }]);
  });
});
