// Milestones (工作节点) on the real database: coordinators add, edit, reorder and delete them
// (audited, optimistic lock; units and leaders refused, changing nothing); units mark them reached
// in their reports with a date and evidence, and approval confirms them in the same transaction;
// marks of another measure or by another unit are refused; states, colours and the dashboard's
// list as of a date; the API; and what re-importing the notice does to them.
// The tests in this file share one database and run in order.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getMilestones } from "@/app/api/v1/measures/[id]/milestones/route.ts";
import { GET as getPlan } from "@/app/api/v1/plans/[id]/route.ts";
import { measureMilestonesSchema, planStructureSchema } from "@/lib/api/contract.ts";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { createMilestone } from "@/lib/data/milestones/create-milestone.ts";
import { deleteMilestone } from "@/lib/data/milestones/delete-milestone.ts";
import { getMeasureTimeline } from "@/lib/data/milestones/get-measure-timeline.ts";
import { listMeasureMilestones } from "@/lib/data/milestones/list-measure-milestones.ts";
import { listMilestoneAgenda } from "@/lib/data/milestones/list-milestone-agenda.ts";
import { createMilestoneSchema, updateMilestoneSchema } from "@/lib/data/milestones/milestone-input.ts";
import { moveMilestone } from "@/lib/data/milestones/move-milestone.ts";
import { updateMilestone } from "@/lib/data/milestones/update-milestone.ts";
import { importPlan } from "@/lib/data/plans/import-plan.ts";
import { getReportForm } from "@/lib/data/reports/get-report-form.ts";
import { reportInputSchema, type ReportInput } from "@/lib/data/reports/report-input.ts";
import { approveReports, returnReport } from "@/lib/data/reports/review-reports.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import { computePlanStatus } from "@/lib/data/status/get-plan-status.ts";
import { setStatusOverride } from "@/lib/data/status/status-override.ts";
import { createToken } from "@/lib/data/tokens/create-token.ts";
import { fromDbDate } from "@/lib/domain/dates.ts";
import { parseNotice } from "@/lib/domain/notice/parse-notice.ts";
import { createTestDb, useAsAppDb, type TestDb } from "../helpers/test-db.ts";
import { createViewer, measureByNumbers, SEED_NOTICE_PATH, seedPlan, planOf } from "../helpers/factories.ts";

let db: TestDb;
let planId: number;
let coordinator: Viewer;
let admin: Viewer;
let leader: Viewer;
let party: Viewer; // 机关党委: leads task 2, co-owns task 1 measure 3
let hr: Viewer; // 人事科: leads task 1 measure 3
let finance: Viewer; // 财务科: owns neither
let t2: { id: number; unitIds: number[] }; // 6月底前完成全员轮训计划, due 2023-06-30
let t6: { id: number; unitIds: number[] }; // two milestones, due 2023-12-31
let t13: { id: number; unitIds: number[] }; // no milestones
const period = new Map<string, number>(); // "2023年6月" → id

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");
const seedText = readFileSync(SEED_NOTICE_PATH, "utf8");

const today = (date: string) => {
  process.env.DUBAN_TODAY = date;
};
const milestonesOf = (measureId: number) =>
  db.prisma.milestone.findMany({ where: { measureId }, orderBy: [{ position: "asc" }, { id: "asc" }] });
const titles = async (measureId: number) => (await milestonesOf(measureId)).map((m) => [m.position, m.title]);
function report(measureId: number, month: string, over: Partial<ReportInput> = {}): ReportInput {
  return reportInputSchema.parse({
    measureId,
    periodId: period.get(`2023年${month}`),
    version: null,
    percent: 50,
    progress: "按计划推进",
    ...over,
  });
}

/** Everything a milestone write could touch. */
async function fingerprint() {
  const p = db.prisma;
  const [milestones, marks, measures, audit] = await Promise.all([
    p.milestone.findMany({ orderBy: { id: "asc" } }),
    p.reportMilestone.findMany({ orderBy: [{ reportId: "asc" }, { milestoneId: "asc" }] }),
    p.measure.findMany({ orderBy: { id: "asc" }, select: { id: true, milestonesEditedAt: true } }),
    p.auditEvent.count(),
  ]);
  return JSON.stringify({
    milestones,
    marks,
    measures,
    audit,
    reports: await p.progressReport.count(),
    attachments: await p.attachment.count(),
  });
}

