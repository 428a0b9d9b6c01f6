// 延期申请 on the database: a unit asks for a later due date, a coordinator decides; an approved
// extension moves expected progress and colours from the day it was approved (as-of dates before
// it keep the notice's date), the original date stays returned beside the new one; a rejection
// changes nothing; requests are private to their unit and the bureau; decisions are all-or-nothing
// and detect each other; a ledger entry's approved extension moves Problem.dueOn; the month's
// bulletin lists the extensions granted in it.
import ExcelJS from "exceljs";
import { getChaseOptions } from "@/lib/data/chases/get-chase-options.ts";
import { getMeasureTimeline } from "@/lib/data/milestones/get-measure-timeline.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { issueBulletin } from "@/lib/data/bulletins/issue-bulletin.ts";
import { getBulletin } from "@/lib/data/bulletins/get-bulletin.ts";
import { decideExtension } from "@/lib/data/extensions/decide-extension.ts";
import { extensionDecisionSchema, extensionRequestSchema } from "@/lib/data/extensions/extension-input.ts";
import { getExtensionTarget } from "@/lib/data/extensions/get-extension-target.ts";
import { getMeasureExtensions } from "@/lib/data/extensions/get-measure-extensions.ts";
import { listExtensionRequests } from "@/lib/data/extensions/list-extension-requests.ts";
import { requestExtension } from "@/lib/data/extensions/request-extension.ts";
import { reportInputSchema } from "@/lib/data/reports/report-input.ts";
import { approveReports } from "@/lib/data/reports/review-reports.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import { getPlanStatus, getPlanStatusWithHistory } from "@/lib/data/status/get-plan-status.ts";
import { getStatusForApi } from "@/lib/data/status/get-status-for-api.ts";
import { ledgerFile } from "@/lib/data/status/ledger-file.ts";
import { toDbDate } from "@/lib/domain/dates.ts";
import { createTestDb, useAsAppDb, type TestDb } from "../helpers/test-db.ts";
import { createViewer, measureByNumbers, seedPlan, planOf } from "../helpers/factories.ts";

let db: TestDb;
let planId: number;
/** Task 2 measure 1: 机关党委 alone, due 30 June (6月底前). */
let june: { id: number; unitIds: number[] };
/** Task 1 measure 3: 人事科 leads, 机关党委 co-owns; due 31 December. */
let shared: { id: number; unitIds: number[] };
/** Task 14 measure 1: 教师教育科 alone; its due date is set to 30 June here, for the owed-reports case. */
let teachers: { id: number; unitIds: number[] };
let coordinator: Viewer;
let coordinator2: Viewer;
let leader: Viewer;
let party: Viewer; // 机关党委's reporter
let personnel: Viewer; // 人事科's reporter
let teacherUnit: Viewer; // 教师教育科's reporter
let outsider: Viewer; // a unit that owns none of these
let periods: { id: number; label: string }[];

const on = (date: string) => {
  process.env.DUBAN_TODAY = date;
};
const ask = (viewer: Viewer, input: Record<string, unknown>) => requestExtension(viewer, extensionRequestSchema.parse(input));
const decide = (viewer: Viewer, input: Record<string, unknown>) => decideExtension(viewer, extensionDecisionSchema.parse(input));
const versionOf = async (id: number) => (await db.prisma.extensionRequest.findUniqueOrThrow({ where: { id } })).version;
const statusOf = async (measureId: number, asOf: string) =>
  (await getPlanStatus(leader, await planOf(leader, planId), asOf)).measures.find((m) => m.id === measureId)!;

async function fileAndApprove(reporter: Viewer, measureId: number, period: string, percent: number, date: string) {
  on(date);
  const periodId = periods.find((p) => p.label === period)!.id;
  const saved = await saveReport(
    reporter,
    reportInputSchema.parse({ measureId, periodId, percent, progress: `${period}进展`, submit: true }),
  );
  await approveReports(coordinator, [saved.id]);
}

