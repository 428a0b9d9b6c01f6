// The notice importer against a real database (PostgreSQL with TEST_DATABASE_URL, else PGlite):
// first import of the seed notice, an idempotent re-import, a corrected notice updated in place,
// a failed write rolled back, a parse error writing nothing, and the CLI end to end.
// The tests in this file share one database and run in order.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importNoticeFile } from "@/lib/data/plans/import-notice-file.ts";
import { importPlan } from "@/lib/data/plans/import-plan.ts";
import { fromDbDate } from "@/lib/domain/dates.ts";
import { noticeJson } from "@/lib/domain/notice/notice-json.ts";
import { NoticeParseError, parseNotice, type ParsedNotice } from "@/lib/domain/notice/parse-notice.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { createTestDb, testBackendName, type TestDb } from "../helpers/test-db.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SEED = path.join(ROOT, "seeds", "jining-2023-key-tasks.txt");
const seedText = readFileSync(SEED, "utf8");

/** Every row of every table the importer writes, in a stable order. */
async function snapshot(prisma: PrismaClient) {
  return {
    plans: await prisma.plan.findMany({ orderBy: { id: "asc" } }),
    actions: await prisma.action.findMany({ orderBy: { id: "asc" } }),
    tasks: await prisma.task.findMany({ orderBy: { id: "asc" } }),
    measures: await prisma.measure.findMany({ orderBy: { id: "asc" } }),
    units: await prisma.unit.findMany({ orderBy: { id: "asc" } }),
    measureUnits: await prisma.measureUnit.findMany({ orderBy: [{ measureId: "asc" }, { unitId: "asc" }] }),
    indicators: await prisma.indicator.findMany({ orderBy: { id: "asc" } }),
    milestones: await prisma.milestone.findMany({ orderBy: { id: "asc" } }),
  };
}

async function counts(prisma: PrismaClient) {
  return {
    plans: await prisma.plan.count(),
    actions: await prisma.action.count(),
    tasks: await prisma.task.count(),
    measures: await prisma.measure.count(),
    units: await prisma.unit.count(),
    measureUnits: await prisma.measureUnit.count(),
    indicators: await prisma.indicator.count(),
    milestones: await prisma.milestone.count(),
  };
}

const allMeasures = (n: ParsedNotice) => n.actions.flatMap((a) => a.tasks.flatMap((t) => t.measures));

/** A measure of the plan by its task's number and its own, with units and indicators in order. */
async function measureAt(prisma: PrismaClient, taskNumber: number, number: number) {
  return prisma.measure.findFirst({
    where: { number, task: { number: taskNumber } },
    include: {
      units: { include: { unit: true }, orderBy: { position: "asc" } },
      indicators: { orderBy: { position: "asc" } },
    },
  });
}

/** Replaces `from` by `to` on the one line starting with `lineStart`; fails loudly when the seed changed. */
function editLine(text: string, lineStart: string, from: string, to: string): string {
  const lines = text.split("\n");
  const matching = lines.filter((l) => l.startsWith(lineStart));
  if (matching.length !== 1 || !matching[0].includes(from)) throw new Error(`seed changed: ${lineStart} / ${from}`);
  return lines.map((l) => (l.startsWith(lineStart) ? l.replace(from, to) : l)).join("\n");
}

function dropLine(text: string, lineStart: string): string {
  const lines = text.split("\n");
  const kept = lines.filter((l) => !l.startsWith(lineStart));
  if (kept.length !== lines.length - 1) throw new Error(`seed changed: ${lineStart}`);
  return kept.join("\n");
}

