// Other bureaus' notices end to end on a real database: a county's .docx whose list is a table
// (merged cells) and a county's numbered .txt, each read from a file, parsed and imported in one
// transaction; the same file again changes nothing.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importNoticeFile } from "@/lib/data/plans/import-notice-file.ts";
import { fromDbDate } from "@/lib/domain/dates.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { createCounty } from "../helpers/factories.ts";
import { noticeDocx } from "../helpers/notice-docx.ts";
import { createTestDb, testBackendName, type TestDb } from "../helpers/test-db.ts";

const RENCHENG = fileURLToPath(new URL("../fixtures/notices/rencheng-2024-sections.txt", import.meta.url));

/** A plan's measures in order, with their task, units (lead first), indicators and milestones. */
async function measuresOf(prisma: PrismaClient, planId: number) {
  const rows = await prisma.measure.findMany({
    where: { task: { planId } },
    orderBy: [{ task: { number: "asc" } }, { number: "asc" }],
    include: {
      task: true,
      units: { include: { unit: true }, orderBy: { position: "asc" } },
      indicators: { orderBy: { position: "asc" } },
      milestones: { orderBy: { position: "asc" } },
    },
  });
  return rows.map((m) => ({
    task: m.task.title,
    text: m.text,
    units: m.units.map((u) => `${u.unit.name}:${u.role}`),
    due: fromDbDate(m.dueDate),
    indicators: m.indicators.map((i) => `${i.label}:${i.target}${i.unit}`),
    milestones: m.milestones.map((ms) => `${ms.title}@${fromDbDate(ms.dueOn)}`),
  }));
}

describe(`importing other bureaus' notices (${testBackendName()})`, () => {
  let db: TestDb;
  let dir: string;
  let docxFile: string;

  beforeAll(async () => {
    db = await createTestDb();
    dir = await mkdtemp(path.join(os.tmpdir(), "duban-county-"));
    docxFile = path.join(dir, "泗水县2024年度教育重点任务清单.docx");
    const bytes = await noticeDocx([
      "泗水县教育和体育局",
      "2024年3月8日",
      "泗水县2024年度教育重点任务清单",
      {
        table: [
          ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"],
          [{ text: "一、实施教育强县建设行动", columnSpan: 6 }],
          [
            { text: "1", rowSpan: 2 },
            { text: "扩充优质学位", rowSpan: 2 },
            "新建泗水县第五中学，新增学位2000个。",
            { text: "发展规划股", rowSpan: 2 },
            "计划财务股",
            "6月底前完成主体工程，8月底前投入使用",
          ],
          ["改扩建乡镇寄宿制学校6所。", "各乡镇中心校", "2024.12"],
          [{ text: "二、实施教师队伍提升行动", columnSpan: 6 }],
          ["2", "加强教师培训", "开展全员培训，人均不少于72学时。", "教师发展中心", "", "长期坚持"],
        ],
      },
    ]);
    await writeFile(docxFile, bytes);
  });
  /** Each county's list is its own plan: made once, found again on the re-import. */
  const countyId = async (name: string) =>
    (await db.prisma.region.findUnique({ where: { name }, select: { id: true } }))?.id ?? (await createCounty(db.prisma, name));
  afterAll(async () => {
    await db?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("a .docx table: actions, merged tasks and lead units, the 完成时限 column as due dates and milestones", async () => {
    const summary = await importNoticeFile(db.prisma, docxFile, { regionId: await countyId("泗水县") });
    expect(summary).toMatchObject({ createdPlan: true, updated: 0, deleted: 0 });
    const plan = await db.prisma.plan.findUniqueOrThrow({
      where: { id: summary.planId },
      include: { actions: { orderBy: { number: "asc" } } },
    });
    expect(plan).toMatchObject({ title: "泗水县2024年度教育重点任务清单", year: 2024, issuer: "泗水县教育和体育局" });
    expect(plan.actions.map((a) => a.title)).toEqual(["实施教育强县建设行动", "实施教师队伍提升行动"]);
    // The stored source is the text the parser read, rows as tab-separated lines.
    expect(plan.sourceText).toContain("1\t扩充优质学位\t改扩建乡镇寄宿制学校6所。\t发展规划股\t各乡镇中心校\t2024.12");
    expect(await measuresOf(db.prisma, summary.planId)).toEqual([
      {
        task: "扩充优质学位",
        text: "新建泗水县第五中学，新增学位2000个。",
        units: ["发展规划股:LEAD", "计划财务股:CO"],
        due: "2024-08-31",
        indicators: ["学位:2000个"],
        milestones: ["6月底前完成主体工程@2024-06-30", "8月底前投入使用@2024-08-31"],
      },
      {
        task: "扩充优质学位",
        text: "改扩建乡镇寄宿制学校6所。",
        units: ["发展规划股:LEAD", "各乡镇中心校:CO"],
        due: "2024-12-31",
        indicators: [expect.stringMatching(/:6所$/)],
        milestones: [],
      },
      {
        task: "加强教师培训",
        text: "开展全员培训，人均不少于72学时。",
        units: ["教师发展中心:LEAD"],
        due: "2024-12-31",
        indicators: ["人均:72学时"],
        milestones: [],
      },
    ]);
  });

  it("a county's numbered .txt beside it: its own plan, its units matched by name", async () => {
    const summary = await importNoticeFile(db.prisma, RENCHENG, { regionId: await countyId("任城区") });
    expect(summary.createdPlan).toBe(true);
    const measures = await measuresOf(db.prisma, summary.planId);
    expect(measures).toHaveLength(10);
    expect(measures[4]).toMatchObject({
      task: "扩充优质学位资源",
      units: ["发展规划科:LEAD", "计划财务科:CO", "各镇（街道）中心校:CO"],
      due: "2024-08-31",
    });
    expect(await db.prisma.plan.count()).toBe(2);
  });

  it("the same files again change nothing", async () => {
    expect(await importNoticeFile(db.prisma, docxFile, { regionId: await countyId("泗水县") })).toMatchObject({
      createdPlan: false,
      created: 0,
      updated: 0,
      deleted: 0,
    });
    expect(await importNoticeFile(db.prisma, RENCHENG, { regionId: await countyId("任城区") })).toMatchObject({
      createdPlan: false,
      created: 0,
      updated: 0,
      deleted: 0,
    });
  });
});
