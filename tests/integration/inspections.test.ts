// 季巡查 on the real database: an inspection with its findings, each 不符合 one a published ledger
// entry for the measure's lead unit, all in one audited transaction; refusals write nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { getInspection } from "@/lib/data/inspections/get-inspection.ts";
import { inspectionFormSchema, recordInspectionSchema, type RecordInspectionInput } from "@/lib/data/inspections/inspection-input.ts";
import { listInspections } from "@/lib/data/inspections/list-inspections.ts";
import { recordInspection } from "@/lib/data/inspections/record-inspection.ts";
import { getProblem } from "@/lib/data/problems/get-problem.ts";
import { createTestDb, useAsAppDb, type TestDb } from "../helpers/test-db.ts";
import { createViewer, measureByNumbers, seedPlan, planOf } from "../helpers/factories.ts";

let db: TestDb;
let planId: number;
let m91: { id: number; unitIds: number[] }; // 发展规划科 leads
let m13: { id: number; unitIds: number[] }; // 人事科 leads, 机关党委 co-owns
let m81: { id: number; unitIds: number[] }; // 财务科
let coordinator: Viewer;
let reporter: Viewer; // 机关党委
let leader: Viewer;

function input(over: Partial<RecordInspectionInput> = {}): RecordInspectionInput {
  return recordInspectionSchema.parse({
    planId,
    year: 2023,
    quarter: 2,
    inspectedOn: "2023-06-02",
    notes: "第二季度重点项目巡查",
    findings: [
      { measureId: m91.id, level: "NONCONFORMING", notes: "3 个项目未按期开工" },
      { measureId: m13.id, level: "NONCONFORMING", notes: "交流轮岗名单未公示", dueOn: "2023-06-30" },
      { measureId: m81.id, level: "CONFORMS" },
    ],
    ...over,
  });
}

async function counts() {
  const p = db.prisma;
  return {
    inspections: await p.inspection.count(),
    findings: await p.inspectionFinding.count(),
    problems: await p.problem.count(),
    audit: await p.auditEvent.count(),
  };
}

beforeAll(async () => {
  process.env.DUBAN_TODAY = "2023-06-03";
  db = await createTestDb();
  useAsAppDb(db);
  planId = await seedPlan(db.prisma);
  m91 = await measureByNumbers(db.prisma, planId, 9, 1);
  m13 = await measureByNumbers(db.prisma, planId, 1, 3);
  m81 = await measureByNumbers(db.prisma, planId, 8, 1);
  coordinator = await createViewer(db.prisma, "COORDINATOR");
  reporter = await createViewer(db.prisma, "REPORTER", m13.unitIds[1]);
  leader = await createViewer(db.prisma, "LEADER");
});
afterAll(async () => {
  delete process.env.DUBAN_TODAY;
  await db?.drop();
});