beforeAll(async () => {
  db = await createTestDb();
  useAsAppDb(db);
  today("2023-06-20");
  planId = await seedPlan(db.prisma);
  t2 = await measureByNumbers(db.prisma, planId, 2, 1);
  t6 = await measureByNumbers(db.prisma, planId, 6, 1);
  t13 = await measureByNumbers(db.prisma, planId, 1, 3);
  coordinator = await createViewer(db.prisma, "COORDINATOR");
  admin = await createViewer(db.prisma, "ADMIN");
  leader = await createViewer(db.prisma, "LEADER");
  party = await createViewer(db.prisma, "REPORTER", t2.unitIds[0]);
  hr = await createViewer(db.prisma, "REPORTER", t13.unitIds[0]);
  finance = await createViewer(db.prisma, "REPORTER", (await db.prisma.unit.findFirstOrThrow({ where: { name: "财务科" } })).id);
  for (const p of await db.prisma.reportingPeriod.findMany({ where: { planId } })) period.set(p.label, p.id);
});
afterAll(async () => {
  delete process.env.DUBAN_TODAY;
  await db?.drop();
});

describe("the seed plan's milestones", () => {
  it("are the notice's: task 2 one (30 June), task 6 measure 1 two, task 1 measure 3 none", async () => {
    expect((await milestonesOf(t2.id)).map((m) => [m.title, fromDbDate(m.dueOn), m.source])).toEqual([
      ["6月底前完成全员轮训计划", "2023-06-30", "NOTICE"],
    ]);
    expect(await titles(t6.id)).toEqual([
      [1, "2023年下半年举办五场艺术展演"],
      [2, "年底举办美育成果汇报展演"],
    ]);
    expect(await milestonesOf(t13.id)).toEqual([]);
  });
});

