// Overdue ledger entries colour their measure 黄 as of a date: counted only once published, while
// not closed out (销号) by then, against the due date in force then (an extension approved later
// did not apply yet). Task 9 measure 1 (发展规划科) files its March report in time and has no other
// report due before 5 May, so in April its colour comes from the ledger alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { recordAudit } from "@/lib/data/audit/record-audit.ts";
import { createProblem } from "@/lib/data/problems/create-problem.ts";
import { decideResolution } from "@/lib/data/problems/decide-resolution.ts";
import { createProblemSchema } from "@/lib/data/problems/problem-input.ts";
import { publishProblem } from "@/lib/data/problems/publish-problem.ts";
import { reportInputSchema } from "@/lib/data/reports/report-input.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import { submitResolution } from "@/lib/data/problems/submit-resolution.ts";
import { computePlanStatus } from "@/lib/data/status/get-plan-status.ts";
import { createTestDb, useAsAppDb, type TestDb } from "../helpers/test-db.ts";
import { createViewer, measureByNumbers, seedPlan } from "../helpers/factories.ts";

let db: TestDb;
let planId: number;
let measure: { id: number; unitIds: number[] };
let reporter: Viewer;
let coordinator: Viewer;
let first: number; // the bureau's entry, due 10 April
let second: number; // the unit's entry, due 5 April, a draft until 20 April

const PDF = new TextEncoder().encode("%PDF-1.4\n%%EOF");

async function statusOn(date: string) {
  const status = await computePlanStatus(db.prisma, planId, date);
  return status.measures.find((m) => m.id === measure.id)!.status;
}

function create(viewer: Viewer, description: string, dueOn: string, publish = true) {
  return createProblem(viewer, createProblemSchema.parse({ measureId: measure.id, unitId: reporter.unitId, description, dueOn, publish }));
}

beforeAll(async () => {
  db = await createTestDb();
  useAsAppDb(db);
  planId = await seedPlan(db.prisma);
  measure = await measureByNumbers(db.prisma, planId, 9, 1);
  reporter = await createViewer(db.prisma, "REPORTER", measure.unitIds[0]);
  coordinator = await createViewer(db.prisma, "COORDINATOR");
  process.env.DUBAN_TODAY = "2023-04-03";
  const march = await db.prisma.reportingPeriod.findFirstOrThrow({ where: { planId, kind: "MONTHLY", label: "2023年3月" } });
  await saveReport(
    reporter,
    reportInputSchema.parse({ measureId: measure.id, periodId: march.id, percent: 5, progress: "已启动", submit: true }),
  );
  first = (await create(coordinator, "项目施工许可手续未办结", "2023-04-10")).id;
  second = (await create(reporter, "部分项目开工延迟", "2023-04-05", false)).id;
});
afterAll(async () => {
  delete process.env.DUBAN_TODAY;
  await db?.drop();
});

describe("overdue ledger entries and the measure's colour", () => {
  it("does not colour the measure before the due date, nor for a draft", async () => {
    const s = await statusOn("2023-04-10");
    expect(s.colour).toBe("NOT_REPORTED");
    expect(s.reasons.join()).not.toContain("问题台账");
  });

  it("makes it 黄 with the reason in words once overdue", async () => {
    const s = await statusOn("2023-04-15");
    expect(s.colour).toBe("YELLOW");
    expect(s.reasons).toEqual(["问题台账“项目施工许可手续未办结”逾期 5 天未销号"]);
  });

  it("counts a draft only from the day it is published", async () => {
    process.env.DUBAN_TODAY = "2023-04-20";
    await publishProblem(reporter, { problemId: second, version: 1 });
    expect((await statusOn("2023-04-15")).reasons).toEqual(["问题台账“项目施工许可手续未办结”逾期 5 天未销号"]);
    expect((await statusOn("2023-04-21")).reasons).toEqual([
      "问题台账“部分项目开工延迟”逾期 16 天未销号",
      "问题台账“项目施工许可手续未办结”逾期 11 天未销号",
    ]);
  });

  it("still counts an entry awaiting verification, and stops on the day it is closed out", async () => {
    process.env.DUBAN_TODAY = "2023-04-21";
    const submitted = await submitResolution(reporter, { problemId: first, version: 1, text: "已办结" }, [
      { name: "许可证.pdf", bytes: PDF },
    ]);
    expect((await statusOn("2023-04-21")).reasons).toContain("问题台账“项目施工许可手续未办结”逾期 11 天未销号");
    process.env.DUBAN_TODAY = "2023-04-22";
    await decideResolution(coordinator, { problemId: first, version: submitted.version, decision: "verify" });
    expect((await statusOn("2023-04-21")).reasons).toContain("问题台账“项目施工许可手续未办结”逾期 11 天未销号");
    expect((await statusOn("2023-04-22")).reasons).toEqual(["问题台账“部分项目开工延迟”逾期 17 天未销号"]);
  });

  it("uses the due date in force on the date: an extension approved later did not apply yet", async () => {
    // What an approved extension writes (issue 5, extension requests): the new date on the entry,
    // the request with the date it replaced, and an audit event.
    await db.prisma.$transaction(async (tx) => {
      await tx.extensionRequest.create({
        data: {
          problemId: second,
          unitId: reporter.unitId!,
          currentDueOn: new Date("2023-04-05T00:00:00Z"),
          requestedDueOn: new Date("2023-05-10T00:00:00Z"),
          reason: "施工单位调整",
          state: "APPROVED",
          requestedById: reporter.id,
          decidedById: coordinator.id,
          decidedAt: new Date("2023-04-25T10:00:00+08:00"),
        },
      });
      await tx.problem.update({ where: { id: second }, data: { dueOn: new Date("2023-05-10T00:00:00Z"), version: { increment: 1 } } });
      await recordAudit(tx, coordinator, { action: "extension.approve", entityType: "Problem", entityId: second, measureId: measure.id });
    });
    expect((await statusOn("2023-04-24")).reasons).toEqual(["问题台账“部分项目开工延迟”逾期 19 天未销号"]);
    const after = await statusOn("2023-04-26");
    expect(after.colour).toBe("NOT_REPORTED");
    expect(after.reasons.join()).not.toContain("问题台账");
    expect((await statusOn("2023-05-12")).reasons).toContain("问题台账“部分项目开工延迟”逾期 2 天未销号");
  });
});