describe("recording an inspection", () => {
  it("creates a published entry for the lead unit of each 不符合 finding, audited, in one go", async () => {
    const before = await counts();
    const recorded = await recordInspection(coordinator, input());
    expect(recorded.problemIds).toHaveLength(2);
    const after = await counts();
    expect(after).toEqual({
      inspections: before.inspections + 1,
      findings: before.findings + 3,
      problems: before.problems + 2,
      audit: before.audit + 3,
    });

    const problems = await db.prisma.problem.findMany({
      where: { id: { in: recorded.problemIds } },
      include: { sourceFinding: true },
      orderBy: { id: "asc" },
    });
    expect(problems[0]).toMatchObject({
      measureId: m91.id,
      unitId: m91.unitIds[0],
      source: "INSPECTION",
      state: "OPEN",
      description: "3 个项目未按期开工",
      responsiblePerson: "",
    });
    expect(problems[0].dueOn.toISOString().slice(0, 10)).toBe("2023-07-02"); // 30 days after the inspection
    expect(problems[0].publishedAt).not.toBeNull();
    expect(problems[0].sourceFinding).toMatchObject({ inspectionId: recorded.id, level: "NONCONFORMING" });
    expect(problems[1]).toMatchObject({ measureId: m13.id, unitId: m13.unitIds[0] }); // the lead unit, not the co-owner
    expect(problems[1].dueOn.toISOString().slice(0, 10)).toBe("2023-06-30");

    const events = await db.prisma.auditEvent.findMany({ where: { id: { gt: 0 } }, orderBy: { id: "desc" }, take: 3 });
    expect(events.map((e) => e.action).sort()).toEqual(["inspection.record", "problem.create", "problem.create"]);
    expect(
      events
        .filter((e) => e.action === "problem.create")
        .map((e) => e.measureId)
        .sort(),
    ).toEqual([m91.id, m13.id].sort());

    // Everyone signed in reads it and follows it into the ledger.
    const list = await listInspections(leader, await planOf(leader, planId));
    expect(list.rows[0]).toMatchObject({
      id: recorded.id,
      year: 2023,
      quarter: 2,
      findings: 3,
      problems: 2,
      levels: { CONFORMS: 1, MOSTLY_CONFORMS: 0, NONCONFORMING: 2 },
    });
    const detail = await getInspection(reporter, recorded.id);
    expect(detail?.findings.map((f) => f.level)).toEqual(["NONCONFORMING", "CONFORMS", "NONCONFORMING"]); // plan order: task 1, 8, 9
    expect(detail?.findings[0].problem).toMatchObject({ id: problems[1].id, state: "OPEN" });
    expect((await getProblem(reporter, problems[0].id))?.sourceLabel).toMatchObject({
      kind: "INSPECTION",
      inspectionId: recorded.id,
      quarter: 2,
    });
    // The lead unit hears of its new entry at once; the co-owning unit (the reporter's) does not.
    const lead = await createViewer(db.prisma, "REPORTER", m13.unitIds[0]);
    await db.prisma.notification.deleteMany({ where: { userId: lead.id } });
    const again = await recordInspection(coordinator, input());
    const told = await db.prisma.notification.findMany({ where: { userId: lead.id } });
    expect(told).toEqual([expect.objectContaining({ kind: "PROBLEM_ASSIGNED", href: `/problems/${again.problemIds[1]}` })]);
    expect(await db.prisma.notification.count({ where: { userId: reporter.id, kind: "PROBLEM_ASSIGNED" } })).toBe(0);
  });

  it("refuses anyone but the bureau, and bad findings or dates, writing nothing", async () => {
    const before = await counts();
    await expect(recordInspection(reporter, input())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(recordInspection(leader, input())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      recordInspection(coordinator, input({ findings: [{ measureId: m91.id, level: "NONCONFORMING", notes: "" }] })),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "任务9 措施1：不符合的巡查结果须写明发现的问题。",
    });
    await expect(recordInspection(coordinator, input({ inspectedOn: "2023-03-31" }))).rejects.toMatchObject({
      message: "巡查日期不能早于所巡查季度的第一天。",
    });
    await expect(recordInspection(coordinator, input({ inspectedOn: "2023-06-04" }))).rejects.toMatchObject({
      message: "巡查日期不能晚于今天。",
    });
    await expect(recordInspection(coordinator, input({ year: 2022, quarter: 4 }))).rejects.toMatchObject({
      message: expect.stringContaining("2023年"),
    });
    await expect(
      recordInspection(coordinator, input({ findings: [{ measureId: 2_000_000, level: "CONFORMS", notes: "" }] })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(recordInspection(coordinator, input({ inspectedOn: "2023-04-02" }))).rejects.toMatchObject({
      message: expect.stringContaining("整改时限不能早于今天"),
    });
    expect(await counts()).toEqual(before);
  });

  it("reads the form's fields: visited measures only, blank dates as the default", () => {
    const parsed = inspectionFormSchema.parse({
      planId: String(planId),
      year: "2023",
      quarter: "2",
      inspectedOn: "2023-06-02",
      notes: "",
      defaultDueOn: "",
      [`level_${m91.id}`]: "NONCONFORMING",
      [`notes_${m91.id}`]: " 未开工 ",
      [`due_${m91.id}`]: "",
      [`level_${m13.id}`]: "",
      [`notes_${m13.id}`]: "未巡查的措施",
    });
    expect(parsed).toEqual({
      planId,
      year: 2023,
      quarter: 2,
      inspectedOn: "2023-06-02",
      notes: "",
      findings: [{ measureId: m91.id, level: "NONCONFORMING", notes: "未开工" }],
    });
    expect(
      inspectionFormSchema.safeParse({ planId: String(planId), year: "2023", quarter: "2", inspectedOn: "2023-06-02" }).error?.issues[0]
        .message,
    ).toBe("请至少记录一项措施的巡查结果。");
  });
});
