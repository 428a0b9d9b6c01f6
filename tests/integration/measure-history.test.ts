// The measure page's data on a real database: co-owning units' reports side by side, and the
// history of every step; nobody ever receives another unit's draft, its contents or its events.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { getAttachment } from "@/lib/data/evidence/get-attachment.ts";
import { getMeasureHistory } from "@/lib/data/reports/get-measure-history.ts";
import { listMeasureReports } from "@/lib/data/reports/list-measure-reports.ts";
import { reportInputSchema } from "@/lib/data/reports/report-input.ts";
import { approveReports, returnReport } from "@/lib/data/reports/review-reports.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import { installTestDb } from "../helpers/app-db.ts";
import { createViewer, measureByNumbers, seedPlan } from "../helpers/factories.ts";
import { testBackendName, type TestDb } from "../helpers/test-db.ts";

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const HR_SECRET = "人事科草稿：尚未核实的数字 1234";
const PARTY_SECRET = "机关党委草稿：内部讨论意见";

describe(`measure reports and history (${testBackendName()})`, () => {
  let db: TestDb;
  let measureId: number;
  let june: number;
  let hr: Viewer; // leads 任务1措施3
  let party: Viewer; // co-owns it
  let other: Viewer; // a unit with nothing to do with it
  let coordinator: Viewer;
  let leader: Viewer;
  let admin: Viewer;
  let hrReportId: number;
  let partyReportId: number;

  beforeAll(async () => {
    db = await installTestDb();
    const planId = await seedPlan(db.prisma);
    const measure = await measureByNumbers(db.prisma, planId, 1, 3);
    measureId = measure.id;
    const [hrUnit, partyUnit] = measure.unitIds;
    const otherUnit = await db.prisma.unit.findFirstOrThrow({ where: { name: "财务科" } });
    june = (await db.prisma.reportingPeriod.findFirstOrThrow({ where: { planId, label: "2023年6月" } })).id;
    hr = await createViewer(db.prisma, "REPORTER", hrUnit);
    party = await createViewer(db.prisma, "REPORTER", partyUnit);
    other = await createViewer(db.prisma, "REPORTER", otherUnit.id);
    coordinator = await createViewer(db.prisma, "COORDINATOR");
    leader = await createViewer(db.prisma, "LEADER");
    admin = await createViewer(db.prisma, "ADMIN");

    // Both owning units start a draft; 机关党委 attaches a file to its draft.
    hrReportId = (await saveReport(hr, input({ progress: HR_SECRET, percent: 20 }))).id;
    partyReportId = (await saveReport(party, input({ progress: PARTY_SECRET }), [{ name: "党委材料.pdf", bytes: PDF }])).id;
  });
  afterAll(async () => {
    await db?.drop();
  });

  function input(fields: Record<string, unknown>) {
    return reportInputSchema.parse({ measureId, periodId: june, ...fields });
  }
  async function version(id: number) {
    return (await db.prisma.progressReport.findUniqueOrThrow({ where: { id } })).version;
  }
  const reportIds = async (viewer: Viewer) =>
    (await listMeasureReports(viewer, measureId))!.periods.flatMap((p) => p.reports.map((r) => r.id));
  const steps = async (viewer: Viewer) => (await getMeasureHistory(viewer, measureId)).map((e) => `${e.unit.name}:${e.change.step}`);

  it("a unit sees its own draft but never another unit's, nor its events", async () => {
    expect(await reportIds(party)).toEqual([partyReportId]);
    expect(await steps(party)).toEqual(["机关党委:create"]);
    const seen = JSON.stringify([await listMeasureReports(party, measureId), await getMeasureHistory(party, measureId)]);
    expect(seen).not.toContain(HR_SECRET);
    expect(seen).toContain(PARTY_SECRET); // its own draft, as a check that the text would show up

    expect(await reportIds(hr)).toEqual([hrReportId]);
    expect(JSON.stringify(await getMeasureHistory(hr, measureId))).not.toContain("党委材料.pdf");
    expect(await reportIds(other)).toEqual([]);
    expect(await getMeasureHistory(other, measureId)).toEqual([]);
  });

  it("drafts stay hidden from the bureau and the leader", async () => {
    for (const viewer of [coordinator, leader]) {
      expect(await reportIds(viewer)).toEqual([]);
      expect(await getMeasureHistory(viewer, measureId)).toEqual([]);
    }
    expect((await reportIds(admin)).sort()).toEqual([hrReportId, partyReportId].sort());
  });

  it("evidence files follow their report: another unit's draft file is not found", async () => {
    const file = await db.prisma.attachment.findFirstOrThrow({ where: { reportId: partyReportId } });
    expect((await getAttachment(party, file.id))?.fileName).toBe("党委材料.pdf");
    expect(await getAttachment(hr, file.id)).toBeNull();
    expect(await getAttachment(coordinator, file.id)).toBeNull();
    expect(await getAttachment(null, file.id)).toBeNull();
  });

  it("records each step in order, with what changed, and shows the reviewed report to the bureau", async () => {
    await saveReport(
      hr,
      input({ version: await version(hrReportId), progress: "已完成第一阶段工作。", percent: 35, nextSteps: "七月开展培训。" }),
    );
    await saveReport(
      hr,
      input({
        version: await version(hrReportId),
        progress: "已完成第一阶段工作。",
        percent: 35,
        nextSteps: "七月开展培训。",
        submit: true,
      }),
    );
    await returnReport(coordinator, hrReportId, "请补充参训人数。");
    await saveReport(
      hr,
      input({
        version: await version(hrReportId),
        progress: "已完成第一阶段工作，参训 320 人。",
        percent: 40,
        nextSteps: "七月开展培训。",
        submit: true,
      }),
    );

    const history = await getMeasureHistory(coordinator, measureId);
    expect(history.map((e) => [e.change.step, e.change.fromState, e.change.toState])).toEqual([
      ["create", null, "DRAFT"],
      ["save", "DRAFT", "DRAFT"],
      ["submit", "DRAFT", "SUBMITTED"],
      ["return", "SUBMITTED", "RETURNED"],
      ["submit", "RETURNED", "SUBMITTED"],
    ]);
    expect(history.every((e) => e.unit.name === "人事科" && e.period.label === "2023年6月")).toBe(true);
    expect(history[0].change.changedFields).toEqual(["percent", "progress"]);
    expect(history[1].change.changedFields).toEqual(["percent", "progress", "nextSteps"]);
    expect(history[2].change.changedFields).toEqual([]);
    expect(history[3].change.returnReason).toBe("请补充参训人数。");
    expect(history[3].actorName).toBe(coordinator.name);
    expect(history[4].change.changedFields).toEqual(["percent", "progress"]);
    expect(await reportIds(coordinator)).toEqual([hrReportId]); // submitted: the bureau sees it; 机关党委's draft still not
  });

  it("a leader and other units see approved reports only, with their history but never field contents", async () => {
    expect(await reportIds(leader)).toEqual([]); // submitted, not yet approved
    expect(await reportIds(party)).toEqual([partyReportId]);
    await approveReports(coordinator, [hrReportId]);

    expect(await reportIds(leader)).toEqual([hrReportId]);
    expect(await steps(leader)).toEqual([
      "人事科:create",
      "人事科:save",
      "人事科:submit",
      "人事科:return",
      "人事科:submit",
      "人事科:approve",
    ]);
    const seen = JSON.stringify(await getMeasureHistory(leader, measureId));
    expect(seen).not.toContain(HR_SECRET); // the history names changed fields, not their old values
    expect(seen).not.toContain(PARTY_SECRET);

    // The co-owning unit now sees the lead unit's approved report beside its own draft.
    const page = (await listMeasureReports(party, measureId))!;
    expect(page.periods).toHaveLength(1);
    expect(page.periods[0].reports.map((r) => [r.unit.name, r.unit.role, r.state])).toEqual([
      ["人事科", "LEAD", "APPROVED"],
      ["机关党委", "CO", "DRAFT"],
    ]);
    expect(await steps(other)).toEqual([
      "人事科:create",
      "人事科:save",
      "人事科:submit",
      "人事科:return",
      "人事科:submit",
      "人事科:approve",
    ]);
  });

  it("returns null for a measure that does not exist", async () => {
    expect(await listMeasureReports(leader, 999_999)).toBeNull();
    expect(await getMeasureHistory(leader, 999_999)).toEqual([]);
  });
});
