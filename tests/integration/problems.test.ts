// The problem ledger (问题台账) on the real database: who sees drafts, pending resolutions and their
// evidence; reject → OPEN → resubmit → verify (销号) with notifications and history; optimistic
// locking; entries raised from a report; and every refused step changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { createProblem } from "@/lib/data/problems/create-problem.ts";
import { createProblemFromReport } from "@/lib/data/problems/create-problem-from-report.ts";
import { decideResolution } from "@/lib/data/problems/decide-resolution.ts";
import { getProblem } from "@/lib/data/problems/get-problem.ts";
import { listMeasureProblems } from "@/lib/data/problems/list-measure-problems.ts";
import { listProblems, problemFiltersSchema } from "@/lib/data/problems/list-problems.ts";
import { createProblemSchema, type CreateProblemInput } from "@/lib/data/problems/problem-input.ts";
import { problemsFile } from "@/lib/data/problems/problems-file.ts";
import { publishProblem } from "@/lib/data/problems/publish-problem.ts";
import { submitResolution } from "@/lib/data/problems/submit-resolution.ts";
import { updateProblem, updateProblemRemedy } from "@/lib/data/problems/update-problem.ts";
import { getAttachment } from "@/lib/data/evidence/get-attachment.ts";
import { reportInputSchema } from "@/lib/data/reports/report-input.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import ExcelJS from "exceljs";
import { createTestDb, useAsAppDb, type TestDb } from "../helpers/test-db.ts";
import { createViewer, measureByNumbers, seedPlan, planOf } from "../helpers/factories.ts";

let db: TestDb;
let planId: number;
let measure: { id: number; unitIds: number[] }; // task 1 measure 3: 人事科 leads, 机关党委 co-owns
let own: Viewer; // 人事科
let colleague: Viewer; // another 人事科 reporter
let coOwner: Viewer; // 机关党委
let outsider: Viewer; // 财务科
let coordinator: Viewer;
let coordinator2: Viewer;
let leader: Viewer;
let admin: Viewer;

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");
const TODAY = "2023-06-03";

function entry(over: Partial<CreateProblemInput> = {}): CreateProblemInput {
  return createProblemSchema.parse({
    measureId: measure.id,
    unitId: own.unitId,
    description: "部分学校交流轮岗人员未到岗",
    responsiblePerson: "张三",
    dueOn: "2023-07-31",
    ...over,
  });
}

async function counts() {
  const p = db.prisma;
  return {
    problems: await p.problem.count(),
    resolutions: await p.problemResolution.count(),
    attachments: await p.attachment.count(),
    audit: await p.auditEvent.count(),
  };
}

const version = async (id: number) => (await db.prisma.problem.findUniqueOrThrow({ where: { id } })).version;
const visibleIds = async (viewer: Viewer) =>
  (await listProblems(viewer, await planOf(viewer, planId), problemFiltersSchema.parse({}))).rows.map((r) => r.id);

beforeAll(async () => {
  process.env.DUBAN_TODAY = TODAY;
  db = await createTestDb();
  useAsAppDb(db);
  planId = await seedPlan(db.prisma);
  measure = await measureByNumbers(db.prisma, planId, 1, 3);
  const finance = await db.prisma.unit.findFirstOrThrow({ where: { name: "财务科" } });
  own = await createViewer(db.prisma, "REPORTER", measure.unitIds[0]);
  colleague = await createViewer(db.prisma, "REPORTER", measure.unitIds[0]);
  coOwner = await createViewer(db.prisma, "REPORTER", measure.unitIds[1]);
  outsider = await createViewer(db.prisma, "REPORTER", finance.id);
  coordinator = await createViewer(db.prisma, "COORDINATOR");
  coordinator2 = await createViewer(db.prisma, "COORDINATOR");
  leader = await createViewer(db.prisma, "LEADER");
  admin = await createViewer(db.prisma, "ADMIN");
});
afterAll(async () => {
  delete process.env.DUBAN_TODAY;
  await db?.drop();
});