/** 1-based line number of the line starting with `lineStart`. */
function lineNumber(text: string, lineStart: string): number {
  return text.split("\n").findIndex((l) => l.startsWith(lineStart)) + 1;
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // As `npm run import` runs it: the data layer is server-only, empty under the react-server condition.
    const child = spawn("npx", ["tsx", "--conditions=react-server", ...args], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe(`importing the notice (${testBackendName()})`, () => {
  let db: TestDb;
  let prisma: PrismaClient;
  let dir: string;
  const seed = parseNotice(seedText);

  beforeAll(async () => {
    db = await createTestDb();
    prisma = db.prisma;
    dir = await mkdtemp(path.join(os.tmpdir(), "duban-import-"));
  });
  afterAll(async () => {
    await db?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  describe("the seed notice into an empty database", () => {
    let first: Awaited<ReturnType<typeof importNoticeFile>>;
    beforeAll(async () => {
      first = await importNoticeFile(prisma, SEED);
    });

    it("creates the plan, 7 actions, 26 tasks, 38 measures and the 13 units", async () => {
      // 38 measures, 7 of them with two units (tasks 1(3), 3(2), 4(2), 7, 20, 21(2), 26): 45 links.
      const measureUnits = allMeasures(seed).reduce((n, m) => n + m.units.length, 0);
      expect(measureUnits).toBe(45);
      const indicators = allMeasures(seed).reduce((n, m) => n + m.indicators.length, 0);
      // Milestones from the dated clauses of 2(1), 6(1) (two), 15(1), 18(1) and 18(3).
      expect(await counts(prisma)).toEqual({
        plans: 1,
        actions: 7,
        tasks: 26,
        measures: 38,
        units: 13,
        measureUnits,
        indicators,
        milestones: 6,
      });
      expect(first).toMatchObject({ createdPlan: true, updated: 0, deleted: 0 });
      // …plus the monthly reporting periods from the issue month (March) to December.
      expect(first.created).toBe(1 + 7 + 26 + 38 + 13 + measureUnits + indicators + 6 + 10);
    });

    it("keeps each measure's milestones from the notice, in document order", async () => {
      const t6 = await measureAt(prisma, 6, 1);
      const milestones = await prisma.milestone.findMany({ where: { measureId: t6!.id }, orderBy: { position: "asc" } });
      expect(
        milestones.map((ms) => [ms.position, ms.title, fromDbDate(ms.dueOn), ms.source, ms.deadlinePhrase, ms.plannedPercent]),
      ).toEqual([
        [1, "2023年下半年举办五场艺术展演", "2023-12-31", "NOTICE", "2023年下半年", null],
        [2, "年底举办美育成果汇报展演", "2023-12-31", "NOTICE", "年底", null],
      ]);
      const t2 = await measureAt(prisma, 2, 1);
      expect((await prisma.milestone.findMany({ where: { measureId: t2!.id } })).map((ms) => [ms.title, fromDbDate(ms.dueOn)])).toEqual([
        ["6月底前完成全员轮训计划", "2023-06-30"],
      ]);
    });

    it("stores the plan's header and its source text", async () => {
      const plan = await prisma.plan.findUniqueOrThrow({ where: { id: first.planId } });
      expect(plan).toMatchObject({
        title: "2023年济宁市“教育部基础教育综合改革实验区”重点任务清单",
        year: 2023,
        docNumber: "济教字〔2023〕22号",
        issuer: "济宁市教育局",
        sourceText: seedText,
      });
      expect(plan.issuedOn && fromDbDate(plan.issuedOn)).toBe("2023-03-30");
    });

    it("stores actions and tasks in document order under the plan", async () => {
      const actions = await prisma.action.findMany({
        where: { planId: first.planId },
        orderBy: { number: "asc" },
        include: { tasks: { orderBy: { number: "asc" } } },
      });
      expect(actions.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(actions[0].title).toBe("实施党建领航品牌创建行动");
      expect(actions[4].tasks.map((t) => t.number)).toEqual([18, 19, 20, 21]);
      expect(actions[2].tasks.find((t) => t.number === 9)?.title).toBe("优化资源配置");
    });

    it("stores task 9 measure 1 with its unit and its indicators 28 所 and 40000 个", async () => {
      const m = await measureAt(prisma, 9, 1);
      expect(m?.text.startsWith("新改扩建中小学校28所，预计新增学位数4万个。")).toBe(true);
      expect(m?.units.map((u) => [u.unit.name, u.role, u.position])).toEqual([["发展规划科", "LEAD", 0]]);
      expect(
        m?.indicators.map((i) => ({
          position: i.position,
          label: i.label,
          target: i.target,
          unit: i.unit,
          comparator: i.comparator,
          low: i.low,
          high: i.high,
        })),
      ).toEqual([
        { position: 1, label: "中小学校", target: 28, unit: "所", comparator: "EXACT", low: null, high: null },
        { position: 2, label: "学位", target: 40000, unit: "个", comparator: "EXACT", low: null, high: null },
      ]);
    });

    it("stores units with their roles, ranges with low and high, and dates", async () => {
      const t1m3 = await measureAt(prisma, 1, 3);
      expect(t1m3?.units.map((u) => [u.unit.name, u.role])).toEqual([
        ["人事科", "LEAD"],
        ["机关党委", "CO"],
      ]);
      const t5m2 = await measureAt(prisma, 5, 2);
      expect(t5m2?.indicators.find((i) => i.comparator === "RANGE")).toMatchObject({ low: 1, high: 2, target: 1, unit: "项" });
      const t2 = await measureAt(prisma, 2, 1);
      expect(t2 && [fromDbDate(t2.startDate), fromDbDate(t2.dueDate), t2.deadlinePhrase]).toEqual(["2023-03-30", "2023-06-30", "6月底前"]);
      const t1m1 = await measureAt(prisma, 1, 1);
      expect(t1m1 && [fromDbDate(t1m1.dueDate), t1m1.deadlinePhrase, t1m1.weight]).toEqual(["2023-12-31", null, 1]);
    });
  });

  describe("re-importing the same notice", () => {
    it("changes nothing: summary all 0, every row (ids, updatedAt) as it was, no audit event", async () => {
      const before = await snapshot(prisma);
      const events = await prisma.auditEvent.count();
      const again = await importPlan(prisma, parseNotice(seedText), seedText);
      expect(again).toEqual({ planId: before.plans[0].id, createdPlan: false, created: 0, updated: 0, deleted: 0 });
      const after = await snapshot(prisma);
      expect(after).toEqual(before);
      expect(after.plans[0].updatedAt.getTime()).toBe(before.plans[0].updatedAt.getTime());
      expect(await prisma.auditEvent.count()).toBe(events);
    });

    it("through the file as well", async () => {
      const before = await snapshot(prisma);
      expect(await importNoticeFile(prisma, SEED)).toMatchObject({ createdPlan: false, created: 0, updated: 0, deleted: 0 });
      expect(await snapshot(prisma)).toEqual(before);
    });
  });

  describe("a corrected notice", () => {
    // 任务10's title, 28所 → 30所 in 9(1), 市教育科学研究院 off 26, 18(3) dropped, a new unit on 12.
    let corrected = seedText;
    corrected = editLine(corrected, "任务10：", "强化协同育人", "强化家校社协同育人");
    corrected = editLine(corrected, "措施：（1）新改扩建中小学校28所", "中小学校28所", "中小学校30所");
    corrected = editLine(corrected, "措施：开展导师培训", "（责任单位：基础教育科、市教育科学研究院）", "（责任单位：基础教育科）");
    corrected = dropLine(corrected, "（3）开展业务视导");
    corrected = editLine(
      corrected,
      "措施：充实调整市、县两级",
      "（责任单位：市政府教育督导室）",
      "（责任单位：市政府教育督导室、市教育招生考试院）",
    );

    let before: Awaited<ReturnType<typeof snapshot>>;
    let removedId: number;
    let summary: Awaited<ReturnType<typeof importPlan>>;

    beforeAll(async () => {
      before = await snapshot(prisma);
      removedId = (await measureAt(prisma, 18, 3))!.id;
      summary = await importPlan(prisma, parseNotice(corrected), corrected);
    });

    it("updates the plan in place and counts each row it touched", async () => {
      expect(summary.planId).toBe(before.plans[0].id);
      expect(summary.createdPlan).toBe(false);
      // created: the unit 市教育招生考试院 and its link to 12(1);
      // updated: the plan (source text), task 10, measure 9(1) and its first indicator;
      // deleted: 26(1)'s link to 市教育科学研究院 and measure 18(3).
      expect(summary).toMatchObject({ created: 2, updated: 4, deleted: 2 });
      const plan = await prisma.plan.findUniqueOrThrow({ where: { id: summary.planId } });
      expect(plan.sourceText).toBe(corrected);
      expect(plan.updatedAt.getTime()).toBeGreaterThanOrEqual(before.plans[0].updatedAt.getTime());
      // Audited like every write, so the data version that shared statuses and pages use moves.
      const event = await prisma.auditEvent.findFirstOrThrow({
        where: { action: "plan.import", entityType: "Plan", entityId: String(summary.planId) },
        orderBy: { id: "desc" },
      });
      expect(event).toMatchObject({ actorId: null, actorName: "系统", after: { created: 2, updated: 4, deleted: 2 } });
    });

    it("has the right counts afterwards", async () => {
      const parsed = parseNotice(corrected);
      expect(await counts(prisma)).toEqual({
        plans: 1,
        actions: 7,
        tasks: 26,
        measures: 37,
        units: 14, // a unit no longer named stays: later reports may point at it
        measureUnits: 45 - 1 - 1 + 1,
        indicators: allMeasures(parsed).reduce((n, m) => n + m.indicators.length, 0),
        milestones: 5, // 18(3)'s went with it
      });
      expect(await prisma.indicator.count()).toBe(before.indicators.length - 1);
    });

    it("keeps the ids of actions, tasks and every remaining measure", async () => {
      const after = await snapshot(prisma);
      expect(after.actions.map((a) => a.id)).toEqual(before.actions.map((a) => a.id));
      expect(after.tasks.map((t) => t.id)).toEqual(before.tasks.map((t) => t.id));
      expect(after.measures.map((m) => m.id)).toEqual(before.measures.map((m) => m.id).filter((id) => id !== removedId));
      const unchanged = before.measures.filter((m) => m.id !== removedId);
      const byId = new Map(after.measures.map((m) => [m.id, m]));
      for (const m of unchanged) expect(byId.get(m.id)?.taskId).toBe(m.taskId);
    });

    it("shows the changes", async () => {
      const task10 = await prisma.task.findFirstOrThrow({ where: { number: 10 } });
      expect(task10.title).toBe("强化家校社协同育人");

      const t9 = await measureAt(prisma, 9, 1);
      const oldSchools = before.indicators.find((i) => i.measureId === t9?.id && i.position === 1);
      expect(t9?.text.startsWith("新改扩建中小学校30所")).toBe(true);
      expect(t9?.indicators[0]).toMatchObject({
        id: oldSchools?.id,
        target: 30,
        unit: "所",
        label: "中小学校",
        source: "新改扩建中小学校30所",
      });

      const t26 = await measureAt(prisma, 26, 1);
      expect(t26?.units.map((u) => [u.unit.name, u.role])).toEqual([["基础教育科", "LEAD"]]);

      const t12 = await measureAt(prisma, 12, 1);
      expect(t12?.units.map((u) => [u.unit.name, u.role, u.position])).toEqual([
        ["市政府教育督导室", "LEAD", 0],
        ["市教育招生考试院", "CO", 1],
      ]);
    });

    it("removes the dropped measure with its unit links and indicators", async () => {
      const t18 = await prisma.task.findFirstOrThrow({ where: { number: 18 }, include: { measures: { orderBy: { number: "asc" } } } });
      expect(t18.measures.map((m) => m.number)).toEqual([1, 2]);
      expect(await prisma.measure.findUnique({ where: { id: removedId } })).toBeNull();
      expect(await prisma.measureUnit.count({ where: { measureId: removedId } })).toBe(0);
      expect(await prisma.indicator.count({ where: { measureId: removedId } })).toBe(0);
      expect(await prisma.unit.count({ where: { name: "市教育科学研究院" } })).toBe(1);
    });

    it("importing the corrected notice again changes nothing", async () => {
      const now = await snapshot(prisma);
      expect(await importPlan(prisma, parseNotice(corrected), corrected)).toMatchObject({ created: 0, updated: 0, deleted: 0 });
      expect(await snapshot(prisma)).toEqual(now);
    });
  });

  describe("a failed import", () => {
    it("refuses a corrected notice that drops a measure with a report on it, naming it, and writes nothing", async () => {
      // After the corrected notice above, 18(2) is the last measure of task 18: give it a report.
      const worked = (await measureAt(prisma, 18, 2))!;
      const unitId = worked.units[0].unit.id;
      const user = await prisma.user.create({
        data: { login: `refuse${Date.now()}`, displayName: "填报员", role: "REPORTER", unitId, passwordHash: "x" },
      });
      const period = await prisma.reportingPeriod.findFirstOrThrow({ where: { planId: worked.planId }, orderBy: { startsOn: "asc" } });
      await prisma.progressReport.create({
        data: { measureId: worked.id, unitId, periodId: period.id, percent: 10, createdById: user.id, updatedById: user.id },
      });
      const current = (await prisma.plan.findUniqueOrThrow({ where: { id: worked.planId } })).sourceText;
      const dropping = dropLine(current, "（2）做好省级示范");
      const before = await snapshot(prisma);
      await expect(importPlan(prisma, parseNotice(dropping), dropping)).rejects.toThrow(/任务18措施2：进展报告 1 份，问题台账 0 条/);
      expect(await snapshot(prisma)).toEqual(before);
      expect(await prisma.measure.findUnique({ where: { id: worked.id } })).not.toBeNull();
    });

    it("rolls back every write when the database refuses one mid-way", async () => {
      const before = await snapshot(prisma);
      // A new plan (another year and 文号) with a new unit: plan, unit and actions are written first,
      // then the tasks, where two share number 1 and break the unique (planId, number).
      const broken: ParsedNotice = structuredClone(seed);
      broken.plan = { ...broken.plan, year: 2099, docNumber: "济教字〔2023〕99号", title: "回滚测试清单" };
      broken.actions[0].tasks[0].measures[0].units.push({ name: "回滚测试单位", role: "CO" });
      broken.actions[0].tasks[1].number = 1;

      const error = await importPlan(prisma, broken, "回滚测试").then(
        () => null,
        (e: unknown) => e,
      );
      // The unique violation on the tasks (P2002), i.e. after plan, unit and actions were written.
      expect(error).toMatchObject({ code: "P2002" });
      expect(String((error as Error).message)).toMatch(/task/);
      expect(await snapshot(prisma)).toEqual(before);
      expect(await prisma.unit.count({ where: { name: "回滚测试单位" } })).toBe(0);
      expect(await prisma.plan.count({ where: { docNumber: "济教字〔2023〕99号" } })).toBe(0);
    });

    it("writes nothing when the notice does not parse", async () => {
      const before = await snapshot(prisma);
      const malformed = editLine(seedText, "措施：持续加大财政教育投入", "（责任单位：财务科）", "");
      const file = path.join(dir, "缺少责任单位.txt");
      await writeFile(file, malformed);

      const error = await importNoticeFile(prisma, file).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(NoticeParseError);
      expect((error as NoticeParseError).issues).toEqual([
        { line: lineNumber(malformed, "措施：持续加大财政教育投入"), message: expect.stringContaining("缺少责任单位") },
      ]);
      expect(await snapshot(prisma)).toEqual(before);
    });

    it("writes nothing when the file cannot be read", async () => {
      const before = await counts(prisma);
      await expect(importNoticeFile(prisma, path.join(dir, "没有这个文件.txt"))).rejects.toThrow(/没有这个文件\.txt/);
      expect(await counts(prisma)).toEqual(before);
    });
  });

  describe("npm run import (scripts/import-notice.ts)", () => {
    // No DATABASE_URL and a PGlite folder of our own: --json must not open (or create) any database.
    const cliEnv = () => {
      const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: path.join(dir, "cli-pglite") };
      delete env.DATABASE_URL;
      return env;
    };

    it("--json prints the parsed notice as JSON and writes nothing", async () => {
      const { code, stdout, stderr } = await run(["scripts/import-notice.ts", SEED, "--json"], cliEnv());
      expect(stderr).toBe("");
      expect(code).toBe(0);
      const json = JSON.parse(stdout);
      expect(json.actions).toHaveLength(7);
      expect(json).toEqual(noticeJson(seed));
      expect(existsSync(path.join(dir, "cli-pglite"))).toBe(false);
    });

    it("a malformed notice exits 1 with a Chinese message naming the line", async () => {
      const malformed = editLine(seedText, "措施：持续加大财政教育投入", "（责任单位：财务科）", "");
      const file = path.join(dir, "malformed.txt");
      await writeFile(file, malformed);
      const { code, stdout, stderr } = await run(["scripts/import-notice.ts", file, "--json"], cliEnv());
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toContain("导入失败");
      expect(stderr).toContain(`第${lineNumber(malformed, "措施：持续加大财政教育投入")}行`);
      expect(stderr).toContain("缺少责任单位");
      expect(stderr).not.toMatch(/\bat \S+ \(/); // a message for people, not a stack trace
    });
  });
});
