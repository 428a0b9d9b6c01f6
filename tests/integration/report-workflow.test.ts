// The reporting workflow on the real database: drafts, optimistic locking, double submits,
// evidence files, ownership, review — and that every refused step changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { reportInputSchema, type ReportInput } from "@/lib/data/reports/report-input.ts";
import { approveReports, returnReport } from "@/lib/data/reports/review-reports.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import { MAX_EVIDENCE_BYTES } from "@/lib/domain/evidence-type.ts";
import { createTestDb, useAsAppDb, type TestDb } from "../helpers/test-db.ts";
import { createViewer, measureByNumbers, seedPlan } from "../helpers/factories.ts";

let db: TestDb;
let lead: Viewer; // 人事科, leads task 1 measure 3
let leadColleague: Viewer; // another 人事科 reporter
let coOwner: Viewer; // 机关党委, co-owns it
let outsider: Viewer; // 财务科, does not own it
let coordinator: Viewer;
let leader: Viewer;
let admin: Viewer;
let measure: { id: number; unitIds: number[]; indicatorIds: number[] };
let periods: { id: number }[];

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");

function input(over: Partial<ReportInput> & { periodId?: number } = {}): ReportInput {
  return reportInputSchema.parse({ measureId: measure.id, periodId: periods[0].id, version: null, ...over });
}

async function rowCounts() {
  const p = db.prisma;
  return {
    reports: await p.progressReport.count(),
    attachments: await p.attachment.count(),
    actuals: await p.indicatorActual.count(),
    audit: await p.auditEvent.count(),
  };
}

beforeAll(async () => {
  db = await createTestDb();
  useAsAppDb(db);
  const planId = await seedPlan(db.prisma);
  measure = await measureByNumbers(db.prisma, planId, 1, 3);
  const finance = await db.prisma.unit.findFirstOrThrow({ where: { name: "财务科" } });
  lead = await createViewer(db.prisma, "REPORTER", measure.unitIds[0]);
  leadColleague = await createViewer(db.prisma, "REPORTER", measure.unitIds[0]);
  coOwner = await createViewer(db.prisma, "REPORTER", measure.unitIds[1]);
  outsider = await createViewer(db.prisma, "REPORTER", finance.id);
  coordinator = await createViewer(db.prisma, "COORDINATOR");
  leader = await createViewer(db.prisma, "LEADER");
  admin = await createViewer(db.prisma, "ADMIN");
  periods = await db.prisma.reportingPeriod.findMany({ where: { planId }, orderBy: { startsOn: "asc" }, select: { id: true } });
});
afterAll(async () => db?.drop());