describe("a unit's draft entry", () => {
  let id: number;

  it("is its unit's own: nobody else lists, opens or acts on it", async () => {
    const before = await counts();
    const created = await createProblem(own, entry({ publish: false, description: "草稿：教师交流名单未公示" }));
    id = created.id;
    expect(created.published).toBe(false);
    const row = await db.prisma.problem.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ publishedAt: null, state: "OPEN", source: "DIRECT", unitId: own.unitId, version: 1 });
    expect((await counts()).audit - before.audit).toBe(1);
    const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "Problem", entityId: String(id) } });
    expect(event).toMatchObject({ action: "problem.create", measureId: measure.id, actorId: own.id });

    for (const v of [own, colleague]) {
      expect(await getProblem(v, id)).not.toBeNull();
      expect(await visibleIds(v)).toContain(id);
    }
    for (const v of [coOwner, outsider, coordinator, leader, admin]) {
      expect(await getProblem(v, id)).toBeNull();
      expect(await visibleIds(v)).not.toContain(id);
      expect((await listMeasureProblems(v, measure.id)).entries.map((p) => p.id)).not.toContain(id);
    }
    const stateBefore = await counts();
    await expect(publishProblem(coOwner, { problemId: id, version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(publishProblem(coordinator, { problemId: id, version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateProblem(outsider, { ...entry(), problemId: id, version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateProblemRemedy(coOwner, { problemId: id, version: 1, remedy: "x", responsiblePerson: "" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      submitResolution(own, { problemId: id, version: 1, text: "已整改" }, [{ name: "a.pdf", bytes: PDF }]),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await counts()).toEqual(stateBefore);
  });

  it("is edited by its unit, which cannot hand it to another unit, then published for everyone", async () => {
    const edited = await updateProblem(colleague, { ...entry({ description: "教师交流名单未公示" }), problemId: id, version: 1 });
    expect(edited.version).toBe(2);
    await expect(updateProblem(own, { ...entry({ unitId: coOwner.unitId! }), problemId: id, version: 2 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await publishProblem(own, { problemId: id, version: 2 });
    for (const v of [coOwner, outsider, coordinator, leader, admin]) expect(await visibleIds(v)).toContain(id);
    const detail = await getProblem(outsider, id);
    expect(detail?.history.map((h) => h.change.step)).toEqual(["createDraft", "edit", "publish"]);
    // Published: the bureau edits it now, the unit only fills in its remedy.
    await expect(updateProblem(own, { ...entry(), problemId: id, version: 3 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getProblem(own, id))?.may).toMatchObject({ edit: false, remedy: true, resolve: true, verify: false, publish: false });
    expect((await getProblem(coordinator, id))?.may).toMatchObject({ edit: true, remedy: false, resolve: false, verify: false });
  });
});

describe("registering entries", () => {
  it("publishes the bureau's entries at once, for any unit owning the measure", async () => {
    const created = await createProblem(coordinator, entry({ unitId: coOwner.unitId!, publish: false }));
    expect(created.published).toBe(true);
    expect(await visibleIds(outsider)).toContain(created.id);
  });

  it("refuses a unit registering for another unit, a unit not owning the measure, and a past deadline", async () => {
    const before = await counts();
    await expect(createProblem(own, entry({ unitId: coOwner.unitId! }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createProblem(leader, entry())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createProblem(coordinator, entry({ unitId: outsider.unitId! }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining("责任单位"),
    });
    await expect(createProblem(coordinator, entry({ dueOn: "2023-06-02" }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "完成时限不能早于今天。",
    });
    expect(await counts()).toEqual(before);
  });
});

describe("resolution, rejection and 销号", () => {
  let id: number;
  let firstFile: number;

  it("keeps a pending resolution and its evidence to the unit and the bureau", async () => {
    id = (await createProblem(coordinator, entry({ description: "校长职级制改革方案未报备" }))).id;
    const refused = await counts();
    await expect(
      submitResolution(coOwner, { problemId: id, version: 1, text: "已整改" }, [{ name: "a.pdf", bytes: PDF }]),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(submitResolution(own, { problemId: id, version: 1, text: "已整改" }, [])).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "请上传至少一个佐证材料。",
    });
    await expect(
      submitResolution(own, { problemId: id, version: 1, text: "已整改" }, [
        { name: "伪装.pdf", bytes: new TextEncoder().encode("not a pdf") },
      ]),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await counts()).toEqual(refused);

    const submitted = await submitResolution(own, { problemId: id, version: 1, text: "已完成方案报备" }, [
      { name: "报备回执.pdf", bytes: PDF },
    ]);
    expect(submitted.version).toBe(2);
    expect((await db.prisma.problem.findUniqueOrThrow({ where: { id } })).state).toBe("RESOLUTION_SUBMITTED");
    firstFile = (await db.prisma.attachment.findFirstOrThrow({ where: { resolutionId: submitted.resolutionId } })).id;

    for (const v of [own, colleague, coordinator, admin]) {
      const detail = await getProblem(v, id);
      expect(detail?.resolutions).toHaveLength(1);
      expect(detail?.resolutions[0].attachments.map((a) => a.fileName)).toEqual(["报备回执.pdf"]);
      expect(await getAttachment(v, firstFile)).not.toBeNull();
    }
    for (const v of [coOwner, outsider, leader, null]) {
      if (v) {
        const detail = await getProblem(v, id);
        expect(detail?.resolutions).toEqual([]);
        expect(detail?.hiddenResolutions).toBe(1);
        expect(detail?.history.find((h) => h.change.step === "submit")?.change.files).toEqual([]);
      }
      expect(await getAttachment(v, firstFile)).toBeNull();
    }
  });

  it("lets no reporter or leader verify, and no unit resubmit while a decision is pending", async () => {
    const before = await counts();
    for (const v of [own, coOwner, leader]) {
      await expect(decideResolution(v, { problemId: id, version: 2, decision: "verify" })).rejects.toMatchObject({
        code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/),
      });
    }
    await expect(
      submitResolution(own, { problemId: id, version: 2, text: "再次提交" }, [{ name: "b.pdf", bytes: PDF }]),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await counts()).toEqual(before);
    expect((await db.prisma.problem.findUniqueOrThrow({ where: { id } })).state).toBe("RESOLUTION_SUBMITTED");
  });

  it("rejects with a reason: OPEN again, the unit notified, the reason shown to the unit only", async () => {
    await decideResolution(coordinator, { problemId: id, version: 2, decision: "reject", reason: "回执未盖章，请补充。" });
    const row = await db.prisma.problem.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ state: "OPEN", resolvedAt: null, version: 3 });
    const notes = await db.prisma.notification.findMany({ where: { kind: "RESOLUTION_DECIDED", href: `/problems/${id}` } });
    expect(notes.map((n) => n.userId).sort()).toEqual([own.id, colleague.id].sort());
    expect(notes[0].body).toContain("回执未盖章");
    expect((await getProblem(own, id))?.history.at(-1)?.change).toMatchObject({
      step: "reject",
      reason: "回执未盖章，请补充。",
      fromState: "RESOLUTION_SUBMITTED",
      toState: "OPEN",
    });
    expect((await getProblem(outsider, id))?.history.at(-1)?.change).toMatchObject({ step: "reject", reason: null });
    expect((await getProblem(own, id))?.resolutions[0]).toMatchObject({ accepted: false, rejectReason: "回执未盖章，请补充。" });
    expect(await getAttachment(outsider, firstFile)).toBeNull(); // a rejected resolution stays private
  });

  it("is resubmitted and verified (销号): resolvedAt set, the verified evidence readable by all", async () => {
    const again = await submitResolution(colleague, { problemId: id, version: 3, text: "已补充盖章回执" }, [
      { name: "盖章回执.pdf", bytes: PDF },
    ]);
    await decideResolution(coordinator, { problemId: id, version: again.version, decision: "verify" });
    const row = await db.prisma.problem.findUniqueOrThrow({ where: { id } });
    expect(row.state).toBe("RESOLVED");
    expect(row.resolvedAt).not.toBeNull();
    const verifiedFile = (await db.prisma.attachment.findFirstOrThrow({ where: { resolutionId: again.resolutionId } })).id;
    expect(await getAttachment(outsider, verifiedFile)).not.toBeNull();
    expect(await getAttachment(leader, verifiedFile)).not.toBeNull();
    expect(await getAttachment(outsider, firstFile)).toBeNull();
    const seen = await getProblem(outsider, id);
    expect(seen?.resolutions.map((r) => r.text)).toEqual(["已补充盖章回执"]);
    expect(seen?.hiddenResolutions).toBe(1);
    expect((await getProblem(own, id))?.history.map((h) => h.change.step)).toEqual(["create", "submit", "reject", "submit", "verify"]);
    expect(await db.prisma.notification.count({ where: { kind: "RESOLUTION_DECIDED", href: `/problems/${id}` } })).toBe(4);
    // Closed for good.
    await expect(updateProblem(coordinator, { ...entry(), problemId: id, version: row.version })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const events = await db.prisma.auditEvent.findMany({ where: { entityType: "Problem", entityId: String(id) } });
    expect(events.every((e) => e.measureId === measure.id)).toBe(true);
  });
});

describe("optimistic locking", () => {
  it("refuses the later of two edits of the same version", async () => {
    const { id } = await createProblem(coordinator, entry({ description: "并发修改" }));
    await updateProblem(coordinator, { ...entry({ description: "第一人修改" }), problemId: id, version: 1 });
    await expect(updateProblem(coordinator2, { ...entry({ description: "第二人修改" }), problemId: id, version: 1 })).rejects.toMatchObject(
      {
        code: "CONFLICT",
        message: expect.stringContaining("已被他人修改"),
      },
    );
    expect((await db.prisma.problem.findUniqueOrThrow({ where: { id } })).description).toBe("第一人修改");
  });

  it("lets exactly one of two simultaneous decisions win", async () => {
    const { id } = await createProblem(coordinator, entry({ description: "同时核验" }));
    const { version: v } = await submitResolution(own, { problemId: id, version: 1, text: "已整改" }, [{ name: "a.pdf", bytes: PDF }]);
    const results = await Promise.allSettled([
      decideResolution(coordinator, { problemId: id, version: v, decision: "verify" }),
      decideResolution(coordinator2, { problemId: id, version: v, decision: "reject", reason: "不同意" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await db.prisma.problemResolution.count({ where: { problemId: id, accepted: { not: null } } })).toBe(1);
    expect(await version(id)).toBe(v + 1);
  });

  it("refuses an edit of an extended due date except by extension", async () => {
    const { id } = await createProblem(coordinator, entry({ description: "已延期", dueOn: "2023-07-01" }));
    await db.prisma.problem.update({ where: { id }, data: { dueOn: new Date("2023-08-31T00:00:00Z") } }); // as an approved extension does
    await expect(
      updateProblem(coordinator, { ...entry({ description: "已延期", dueOn: "2023-09-30" }), problemId: id, version: 1 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await updateProblem(coordinator, { ...entry({ description: "已延期（改）", dueOn: "2023-08-31" }), problemId: id, version: 1 });
    const row = await db.prisma.problem.findUniqueOrThrow({ where: { id } });
    expect(row.originalDueOn.toISOString().slice(0, 10)).toBe("2023-07-01");
  });
});

describe("raising a report's 存在问题", () => {
  let reportId: number;

  it("is refused from a draft, allowed once from the submitted report, only by its unit", async () => {
    const periods = await db.prisma.reportingPeriod.findMany({ where: { planId }, orderBy: { startsOn: "asc" } });
    const input = reportInputSchema.parse({
      measureId: measure.id,
      periodId: periods[1].id,
      percent: 30,
      progress: "推进中",
      problems: "两所学校交流人员不足",
    });
    const draft = await saveReport(own, input);
    reportId = draft.id;
    const before = await counts();
    await expect(createProblemFromReport(own, { reportId, responsiblePerson: "李四", dueOn: "2023-06-30" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("尚未提交"),
    });
    expect(await counts()).toEqual(before);

    await saveReport(own, { ...input, version: draft.version, submit: true });
    await expect(createProblemFromReport(coOwner, { reportId, responsiblePerson: "", dueOn: "2023-06-30" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(createProblemFromReport(coordinator, { reportId, responsiblePerson: "", dueOn: "2023-06-30" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const results = await Promise.allSettled([
      createProblemFromReport(own, { reportId, responsiblePerson: "李四", dueOn: "2023-06-30" }),
      createProblemFromReport(colleague, { reportId, responsiblePerson: "王五", dueOn: "2023-06-30" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({
      reason: { code: "CONFLICT", message: "本报告的存在问题已列入问题台账。" },
    });
    const row = await db.prisma.problem.findFirstOrThrow({ where: { sourceReportId: reportId } });
    expect(row).toMatchObject({
      source: "REPORT",
      description: "两所学校交流人员不足",
      unitId: own.unitId,
      measureId: measure.id,
      state: "OPEN",
    });
    expect(row.publishedAt).not.toBeNull();
    expect((await getProblem(outsider, row.id))?.sourceLabel).toMatchObject({ kind: "REPORT" });
  });
});

describe("the ledger list and its export", () => {
  it("filters by unit, state and overdue, counts by state, and exports what the viewer sees", async () => {
    const { id } = await createProblem(coordinator, entry({ description: "逾期未整改的问题", dueOn: "2023-06-05" }));
    await db.prisma.problem.update({
      where: { id },
      data: { dueOn: new Date("2023-05-29T00:00:00Z"), originalDueOn: new Date("2023-05-29T00:00:00Z") },
    });
    const overdue = await listProblems(coordinator, await planOf(coordinator, planId), problemFiltersSchema.parse({ overdue: "1" }));
    expect(overdue.rows.map((r) => r.id)).toEqual([id]);
    expect(overdue.rows[0].overdueDays).toBe(5);
    expect(overdue.counts.overdue).toBe(1);
    const all = await listProblems(coordinator, await planOf(coordinator, planId), problemFiltersSchema.parse({}));
    expect(all.counts.RESOLVED).toBeGreaterThanOrEqual(1);
    expect(all.counts.DRAFT).toBe(0);
    expect(all.total).toBe(all.counts.OPEN + all.counts.RESOLUTION_SUBMITTED + all.counts.RESOLVED);
    const byUnit = await listProblems(
      coordinator,
      await planOf(coordinator, planId),
      problemFiltersSchema.parse({ unit: String(coOwner.unitId) }),
    );
    expect(byUnit.rows.every((r) => r.unit.id === coOwner.unitId)).toBe(true);
    expect(byUnit.rows.length).toBeGreaterThan(0);
    const resolved = await listProblems(coordinator, await planOf(coordinator, planId), problemFiltersSchema.parse({ state: "RESOLVED" }));
    expect(resolved.rows.every((r) => r.state === "RESOLVED")).toBe(true);
    // Malformed params fall back to the defaults instead of failing.
    expect(problemFiltersSchema.parse({ unit: "x", state: "NOPE", overdue: "yes", page: "-1" })).toEqual({ state: "ALL", page: 1 });

    const file = await problemsFile(coordinator, await planOf(coordinator, planId), problemFiltersSchema.parse({ overdue: "1" }));
    // Dates one way in the file's name too; the ASCII fallback keeps digits.
    expect(file).toMatchObject({ name: "问题台账（2023年6月3日）.xlsx", asciiName: "problems-2023-06-03.xlsx" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file!.body as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, "序号", "问题描述", "责任单位", "责任人", "完成时限", "整改措施", "状态"]);
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(2).value).toBe("逾期未整改的问题");
    expect(sheet.getRow(2).getCell(5).value).toBe("2023年5月29日");
    expect(sheet.getRow(2).getCell(7).value).toBe("未销号（逾期 5 天）");
  });
});
