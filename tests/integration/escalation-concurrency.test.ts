// Several page loads bringing escalations in line at once (the dashboard does it as of today):
// each red measure gets one escalation and one audit event, not one per page load.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncEscalations } from "@/lib/data/status/escalations.ts";
import { computePlanStatus } from "@/lib/data/status/get-plan-status.ts";
import { createTestDb, useAsAppDb, type TestDb } from "../helpers/test-db.ts";
import { seedPlan } from "../helpers/factories.ts";

let db: TestDb;
let planId: number;

beforeAll(async () => {
  db = await createTestDb();
  useAsAppDb(db);
  planId = await seedPlan(db.prisma);
});
afterAll(async () => {
  await db?.drop();
});

describe("escalation sync under concurrency", () => {
  it("starts each red measure's escalation once however many syncs run at the same time", async () => {
    const red = (await computePlanStatus(db.prisma, planId, "2023-06-07")).measures.filter((m) => m.status.colour === "RED");
    expect(red.length).toBeGreaterThan(1);
    const results = await Promise.all(Array.from({ length: 6 }, () => syncEscalations(planId, "2023-06-07")));
    expect(results.reduce((n, r) => n + r.started, 0)).toBe(red.length);
    const escalations = await db.prisma.escalation.findMany({ where: { measure: { planId } }, select: { measureId: true } });
    expect(escalations.map((e) => e.measureId).sort((a, b) => a - b)).toEqual(red.map((m) => m.id).sort((a, b) => a - b));
    expect(await db.prisma.auditEvent.count({ where: { action: "escalation.start" } })).toBe(red.length);
  });
});