describe("a unit's draft", () => {
  it("is created at version 1 with an audit event in the same transaction", async () => {
    const before = await rowCounts();
    const saved = await saveReport(lead, input({ percent: 20, progress: "已起草方案" }), [{ name: "方案.pdf", bytes: PDF }]);
    expect(saved).toMatchObject({ version: 1, state: "DRAFT" });
    const report = await db.prisma.progressReport.findUniqueOrThrow({ where: { id: saved.id }, include: { attachments: true } });
    expect(report).toMatchObject({ unitId: lead.unitId, percent: 20, progress: "已起草方案", createdById: lead.id });
    expect(report.attachments).toHaveLength(1);
    expect(report.attachments[0]).toMatchObject({ fileName: "方案.pdf", mimeType: "application/pdf", size: PDF.byteLength });
    expect(Buffer.from(report.attachments[0].data).equals(Buffer.from(PDF))).toBe(true);
    const after = await rowCounts();
    expect(after.audit - before.audit).toBe(1);
    const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "ProgressReport", entityId: String(saved.id) } });
    expect(event).toMatchObject({ action: "report.create", actorId: lead.id, measureId: measure.id });
    expect(JSON.stringify(event.after)).not.toContain("%PDF"); // file bytes never go into the audit trail
  });

  it("refuses the later of two edits of the same version, keeping the first", async () => {
    const current = await db.prisma.progressReport.findFirstOrThrow({
      where: { measureId: measure.id, unitId: lead.unitId!, periodId: periods[0].id },
    });
    const first = await saveReport(lead, input({ version: current.version, percent: 30, progress: "第一人修改" }));
    expect(first.version).toBe(current.version + 1);
    const before = await rowCounts();
    await expect(saveReport(leadColleague, input({ version: current.version, percent: 99, progress: "第二人修改" }))).rejects.toMatchObject(
      {
        code: "CONFLICT",
        message: expect.stringContaining("已被他人修改"),
      },
    );
    const stored = await db.prisma.progressReport.findUniqueOrThrow({ where: { id: current.id } });
    expect(stored).toMatchObject({ percent: 30, progress: "第一人修改", version: first.version });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a second 'first save' of a report that already exists", async () => {
    await expect(saveReport(leadColleague, input({ progress: "另起一份" }))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.prisma.progressReport.count({ where: { measureId: measure.id, unitId: lead.unitId! } })).toBe(1);
  });

  it("cannot be submitted incomplete, and the failed submit changes nothing", async () => {
    const current = await db.prisma.progressReport.findFirstOrThrow({ where: { measureId: measure.id, unitId: lead.unitId! } });
    const before = await rowCounts();
    await expect(saveReport(lead, input({ version: current.version, percent: null, progress: "", submit: true }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "提交前请填写：完成进度、进展情况。",
    });
    expect(await db.prisma.progressReport.findUniqueOrThrow({ where: { id: current.id } })).toMatchObject({
      state: "DRAFT",
      version: current.version,
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses an actual value for an indicator of another measure", async () => {
    const current = await db.prisma.progressReport.findFirstOrThrow({ where: { measureId: measure.id, unitId: lead.unitId! } });
    const foreign = await db.prisma.indicator.findFirstOrThrow({ where: { measureId: { not: measure.id } } });
    await expect(
      saveReport(lead, input({ version: current.version, actuals: [{ indicatorId: foreign.id, value: 3 }] })),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("evidence files", () => {
  it("refuses a disguised file and saves nothing of the report", async () => {
    const before = await rowCounts();
    await expect(
      saveReport(lead, input({ periodId: periods[1].id, progress: "x" }), [
        { name: "证明.pdf", bytes: new TextEncoder().encode("not a pdf at all") },
      ]),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining("证明.pdf") });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a file over 20 MB", async () => {
    const big = new Uint8Array(MAX_EVIDENCE_BYTES + 1);
    big.set(PDF);
    const before = await rowCounts();
    await expect(
      saveReport(lead, input({ periodId: periods[1].id, progress: "x" }), [{ name: "大文件.pdf", bytes: big }]),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "文件“大文件.pdf”超过 20 MB。",
    });
    expect(await rowCounts()).toEqual(before);
  });
});

describe("who may write", () => {
  it.each([
    ["a unit that does not own the measure", () => outsider],
    ["a coordinator", () => coordinator],
    ["a leader", () => leader],
    ["an admin (no unit to file for)", () => admin],
  ])("%s is refused and nothing is written", async (_who, who) => {
    const before = await rowCounts();
    await expect(saveReport(who(), input({ periodId: periods[2].id, progress: "越权" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await rowCounts()).toEqual(before);
  });

  it("a co-owning unit files its own report beside the lead unit's", async () => {
    const saved = await saveReport(coOwner, input({ percent: 10, progress: "配合单位进展" }));
    const reports = await db.prisma.progressReport.findMany({
      where: { measureId: measure.id, periodId: periods[0].id },
      orderBy: { id: "asc" },
    });
    expect(reports.map((r) => r.unitId)).toEqual([lead.unitId, coOwner.unitId]);
    expect(saved.state).toBe("DRAFT");
  });
});

describe("submitting and reviewing", () => {
  it("a double submit stores one submission", async () => {
    const current = await db.prisma.progressReport.findFirstOrThrow({
      where: { measureId: measure.id, unitId: lead.unitId!, periodId: periods[0].id },
    });
    const submit = () => saveReport(lead, input({ version: current.version, percent: 40, progress: "已完成方案", submit: true }));
    const results = await Promise.allSettled([submit(), submit()]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(["CONFLICT"]);
    expect(await db.prisma.auditEvent.count({ where: { entityId: String(current.id), action: "report.submit" } })).toBe(1);
    expect(await db.prisma.progressReport.findUniqueOrThrow({ where: { id: current.id } })).toMatchObject({
      state: "SUBMITTED",
      version: current.version + 1,
    });
  });

  it("a submitted report is read-only for the unit", async () => {
    const current = await db.prisma.progressReport.findFirstOrThrow({
      where: { measureId: measure.id, unitId: lead.unitId!, periodId: periods[0].id },
    });
    await expect(saveReport(lead, input({ version: current.version, progress: "偷偷修改" }))).rejects.toMatchObject({
      code: "CONFLICT",
      message: "报告已提交，不能修改。",
    });
  });

  it("only bureau staff review, and a return needs the report to be submitted", async () => {
    const current = await db.prisma.progressReport.findFirstOrThrow({
      where: { measureId: measure.id, unitId: lead.unitId!, periodId: periods[0].id },
    });
    for (const who of [lead, coOwner, leader]) {
      await expect(approveReports(who, [current.id])).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(returnReport(who, current.id, "不行")).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await db.prisma.progressReport.findUniqueOrThrow({ where: { id: current.id } })).state).toBe("SUBMITTED");
    const draft = await db.prisma.progressReport.findFirstOrThrow({ where: { unitId: coOwner.unitId! } });
    await expect(returnReport(coordinator, draft.id, "原因")).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("return → edit (stays returned) → resubmit → approve, each step audited", async () => {
    const report = await db.prisma.progressReport.findFirstOrThrow({
      where: { measureId: measure.id, unitId: lead.unitId!, periodId: periods[0].id },
    });
    await returnReport(coordinator, report.id, "请补充培训人数");
    const returned = await db.prisma.progressReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(returned).toMatchObject({ state: "RETURNED", returnReason: "请补充培训人数", reviewedById: coordinator.id });

    const edited = await saveReport(lead, input({ version: returned.version, percent: 45, progress: "已完成方案，培训 120 人" }));
    expect(edited.state).toBe("RETURNED");
    const resubmitted = await saveReport(
      lead,
      input({ version: edited.version, percent: 45, progress: "已完成方案，培训 120 人", submit: true }),
    );
    expect(resubmitted.state).toBe("SUBMITTED");
    const after = await db.prisma.progressReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(after.returnReason).toBeNull();
    // Punctuality counts from the first submission, not the resubmission.
    expect(after.firstSubmittedAt).toEqual(report.firstSubmittedAt);
    expect(after.submittedAt!.getTime()).toBeGreaterThan(report.firstSubmittedAt!.getTime());

    expect(await approveReports(coordinator, [report.id])).toBe(1);
    expect((await db.prisma.progressReport.findUniqueOrThrow({ where: { id: report.id } })).state).toBe("APPROVED");
    const actions = (
      await db.prisma.auditEvent.findMany({ where: { entityType: "ProgressReport", entityId: String(report.id) }, orderBy: { id: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual([
      "report.create",
      "report.update",
      "report.submit",
      "report.return",
      "report.update",
      "report.submit",
      "report.approve",
    ]);
    await expect(approveReports(coordinator, [report.id])).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a bulk approval with one report not submitted approves none", async () => {
    const a = await saveReport(lead, input({ periodId: periods[3].id, percent: 50, progress: "四月", submit: true }));
    const b = await saveReport(lead, input({ periodId: periods[4].id, percent: 55, progress: "五月（草稿）" }));
    await expect(approveReports(coordinator, [a.id, b.id])).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.prisma.progressReport.findUniqueOrThrow({ where: { id: a.id } })).state).toBe("SUBMITTED");
    await saveReport(lead, input({ periodId: periods[4].id, version: b.version, percent: 55, progress: "五月", submit: true }));
    expect(await approveReports(coordinator, [a.id, b.id])).toBe(2);
  });
});
