// A bulletin for month M counts M's own reports: 应报 includes the reports due at M's cut-off (the
// 5th of the next month), and those filed by then are 按时. Before, a May bulletin cut off on 6-05
// counted only March and April, and March's showed "—（0/0）" for every unit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { getBulletin } from "@/lib/data/bulletins/get-bulletin.ts";
import { issueBulletin } from "@/lib/data/bulletins/issue-bulletin.ts";
import { reportInputSchema } from "@/lib/data/reports/report-input.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import { createTestDb, useAsAppDb, type TestDb } from "../helpers/test-db.ts";
import { createViewer, measureByNumbers, seedPlan } from "../helpers/factories.ts";

let db: TestDb;
let planId: number;
let coordinator: Viewer;
let reporter: Viewer;
let unitId: number;
let unitName: string;
let measureId: number;
let periods: { id: number; label: string; startsOn: Date; endsOn: Date }[];

/** How many reports the unit owes for a month: one per measure of its whose span overlaps the month. */
async function owedIn(period: { startsOn: Date; endsOn: Date }): Promise<number> {
  return db.prisma.measureUnit.count({
    where: { unitId, measure: { planId, startDate: { lte: period.endsOn }, dueDate: { gte: period.startsOn } } },
  });
}

async function file(periodIndex: number, on: string) {
  process.env.DUBAN_TODAY = on;
  await saveReport(
    reporter,
    reportInputSchema.parse({
      measureId,
      periodId: periods[periodIndex].id,
      percent: 10 * (periodIndex + 1),
      progress: "推进中",
      submit: true,
    }),
  );
}

async function unitRow(periodIndex: number) {
  process.env.DUBAN_TODAY = "2023-06-20";
  const { id } = await issueBulletin(coordinator, periods[periodIndex].id);
  return (await getBulletin(coordinator, id))!.snapshot.units.find((u) => u.name === unitName)!;
}

beforeAll(async () => {
  db = await createTestDb();
  useAsAppDb(db);
  planId = await seedPlan(db.prisma);
  const measure = await measureByNumbers(db.prisma, planId, 9, 1);
  measureId = measure.id;
  unitId = measure.unitIds[0];
  unitName = (await db.prisma.unit.findUniqueOrThrow({ where: { id: unitId } })).name;
  coordinator = await createViewer(db.prisma, "COORDINATOR");
  reporter = await createViewer(db.prisma, "REPORTER", unitId);
  periods = await db.prisma.reportingPeriod.findMany({
    where: { planId, kind: "MONTHLY" },
    orderBy: { startsOn: "asc" },
    select: { id: true, label: true, startsOn: true, endsOn: true },
  });
  // March on time (due 4-05), April late (due 5-05, filed 5-09), May on its cut-off day (due 6-05).
  await file(0, "2023-04-03");
  await file(1, "2023-05-09");
  await file(2, "2023-06-05");
});
afterAll(async () => {
  delete process.env.DUBAN_TODAY;
  await db?.drop();
});

describe("a bulletin's counts include its own month", () => {
  it("March's bulletin counts March's reports, not 0/0", async () => {
    expect(periods[0].label).toBe("2023年3月");
    const due = await owedIn(periods[0]);
    expect(due).toBeGreaterThan(0);
    expect(await unitRow(0)).toMatchObject({ due, onTime: 1 });
  });

  it("May's bulletin, cut off on 6-05, counts March, April and May", async () => {
    expect(periods[2].label).toBe("2023年5月");
    const due = (await owedIn(periods[0])) + (await owedIn(periods[1])) + (await owedIn(periods[2]));
    // March on time, April late, May filed on its due day: two on time.
    expect(await unitRow(2)).toMatchObject({ due, onTime: 2 });
  });

  it("in March's bulletin every unit's 应报 is what it owes for March (no unit reads 0/0)", async () => {
    const { id } = await db.prisma.bulletin.findFirstOrThrow({ where: { periodId: periods[0].id }, select: { id: true } });
    const units = (await getBulletin(coordinator, id))!.snapshot.units;
    expect(units.length).toBe(13);
    const march = periods[0];
    const owed = await db.prisma.measureUnit.groupBy({
      by: ["unitId"],
      where: { measure: { planId, startDate: { lte: march.endsOn }, dueDate: { gte: march.startsOn } } },
      _count: { _all: true },
    });
    const names = new Map((await db.prisma.unit.findMany({ select: { id: true, name: true } })).map((u) => [u.id, u.name]));
    const expected = Object.fromEntries(owed.map((o) => [names.get(o.unitId)!, o._count._all]));
    expect(Object.fromEntries(units.map((u) => [u.name, u.due]))).toEqual(
      Object.fromEntries(units.map((u) => [u.name, expected[u.name] ?? 0])),
    );
    expect(units.filter((u) => u.due > 0).length).toBeGreaterThan(10);
  });
});