beforeAll(async () => {
  db = await createTestDb();
  useAsAppDb(db);
  planId = await seedPlan(db.prisma);
  june = await measureByNumbers(db.prisma, planId, 2, 1);
  shared = await measureByNumbers(db.prisma, planId, 1, 3);
  teachers = await measureByNumbers(db.prisma, planId, 14, 1);
  await db.prisma.measure.update({ where: { id: teachers.id }, data: { dueDate: toDbDate("2023-06-30") } });
  coordinator = await createViewer(db.prisma, "COORDINATOR");
  coordinator2 = await createViewer(db.prisma, "COORDINATOR");
  leader = await createViewer(db.prisma, "LEADER");
  party = await createViewer(db.prisma, "REPORTER", june.unitIds[0]);
  personnel = await createViewer(db.prisma, "REPORTER", shared.unitIds[0]);
  teacherUnit = await createViewer(db.prisma, "REPORTER", teachers.unitIds[0]);
  const other = await db.prisma.unit.findFirstOrThrow({
    where: { id: { notIn: [...june.unitIds, ...shared.unitIds, ...teachers.unitIds] } },
  });
  outsider = await createViewer(db.prisma, "REPORTER", other.id);
  periods = await db.prisma.reportingPeriod.findMany({
    where: { planId },
    orderBy: { startsOn: "asc" },
    select: { id: true, label: true },
  });
  expect(shared.unitIds).toContain(june.unitIds[0]); // 机关党委 co-owns task 1 measure 3
});
afterAll(async () => {
  delete process.env.DUBAN_TODAY;
  await db?.drop();
});