describe("coordinators manage milestones", () => {
  it("add one: placed among the others by due date, audited, and the measure becomes the coordinator's", async () => {
    const before = await db.prisma.auditEvent.count();
    const { id } = await createMilestone(
      coordinator,
      createMilestoneSchema.parse({ measureId: t6.id, title: "9月底前完成艺术节初赛", dueOn: "2023-09-30", plannedPercent: "40" }),
    );
    expect(await titles(t6.id)).toEqual([
      [1, "9月底前完成艺术节初赛"],
      [2, "2023年下半年举办五场艺术展演"],
      [3, "年底举办美育成果汇报展演"],
    ]);
    const created = await db.prisma.milestone.findUniqueOrThrow({ where: { id } });
    expect(created).toMatchObject({ source: "COORDINATOR", plannedPercent: 40, version: 1, deadlinePhrase: null });
    expect((await db.prisma.measure.findUniqueOrThrow({ where: { id: t6.id } })).milestonesEditedAt).not.toBeNull();
    const events = await db.prisma.auditEvent.findMany({ where: { id: { gt: before } } });
    expect(events).toEqual([
      expect.objectContaining({
        action: "milestone.create",
        entityType: "Milestone",
        entityId: String(id),
        measureId: t6.id,
        actorId: coordinator.id,
      }),
    ]);
  });

  it("refuses a due date after the measure's or before the plan's year, and bad fields, writing nothing", async () => {
    const before = await fingerprint();
    await expect(
      createMilestone(coordinator, createMilestoneSchema.parse({ measureId: t2.id, title: "x", dueOn: "2023-07-01", plannedPercent: "" })),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "工作节点的完成时限不能晚于措施的完成时限（2023年6月30日）。",
    });
    await expect(
      createMilestone(coordinator, createMilestoneSchema.parse({ measureId: t2.id, title: "x", dueOn: "2022-12-31" })),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      createMilestone(coordinator, createMilestoneSchema.parse({ measureId: 999_999, title: "x", dueOn: "2023-05-01" })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await fingerprint()).toBe(before);
    const bad = createMilestoneSchema.safeParse({ measureId: t2.id, title: "  ", dueOn: "2023-02-30", plannedPercent: "101" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["title", "请填写工作节点内容。"],
      ["dueOn", "请填写有效的完成时限（YYYY-MM-DD）。"],
      ["plannedPercent", "计划进度须为 0–100 之间的整数，不填表示不设。"],
    ]);
  });

  it("edit with the version read; a stale version is refused and changes nothing", async () => {
    const [first] = await milestonesOf(t6.id);
    const input = updateMilestoneSchema.parse({
      milestoneId: first.id,
      version: 1,
      title: "9月底前完成艺术节初赛和复赛",
      dueOn: "2023-09-30",
      plannedPercent: "45",
    });
    expect(await updateMilestone(coordinator, input)).toEqual({ version: 2 });
    const before = await fingerprint();
    await expect(updateMilestone(admin, { ...input, title: "覆盖" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("已被他人修改"),
    });
    expect(await fingerprint()).toBe(before);
    const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "milestone.update" } });
    expect(event).toMatchObject({
      measureId: t6.id,
      before: expect.objectContaining({ title: "9月底前完成艺术节初赛", plannedPercent: 40 }),
      after: expect.objectContaining({ plannedPercent: 45, version: 2 }),
    });
  });

  it("move up and down; the first cannot move up; positions stay 1…n", async () => {
    const [a, b] = await milestonesOf(t6.id);
    await moveMilestone(coordinator, { milestoneId: b.id, version: b.version, direction: "up" });
    expect((await titles(t6.id)).map(([p]) => p)).toEqual([1, 2, 3]);
    expect((await milestonesOf(t6.id)).map((m) => m.id).slice(0, 2)).toEqual([b.id, a.id]);
    await expect(moveMilestone(coordinator, { milestoneId: b.id, version: b.version + 1, direction: "up" })).rejects.toMatchObject({
      message: "该工作节点已在最前。",
    });
    await expect(moveMilestone(coordinator, { milestoneId: b.id, version: b.version, direction: "down" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await moveMilestone(coordinator, { milestoneId: b.id, version: b.version + 1, direction: "down" });
    expect((await milestonesOf(t6.id)).map((m) => m.id).slice(0, 2)).toEqual([a.id, b.id]);
  });

  it("delete with the version read; the others close up", async () => {
    const { id } = await createMilestone(
      coordinator,
      createMilestoneSchema.parse({ measureId: t6.id, title: "临时节点", dueOn: "2023-04-30" }),
    );
    expect((await titles(t6.id))[0]).toEqual([1, "临时节点"]);
    await expect(deleteMilestone(coordinator, { milestoneId: id, version: 2 })).rejects.toMatchObject({ code: "CONFLICT" });
    await deleteMilestone(coordinator, { milestoneId: id, version: 1 });
    expect((await titles(t6.id)).map(([p]) => p)).toEqual([1, 2, 3]);
    expect(await db.prisma.milestone.findUnique({ where: { id } })).toBeNull();
    expect(await db.prisma.auditEvent.findFirst({ where: { action: "milestone.delete", entityId: String(id) } })).toMatchObject({
      measureId: t6.id,
      after: null,
    });
    await expect(deleteMilestone(coordinator, { milestoneId: id, version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reporters (of any unit) and leaders cannot create, edit, move or delete, and nothing changes", async () => {
    const [target] = await milestonesOf(t2.id);
    const writes = [
      (v: Viewer) => createMilestone(v, createMilestoneSchema.parse({ measureId: t2.id, title: "单位自加", dueOn: "2023-05-31" })),
      (v: Viewer) =>
        updateMilestone(
          v,
          updateMilestoneSchema.parse({ milestoneId: target.id, version: target.version, title: "单位改", dueOn: "2023-06-30" }),
        ),
      (v: Viewer) => moveMilestone(v, { milestoneId: target.id, version: target.version, direction: "down" }),
      (v: Viewer) => deleteMilestone(v, { milestoneId: target.id, version: target.version }),
    ];
    const before = await fingerprint();
    for (const v of [party, finance, leader]) {
      for (const write of writes) await expect(write(v), v.name).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await fingerprint()).toBe(before);
  });
});

describe("units mark milestones in their reports; approval confirms them", () => {
  let t2Milestone: number;
  let reportId: number;

  beforeAll(async () => {
    t2Milestone = (await milestonesOf(t2.id))[0].id;
  });

  it("the report form offers the measure's milestones with their state", async () => {
    today("2023-06-20");
    const form = await getReportForm(party, t2.id, period.get("2023年6月")!);
    expect(form?.milestones.map((m) => [m.id, m.title, m.state])).toEqual([[t2Milestone, "6月底前完成全员轮训计划", "PENDING"]]);
    expect(form?.today).toBe("2023-06-20");
  });

  it("refuses a mark on another measure's milestone, a future date, a date before the plan's year — and writes nothing", async () => {
    const otherMeasure = (await milestonesOf(t6.id))[0].id;
    const before = await fingerprint();
    const cases: [ReportInput["milestones"], string][] = [
      [[{ milestoneId: otherMeasure, reachedOn: "2023-06-10" }], "所选工作节点不属于该措施。"],
      [[{ milestoneId: 2_000_000, reachedOn: "2023-06-10" }], "所选工作节点不属于该措施。"],
      [[{ milestoneId: t2Milestone, reachedOn: "2023-06-21" }], "完成日期不能晚于今天。"],
      [[{ milestoneId: t2Milestone, reachedOn: "2022-12-30" }], "完成日期不能早于 2023 年。"],
    ];
    for (const [milestones, message] of cases) {
      await expect(saveReport(party, report(t2.id, "6月", { milestones }), [{ name: "证明.pdf", bytes: PDF }])).rejects.toMatchObject({
        code: "INVALID_INPUT",
        message,
      });
    }
    expect(await fingerprint()).toBe(before);
  });

  it("refuses marks by a unit that does not own the measure (ids from the client are not trusted)", async () => {
    const before = await fingerprint();
    const marks = [{ milestoneId: t2Milestone, reachedOn: "2023-06-10" }];
    await expect(saveReport(finance, report(t2.id, "6月", { milestones: marks }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    // 人事科 on its own measure 1(3), naming task 2's milestone: not that measure's.
    await expect(saveReport(hr, report(t13.id, "6月", { milestones: marks }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "所选工作节点不属于该措施。",
    });
    expect(await fingerprint()).toBe(before);
  });

  it("submitting a mark needs evidence; a draft may wait for it", async () => {
    const marks = [{ milestoneId: t2Milestone, reachedOn: "2023-06-18" }];
    const before = await fingerprint();
    await expect(saveReport(party, report(t2.id, "6月", { milestones: marks, submit: true }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "标记工作节点完成时，请上传佐证材料后再提交。",
    });
    expect(await fingerprint()).toBe(before);
    const draft = await saveReport(party, report(t2.id, "6月", { milestones: marks }));
    reportId = draft.id;
    expect(await db.prisma.reportMilestone.findMany({ where: { reportId } })).toEqual([
      { reportId, milestoneId: t2Milestone, reachedOn: new Date("2023-06-18T00:00:00Z") },
    ]);
    const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: String(reportId), action: "report.create" } });
    expect(event.after).toMatchObject({ milestones: [{ milestoneId: t2Milestone, reachedOn: "2023-06-18" }] });
  });

  it("a save that leaves milestones out (an API client that does not know them) keeps the marks", async () => {
    // A May draft of its own, removed again at the end: the tests below count June's marks.
    const mark = { milestoneId: t2Milestone, reachedOn: "2023-05-18" };
    const may = await saveReport(party, report(t2.id, "5月", { milestones: [mark] }));
    const kept = await saveReport(party, report(t2.id, "5月", { version: may.version, progress: "接口更新" }));
    expect(await db.prisma.reportMilestone.count({ where: { reportId: may.id } })).toBe(1);
    // An empty list (the form with every box unticked) does clear them.
    await saveReport(party, report(t2.id, "5月", { version: kept.version, milestones: [] }));
    expect(await db.prisma.reportMilestone.count({ where: { reportId: may.id } })).toBe(0);
    await db.prisma.progressReport.delete({ where: { id: may.id } });
  });

  it("the bureau does not see a draft's marks; the unit does", async () => {
    const coordinatorView = await getMeasureTimeline(coordinator, t2.id, "2023-06-20");
    expect(coordinatorView?.milestones[0].marks).toEqual([]);
    const unitView = await getMeasureTimeline(party, t2.id, "2023-06-20");
    expect(unitView?.milestones[0].marks).toEqual([
      { reportId, unitName: "机关党委", periodLabel: "2023年6月", state: "DRAFT", reachedOn: "2023-06-18" },
    ]);
  });

  it("a returned report confirms nothing", async () => {
    const saved = await saveReport(
      party,
      report(t2.id, "6月", { version: 1, milestones: [{ milestoneId: t2Milestone, reachedOn: "2023-06-18" }], submit: true }),
      [{ name: "轮训签到表.pdf", bytes: PDF }],
    );
    expect(saved.state).toBe("SUBMITTED");
    await returnReport(coordinator, reportId, "请补充轮训名单");
    expect(await db.prisma.milestone.findUniqueOrThrow({ where: { id: t2Milestone } })).toMatchObject({
      confirmedAt: null,
      completedOn: null,
    });
    await saveReport(
      party,
      report(t2.id, "6月", { version: 3, milestones: [{ milestoneId: t2Milestone, reachedOn: "2023-06-19" }], submit: true }),
    );
  });

  it("approval confirms the marked milestone in the same transaction, with the unit's date and the report's files, audited", async () => {
    today("2023-07-10");
    const before = await db.prisma.auditEvent.count();
    expect(await approveReports(coordinator, [reportId])).toBe(1);
    const ms = await db.prisma.milestone.findUniqueOrThrow({ where: { id: t2Milestone } });
    expect(ms).toMatchObject({ confirmedReportId: reportId, version: 2 });
    expect(fromDbDate(ms.completedOn!)).toBe("2023-06-19");
    const events = await db.prisma.auditEvent.findMany({ where: { id: { gt: before } }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.measureId])).toEqual([
      ["milestone.confirm", t2.id],
      ["report.approve", t2.id],
    ]);
    const view = await listMeasureMilestones(leader, t2.id, "2023-07-10");
    expect(view.milestones[0]).toMatchObject({
      state: "DONE",
      completedOn: "2023-06-19",
      confirmation: { reportId, unit: { name: "机关党委" }, periodLabel: "2023年6月" },
      evidence: [expect.objectContaining({ fileName: "轮训签到表.pdf", mimeType: "application/pdf" })],
    });
  });

  it("as of a date before the approval it was not done: missed after 30 June, pending before", async () => {
    const missed = await listMeasureMilestones(leader, t2.id, "2023-07-09");
    expect(missed.milestones[0]).toMatchObject({ state: "MISSED", daysPastDue: 9, completedOn: null, confirmation: null, evidence: [] });
    expect((await listMeasureMilestones(leader, t2.id, "2023-06-30")).milestones[0].state).toBe("PENDING");
  });

  it("a later report marking a confirmed milestone changes nothing on approval", async () => {
    const july = await saveReport(
      party,
      report(t2.id, "7月", {
        percent: 100,
        milestones: [{ milestoneId: t2Milestone, reachedOn: "2023-07-01" }],
        submit: true,
        qualityExplanation: "7月集中完成全员轮训",
      }),
      [{ name: "总结.pdf", bytes: PDF }],
    );
    const before = await db.prisma.milestone.findUniqueOrThrow({ where: { id: t2Milestone } });
    await approveReports(coordinator, [july.id]);
    expect(await db.prisma.milestone.findUniqueOrThrow({ where: { id: t2Milestone } })).toEqual(before);
    expect(await db.prisma.auditEvent.count({ where: { action: "milestone.confirm", entityId: String(t2Milestone) } })).toBe(1);
  });
});

describe("milestones in the status and on the dashboard, as of a date", () => {
  let early: number;

  beforeAll(async () => {
    today("2023-06-20");
    // 1(3) has no milestones of its own: a coordinator adds one due 31 May with a planned 80 %.
    early = (
      await createMilestone(
        coordinator,
        createMilestoneSchema.parse({ measureId: t13.id, title: "5月底前印发总体方案", dueOn: "2023-05-31", plannedPercent: "80" }),
      )
    ).id;
  });

  const reasonsOf = async (measureId: number, asOf: string) =>
    (await computePlanStatus(db.prisma, planId, asOf)).measures.find((m) => m.id === measureId)!.status;

  it("a missed milestone is a reason in words, counted in days from its due date", async () => {
    expect((await reasonsOf(t13.id, "2023-06-07")).reasons).toContain("工作节点“5月底前印发总体方案”逾期 7 天");
    expect((await reasonsOf(t13.id, "2023-06-08")).reasons).toContain("工作节点“5月底前印发总体方案”逾期 8 天");
    expect((await reasonsOf(t13.id, "2023-05-31")).reasons.join()).not.toContain("工作节点");
    // Task 2's was confirmed on 10 July: a reason as of the 9th, none as of the 10th.
    expect((await reasonsOf(t2.id, "2023-07-09")).reasons).toContain("工作节点“6月底前完成全员轮训计划”逾期 9 天");
    expect((await reasonsOf(t2.id, "2023-07-10")).reasons.join()).not.toContain("工作节点");
  });

  it("a planned percent shapes 序时进度: 80 % on its due date instead of the straight line", async () => {
    // 1(3) runs from 30 March to 31 December; the straight line would give 22.5 % on 31 May.
    expect((await reasonsOf(t13.id, "2023-05-31")).expected).toBe(80);
    expect((await reasonsOf(t2.id, "2023-05-31")).expected).toBe(67.4); // no planned percent: straight (62 of 92 days)
  });

  it("the dashboard lists milestones due within 30 days and those missed", async () => {
    const agenda = await listMilestoneAgenda(leader, await planOf(leader, planId), "2023-06-20");
    expect(agenda?.dueSoon.map((i) => [i.title, i.daysLeft, i.measure.taskNumber, i.measure.leadUnit])).toEqual([
      ["6月底前完成全员轮训计划", 10, 2, "机关党委"],
    ]);
    expect(agenda?.missed.map((i) => [i.title, i.daysLeft, i.measure.leadUnit])).toEqual([["5月底前印发总体方案", -20, "人事科"]]);
    // On 10 July task 2's is done, 1(3)'s still missed; nothing is due before 9 August.
    const later = await listMilestoneAgenda(leader, await planOf(leader, planId), "2023-07-10");
    expect(later?.missed.map((i) => i.id)).toEqual([early]);
    expect(later?.dueSoon).toEqual([]);
    await expect(listMilestoneAgenda(null, await planOf(null, planId), "2023-07-10")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("the measure's timeline: start, milestones with states, reports by period, colour changes, as of the date", async () => {
    today("2023-07-12");
    await setStatusOverride(coordinator, { measureId: t2.id, colour: "YELLOW", reason: "轮训名单待补充" });
    const view = await getMeasureTimeline(leader, t2.id, "2023-07-12");
    const kinds = view!.timeline.map((e) => [e.kind, e.on]);
    expect(kinds[0]).toEqual(["start", "2023-03-30"]);
    expect(kinds).toContainEqual(["milestone", "2023-06-30"]);
    expect(kinds).toContainEqual(["due", "2023-06-30"]);
    expect(kinds).toContainEqual(["asOf", "2023-07-12"]);
    // The measure's months, and July for the report made after its due date.
    expect(view!.timeline.filter((e) => e.kind === "period").map((e) => e.kind === "period" && e.label)).toEqual([
      "2023年3月",
      "2023年4月",
      "2023年5月",
      "2023年6月",
      "2023年7月",
    ]);
    const june = view!.timeline.find((e) => e.kind === "period" && e.label === "2023年6月");
    expect(june).toMatchObject({ units: [{ name: "机关党委", role: "LEAD", state: "APPROVED", percent: 50 }] });
    expect(view!.timeline.find((e) => e.kind === "colour")).toMatchObject({
      on: "2023-07-12",
      change: { type: "override", colour: "YELLOW", reason: "轮训名单待补充" },
    });
    expect(view!.timeline.find((e) => e.kind === "milestone")).toMatchObject({ state: "DONE", completedOn: "2023-06-19" });
    expect(view!.canManage).toBe(false);
    // Earlier, the colour change had not happened and the milestone was missed.
    const before = await getMeasureTimeline(coordinator, t2.id, "2023-07-05");
    expect(before!.timeline.some((e) => e.kind === "colour")).toBe(false);
    expect(before!.timeline.find((e) => e.kind === "milestone")).toMatchObject({ state: "MISSED", daysPastDue: 5, completedOn: null });
    expect(before!.canManage).toBe(true);
  });
});

describe("API", () => {
  let token: string;
  const request = (path: string) => new Request(`http://127.0.0.1/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } });
  const params = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });

  beforeAll(async () => {
    token = (await createToken(finance, { name: "对接" })).token;
  });

  it("GET /measures/{id}/milestones: the milestones and their states, as of a date", async () => {
    today("2023-07-12");
    const res = await getMilestones(request(`/measures/${t2.id}/milestones?asOf=2023-07-09`), params(t2.id));
    expect(res.status).toBe(200);
    const body = measureMilestonesSchema.parse(await res.json());
    expect(body).toMatchObject({
      measureId: t2.id,
      asOf: "2023-07-09",
      milestones: [{ title: "6月底前完成全员轮训计划", dueOn: "2023-06-30", state: "MISSED", daysPastDue: 9 }],
    });
    const now = measureMilestonesSchema.parse(await (await getMilestones(request(`/measures/${t2.id}/milestones`), params(t2.id))).json());
    expect(now).toMatchObject({
      asOf: "2023-07-12",
      milestones: [{ state: "DONE", completedOn: "2023-06-19", evidence: [{ fileName: "轮训签到表.pdf" }] }],
    });
  });

  it("404 for an unknown measure, 400 for a bad date", async () => {
    expect((await getMilestones(request("/measures/999999/milestones"), params(999999))).status).toBe(404);
    const bad = await getMilestones(request(`/measures/${t2.id}/milestones?asOf=2023-13-01`), params(t2.id));
    expect(bad.status).toBe(400);
  });

  it("GET /plans/{id} carries each measure's milestones", async () => {
    const plan = planStructureSchema.parse(await (await getPlan(request(`/plans/${planId}`), params(planId))).json());
    const measures = plan.actions.flatMap((a) => a.tasks.flatMap((t) => t.measures));
    expect(measures.find((m) => m.id === t6.id)?.milestones.map((m) => m.title)).toEqual([
      "9月底前完成艺术节初赛和复赛",
      "2023年下半年举办五场艺术展演",
      "年底举办美育成果汇报展演",
    ]);
    expect(measures.find((m) => m.id === t2.id)?.milestones[0]).toMatchObject({
      state: "DONE",
      source: "NOTICE",
      deadlinePhrase: "6月底前",
    });
    expect(measures.reduce((n, m) => n + m.milestones.length, 0)).toBe(8);
  });
});

describe("re-importing the notice", () => {
  it("the same notice writes nothing", async () => {
    const before = await fingerprint();
    expect(await importPlan(db.prisma, parseNotice(seedText), seedText)).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    expect(await fingerprint()).toBe(before);
  });

  it("a corrected notice updates milestones no coordinator changed, in place, and leaves the coordinators' alone", async () => {
    // Task 2 (untouched by coordinators): 6月底前 → 7月底前, with its due date. Task 6 (edited): 年底 → 11月底.
    const corrected = seedText
      .replace("6月底前完成全员轮训计划", "7月底前完成全员轮训计划")
      .replace("年底举办美育成果汇报展演", "11月底举办美育成果汇报展演");
    const t2Before = await milestonesOf(t2.id);
    const t6Before = await milestonesOf(t6.id);
    await importPlan(db.prisma, parseNotice(corrected), corrected);
    const t2After = await milestonesOf(t2.id);
    expect(t2After.map((m) => [m.id, m.title, fromDbDate(m.dueOn), m.deadlinePhrase])).toEqual([
      [t2Before[0].id, "7月底前完成全员轮训计划", "2023-07-31", "7月底前"],
    ]);
    // Its confirmation and the report's mark stay with it.
    expect(t2After[0]).toMatchObject({ confirmedReportId: t2Before[0].confirmedReportId, completedOn: t2Before[0].completedOn });
    expect(await db.prisma.reportMilestone.count({ where: { milestoneId: t2Before[0].id } })).toBe(2);
    expect(await milestonesOf(t6.id)).toEqual(t6Before);
  });
});