describe("asking for an extension", () => {
  it("needs a date later than the due date in force, and not in the past", async () => {
    on("2023-05-08");
    await expect(ask(party, { measureId: june.id, requestedDueOn: "2023-06-30", reason: "场地未落实" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "申请的完成时限须晚于当前完成时限（2023年6月30日）。",
    });
    on("2023-07-20");
    await expect(ask(party, { measureId: june.id, requestedDueOn: "2023-07-10", reason: "场地未落实" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "申请的完成时限不能早于今天（2023年7月20日）。",
    });
    expect(await db.prisma.extensionRequest.count()).toBe(0);
  });

  it("is for a unit's reporter, on a measure that unit owns", async () => {
    on("2023-05-08");
    const input = { measureId: june.id, requestedDueOn: "2023-08-31", reason: "场地未落实" };
    for (const who of [coordinator, leader]) await expect(ask(who, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Another unit's measure is simply not found: the id from the form is not trusted.
    await expect(ask(outsider, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getExtensionTarget(outsider, { measureId: june.id })).toBeNull();
    expect(await db.prisma.extensionRequest.count()).toBe(0);
    expect(await db.prisma.auditEvent.count({ where: { action: "extension.request" } })).toBe(0);
  });

  it("is one pending request per item and unit; a co-owning unit may have its own", async () => {
    on("2023-05-08");
    const first = await ask(personnel, { measureId: shared.id, requestedDueOn: "2024-03-31", reason: "经费下半年才到位" });
    await expect(ask(personnel, { measureId: shared.id, requestedDueOn: "2024-06-30", reason: "再延" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "本单位已有一份待审批的延期申请（申请延期至 2024年3月31日），请等待审批结果。",
    });
    const second = await ask(party, { measureId: shared.id, requestedDueOn: "2024-01-31", reason: "配合工作延后" });
    expect(second.id).not.toBe(first.id);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "extension.request", entityId: String(first.id) } });
    expect(audit).toMatchObject({ measureId: shared.id, actorId: personnel.id });
    // The bureau is told of each request; the requesting units and leaders are not.
    const told = await db.prisma.notification.findMany({
      where: { kind: "EXTENSION_REQUESTED", userId: coordinator.id },
      orderBy: { id: "asc" },
    });
    expect(told).toHaveLength(2);
    expect(told[0]).toMatchObject({ href: "/extensions", title: expect.stringContaining("申请延期：任务") });
    expect(told[0].body).toContain("理由：经费下半年才到位");
    expect(
      await db.prisma.notification.count({ where: { kind: "EXTENSION_REQUESTED", userId: { in: [personnel.id, party.id, leader.id] } } }),
    ).toBe(0);
  });

  it("sent twice at once creates one request", async () => {
    on("2023-05-08");
    const input = { measureId: june.id, requestedDueOn: "2023-08-31", reason: "场地未落实" };
    const results = await Promise.allSettled([ask(party, input), ask(party, input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await db.prisma.extensionRequest.count({ where: { measureId: june.id, state: "PENDING" } })).toBe(1);
  });
});

describe("who sees and decides", () => {
  it("a unit sees only its own requests; the bureau sees the pending queue; leaders none", async () => {
    const mine = await listExtensionRequests(personnel);
    expect(mine.canDecide).toBe(false);
    expect([...mine.pending, ...mine.decided].every((r) => r.unit.id === personnel.unitId)).toBe(true);
    expect(mine.pending).toHaveLength(1);
    expect((await listExtensionRequests(outsider)).pending).toEqual([]);
    expect((await getMeasureExtensions(outsider, shared.id))!.requests).toEqual([]);
    // 人事科 sees its own request on the shared measure, not 机关党委's.
    expect((await getMeasureExtensions(personnel, shared.id))!.requests.map((r) => r.unit.id)).toEqual([personnel.unitId]);
    await expect(listExtensionRequests(leader)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getMeasureExtensions(leader, shared.id)).toBeNull();

    const queue = await listExtensionRequests(coordinator);
    expect(queue.canDecide).toBe(true);
    expect(queue.pending.map((r) => r.measure.id)).toEqual([shared.id, shared.id, june.id]); // first come, first listed
    expect(queue.pending[2]).toMatchObject({
      kind: "MEASURE",
      originalDueOn: "2023-06-30",
      currentDueOn: "2023-06-30",
      requestedDueOn: "2023-08-31",
      requestedBy: party.name,
    });
  });

  it("reporters and leaders cannot decide, not even their own unit's request", async () => {
    const [request] = (await listExtensionRequests(party)).pending.filter((r) => r.measure.id === june.id);
    for (const who of [party, outsider, leader]) {
      await expect(decide(who, { id: request.id, version: request.version, decision: "approve" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(await db.prisma.extensionRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      state: "PENDING",
      version: 1,
    });
  });
});

describe("an approved extension", () => {
  it("before approval, the measure runs to the notice's date", async () => {
    await fileAndApprove(party, june.id, "2023年3月", 10, "2023-04-03");
    await fileAndApprove(party, june.id, "2023年4月", 40, "2023-05-04");
    const may20 = await statusOf(june.id, "2023-05-20");
    // 30 March – 30 June: on 20 May 51 of 92 days have passed.
    expect(may20).toMatchObject({ dueDate: "2023-06-30", originalDueDate: "2023-06-30" });
    expect(may20.status).toMatchObject({ colour: "YELLOW", expected: 55.4, gap: 15.4 });
  });

  it("moves expected progress and colour from its approval on, keeps the original date, writes audit and notification", async () => {
    const request = (await listExtensionRequests(coordinator)).pending.find((r) => r.measure.id === june.id)!;
    on("2023-05-10");
    await expect(
      decide(coordinator, { id: request.id, version: request.version, decision: "approve", comment: "同意，请加快推进" }),
    ).resolves.toEqual({ state: "APPROVED" });

    const may20 = await statusOf(june.id, "2023-05-20");
    // 30 March – 31 August: 51 of 154 days.
    expect(may20).toMatchObject({ dueDate: "2023-08-31", originalDueDate: "2023-06-30" });
    expect(may20.status).toMatchObject({ colour: "BLUE", expected: 33.1, gap: -6.9 });
    expect(may20.status.reasons).toContain("完成时限经批准由6月30日延期至8月31日");

    // As of a day before the decision, the notice's date still applies.
    const may9 = await statusOf(june.id, "2023-05-09");
    expect(may9).toMatchObject({ dueDate: "2023-06-30", originalDueDate: "2023-06-30" });
    expect(may9.status.expected).toBe(43.5);

    const api = await getStatusForApi(leader, { planId, asOf: "2023-05-20" });
    expect(api.measures.find((m) => m.id === june.id)).toMatchObject({
      dueDate: "2023-08-31",
      originalDueDate: "2023-06-30",
      colour: "BLUE",
      expected: 33.1,
    });
    expect(api.measures.find((m) => m.id === shared.id)).toMatchObject({ dueDate: "2023-12-31", originalDueDate: "2023-12-31" });

    // The ledger export: 完成时限 is the date in force, with the notice's beside it.
    const ledger = new ExcelJS.Workbook();
    const file = await ledgerFile(leader, await planOf(leader, planId), "2023-05-20");
    expect(file).toMatchObject({ name: "重点任务台账（截至2023年5月20日）.xlsx", asciiName: "ledger-2023-05-20.xlsx" });
    await ledger.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = ledger.worksheets[0];
    const row = sheet.getRows(3, sheet.rowCount - 2)!.find((r) => String(r.getCell(2).value).startsWith("任务2（措施1）"))!;
    expect(sheet.getRow(2).getCell(5).value).toBe("完成时限");
    expect(row.getCell(5).value).toBe("2023年8月31日（延期，原定2023年6月30日）");

    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "extension.approve", entityId: String(request.id) } });
    expect(audit).toMatchObject({
      measureId: june.id,
      actorId: coordinator.id,
      after: expect.objectContaining({ state: "APPROVED", requestedDueOn: "2023-08-31" }),
    });
    const notes = await db.prisma.notification.findMany({ where: { kind: "EXTENSION_DECIDED" } });
    expect(notes.map((n) => n.userId)).toEqual([party.id]);
    expect(notes[0]).toMatchObject({ title: "延期申请已批准：任务2 措施1", href: "/extensions" });
    expect(notes[0].body).toContain("审批意见：同意，请加快推进");
    expect(await db.prisma.extensionRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      state: "APPROVED",
      version: 2,
      decidedById: coordinator.id,
    });
  });

  it("past the extended date, the reason names both dates", async () => {
    const sept = await statusOf(june.id, "2023-09-05");
    expect(sept.status.colour).toBe("RED");
    expect(sept.status.reasons).toContain("已超过延期后的完成时限（8月31日，原定6月30日）5 天仍未完成");
  });

  it("a decided request cannot be decided again", async () => {
    const request = (await listExtensionRequests(coordinator)).decided[0];
    await expect(
      decide(coordinator, { id: request.id, version: request.version, decision: "reject", comment: "撤回" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "该申请已批准，不能再次审批。",
    });
  });
});

describe("deciding", () => {
  it("with a stale version is refused", async () => {
    const request = (await listExtensionRequests(coordinator)).pending.find((r) => r.unit.id === personnel.unitId)!;
    await expect(decide(coordinator, { id: request.id, version: request.version + 1, decision: "approve" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await versionOf(request.id)).toBe(1);
  });

  it("twice at once: one decision wins, the other is told", async () => {
    on("2023-06-01");
    const task15 = await measureByNumbers(db.prisma, planId, 15, 1); // 教师教育科's too
    const { id } = await ask(teacherUnit, { measureId: task15.id, requestedDueOn: "2024-01-31", reason: "培训平台升级" });
    const results = await Promise.allSettled([
      decide(coordinator, { id, version: 1, decision: "approve" }),
      decide(coordinator2, { id, version: 1, decision: "reject", comment: "不同意" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await versionOf(id)).toBe(2);
    expect(
      await db.prisma.auditEvent.count({
        where: { entityType: "ExtensionRequest", entityId: String(id), action: { not: "extension.request" } },
      }),
    ).toBe(1);
    expect(await db.prisma.notification.count({ where: { kind: "EXTENSION_DECIDED", userId: teacherUnit.id } })).toBe(1);
  });

  it("a request that would move the due date back is refused once another extension moved it further", async () => {
    const pending = (await listExtensionRequests(coordinator)).pending.filter((r) => r.measure.id === shared.id);
    const personnels = pending.find((r) => r.unit.id === personnel.unitId)!; // to 31 March 2024
    const partys = pending.find((r) => r.unit.id === party.unitId)!; // to 31 January 2024
    on("2023-06-01");
    await decide(coordinator, { id: personnels.id, version: personnels.version, decision: "approve" });
    await expect(decide(coordinator, { id: partys.id, version: partys.version, decision: "approve" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "该事项的完成时限已调整为 2024年3月31日，不晚于此日期的申请不能批准，请驳回。",
    });
    expect(await versionOf(partys.id)).toBe(1);
    expect((await statusOf(shared.id, "2023-06-20")).dueDate).toBe("2024-03-31");
  });

  it("a rejection needs a comment, and changes nothing but the request", async () => {
    const request = (await listExtensionRequests(coordinator)).pending.find((r) => r.measure.id === shared.id)!;
    expect(() => extensionDecisionSchema.parse({ id: request.id, version: request.version, decision: "reject", comment: " " })).toThrow(
      "驳回时请填写审批意见。",
    );
    const before = await statusOf(shared.id, "2023-06-20");
    on("2023-06-02");
    await decide(coordinator, { id: request.id, version: request.version, decision: "reject", comment: "请按原计划推进" });
    const after = await statusOf(shared.id, "2023-06-20");
    expect({ dueDate: after.dueDate, expected: after.status.expected, colour: after.status.colour }).toEqual({
      dueDate: before.dueDate,
      expected: before.status.expected,
      colour: before.status.colour,
    });
    const note = await db.prisma.notification.findFirstOrThrow({
      where: { kind: "EXTENSION_DECIDED", userId: party.id },
      orderBy: { id: "desc" },
    });
    expect(note.title).toBe("延期申请未获批准：任务1 措施3");
    expect(await db.prisma.extensionRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      state: "REJECTED",
      comment: "请按原计划推进",
    });
  });
});

describe("reports owed after the notice's due date", () => {
  it("are owed only from the approval of the extension that covers them", async () => {
    // 教师教育科's measure (due 30 June here) files March–June; July is owed only once extended.
    for (const [period, date] of [
      ["2023年3月", "2023-04-03"],
      ["2023年4月", "2023-05-04"],
      ["2023年5月", "2023-06-04"],
      ["2023年6月", "2023-07-04"],
    ] as const) {
      await fileAndApprove(teacherUnit, teachers.id, period, 50, date);
    }
    on("2023-08-01");
    const { id } = await ask(teacherUnit, { measureId: teachers.id, requestedDueOn: "2023-09-30", reason: "暑期培训顺延" });
    on("2023-08-08");
    await decide(coordinator, { id, version: 1, decision: "approve" });

    // On 7 August the measure was past its due date; July's report (due 5 August) was not owed.
    const aug7 = await statusOf(teachers.id, "2023-08-07");
    expect(aug7.dueDate).toBe("2023-06-30");
    expect(aug7.status.reasons).toContain("已超过完成时限（6月30日）38 天仍未完成");
    expect(aug7.status.reasons.some((r) => r.includes("7月进展逾期未报"))).toBe(false);
    // From the approval on, the unit reports until 30 September, so July's report is owed.
    const aug10 = await statusOf(teachers.id, "2023-08-10");
    expect(aug10.dueDate).toBe("2023-09-30");
    expect(aug10.status.reasons).toContain("教师教育科7月进展逾期未报 5 天");
    expect(aug10.status.reasons.some((r) => r.startsWith("已超过"))).toBe(false);

    // The same, read in one go for several dates (the dashboard's trend).
    const both = await getPlanStatusWithHistory(leader, await planOf(leader, planId), "2023-08-10", ["2023-08-07"]);
    const earlier = both.earlier[0].measures.find((m) => m.id === teachers.id)!;
    expect(earlier.dueDate).toBe("2023-06-30");
    expect(earlier.status.reasons).toEqual(aug7.status.reasons);
    expect(both.status.measures.find((m) => m.id === teachers.id)!.status.reasons).toEqual(aug10.status.reasons);

    // The measure's timeline puts its due date where it was in force on the date asked for.
    const dueOn = async (asOf: string) =>
      (await getMeasureTimeline(coordinator, teachers.id, asOf))!.timeline.find((e) => e.kind === "due")?.on;
    expect(await dueOn("2023-08-07")).toBe("2023-06-30");
    expect(await dueOn("2023-08-10")).toBe("2023-09-30");

    // And the bureau can chase the unit about the months the extension added.
    on("2023-08-10");
    expect((await getChaseOptions(coordinator, teachers.id))!.periods.map((p) => p.label).slice(0, 2)).toEqual(["2023年8月", "2023年7月"]);
  });
});

describe("a ledger entry's extension", () => {
  async function problem(unitId: number, published: boolean, state: "OPEN" | "RESOLVED" = "OPEN") {
    return db.prisma.problem.create({
      data: {
        planId,
        measureId: june.id,
        unitId,
        responsiblePerson: "张三",
        description: "党建阵地建设进度滞后",
        dueOn: toDbDate("2023-06-15"),
        originalDueOn: toDbDate("2023-06-15"),
        source: "DIRECT",
        state,
        publishedAt: published ? new Date() : null,
        createdById: coordinator.id,
      },
    });
  }

  it("is asked for on a published, open entry of the unit's own", async () => {
    on("2023-06-05");
    const draft = await problem(party.unitId!, false);
    const resolved = await problem(party.unitId!, true, "RESOLVED");
    const others = await problem(outsider.unitId!, true);
    const input = (problemId: number) => ({ problemId, requestedDueOn: "2023-07-15", reason: "施工延期" });
    await expect(ask(party, input(draft.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(ask(party, input(others.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(ask(party, input(resolved.id))).rejects.toMatchObject({ code: "CONFLICT", message: "该问题已销号，无需延期。" });
    expect(await db.prisma.extensionRequest.count({ where: { problemId: { not: null } } })).toBe(0);
  });

  it("is not granted once the entry was closed out meanwhile", async () => {
    on("2023-06-05");
    const entry = await problem(party.unitId!, true);
    const { id } = await ask(party, { problemId: entry.id, requestedDueOn: "2023-07-20", reason: "施工延期" });
    await db.prisma.problem.update({ where: { id: entry.id }, data: { state: "RESOLVED", resolvedAt: new Date() } });
    await expect(decide(coordinator, { id, version: 1, decision: "approve" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "该问题已销号，无需延期。",
    });
    expect((await db.prisma.problem.findUniqueOrThrow({ where: { id: entry.id } })).dueOn).toEqual(toDbDate("2023-06-15"));
  });

  it("approved, moves Problem.dueOn in the same transaction and keeps originalDueOn", async () => {
    on("2023-06-05");
    const entry = await problem(party.unitId!, true);
    const { id } = await ask(party, { problemId: entry.id, requestedDueOn: "2023-07-15", reason: "施工延期" });
    const row = (await listExtensionRequests(coordinator)).pending.find((r) => r.id === id)!;
    expect(row).toMatchObject({
      kind: "PROBLEM",
      problem: { id: entry.id },
      measure: { id: june.id },
      originalDueOn: "2023-06-15",
      currentDueOn: "2023-06-15",
    });
    // The outsider unit can neither see it nor act on it.
    expect((await listExtensionRequests(outsider)).pending.some((r) => r.id === id)).toBe(false);
    await expect(decide(outsider, { id, version: 1, decision: "approve" })).rejects.toMatchObject({ code: "FORBIDDEN" });

    on("2023-06-06");
    await decide(coordinator, { id, version: 1, decision: "approve" });
    const after = await db.prisma.problem.findUniqueOrThrow({ where: { id: entry.id } });
    expect(after).toMatchObject({ dueOn: toDbDate("2023-07-15"), originalDueOn: toDbDate("2023-06-15"), version: entry.version + 1 });
    expect(await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "extension.approve", entityId: String(id) } })).toMatchObject({
      measureId: june.id,
    });
    // The entry's own history shows the move.
    expect(
      await db.prisma.auditEvent.findFirstOrThrow({
        where: { entityType: "Problem", entityId: String(entry.id), action: "problem.extend" },
      }),
    ).toMatchObject({
      measureId: june.id,
      before: { dueOn: "2023-06-15" },
      after: { dueOn: "2023-07-15" },
    });
    // The next request on it starts from the new date.
    await expect(ask(party, { problemId: entry.id, requestedDueOn: "2023-07-10", reason: "再延" })).rejects.toMatchObject({
      message: "申请的完成时限须晚于当前完成时限（2023年7月15日）。",
    });
  });
});

describe("the monthly bulletin", () => {
  it("lists the extensions granted in its month, with the original and new dates", async () => {
    on("2023-06-08");
    const may = periods.find((p) => p.label === "2023年5月")!;
    const { id } = await issueBulletin(coordinator, may.id);
    const snapshot = (await getBulletin(leader, id))!.snapshot;
    // Only May's approval (10 May); the ones of June are June's.
    expect(snapshot.extensions).toEqual([
      {
        kind: "MEASURE",
        task: 2,
        number: 1,
        taskTitle: expect.any(String),
        problem: null,
        unit: "机关党委",
        originalDueOn: "2023-06-30",
        dueOn: "2023-08-31",
        approvedOn: "2023-05-10",
      },
    ]);
  });
});
