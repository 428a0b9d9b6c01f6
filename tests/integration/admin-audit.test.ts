// The audit list on the real database: newest first, 50 a page with stable keyset paging in both
// directions, filters by actor, action, record type and China-time dates.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { AUDIT_PAGE_SIZE, auditFilterSchema, listAuditEvents } from "@/lib/data/audit/list-audit-events.ts";
import { adminMessages } from "@/lib/messages/admin.ts";
import { createViewer } from "../helpers/factories.ts";
import { createTestDb, testBackendName, useAsAppDb, type TestDb } from "../helpers/test-db.ts";

describe(`audit list (${testBackendName()})`, () => {
  let db: TestDb;
  let admin: Viewer;
  let other: Viewer;
  let unitId: number;
  const T0 = Date.parse("2023-05-01T00:00:00Z");

  beforeAll(async () => {
    db = await createTestDb();
    useAsAppDb(db);
    admin = await createViewer(db.prisma, "ADMIN");
    other = await createViewer(db.prisma, "COORDINATOR");
    unitId = (await db.prisma.unit.create({ data: { name: "测试科", region: { connect: { name: "市本级" } } } })).id;
    // 120 events a minute apart; every tenth shares its time with the one before (ties break by id).
    await db.prisma.auditEvent.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        at: new Date(T0 + (i % 10 === 9 ? i - 1 : i) * 60_000),
        actorId: i % 3 === 0 ? null : i % 3 === 1 ? admin.id : other.id,
        actorName: i % 3 === 0 ? "系统" : i % 3 === 1 ? admin.name : other.name,
        action: i % 2 === 0 ? "report.submit" : "user.update",
        entityType: i % 2 === 0 ? "ProgressReport" : "User",
        entityId: String(i % 2 === 0 ? 1000 + i : other.id),
        before: { n: i },
        after: { n: i + 1 },
      })),
    });
    // Either side of midnight in Beijing (16:00 UTC).
    await db.prisma.auditEvent.createMany({
      data: [
        {
          at: new Date("2023-06-02T15:59:59Z"),
          actorName: "系统",
          action: "unit.rename",
          entityType: "Unit",
          entityId: String(unitId),
          before: { name: "旧" },
          after: { name: "测试科" },
        },
        {
          at: new Date("2023-06-02T16:00:00Z"),
          actorId: admin.id,
          actorName: admin.name,
          action: "user.create",
          entityType: "User",
          entityId: String(admin.id),
          after: { role: "REPORTER", unitId },
        },
      ],
    });
  });
  afterAll(async () => {
    await db?.drop();
  });

  const sortedDesc = (rows: { at: Date; id: number }[]) =>
    rows.every((r, i) => i === 0 || rows[i - 1].at > r.at || (rows[i - 1].at.getTime() === r.at.getTime() && rows[i - 1].id > r.id));

  it("pages through every event newest first, and back again", async () => {
    const total = await db.prisma.auditEvent.count();
    const first = await listAuditEvents(admin, {});
    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.newer).toBeNull();
    expect(first.events[0].action).toBe("user.create"); // 2023-06-02T16:00Z, the newest
    const seen = [...first.events];
    let page = first;
    const pages = [first];
    while (page.older !== null) {
      page = await listAuditEvents(admin, { before: page.older });
      expect(page.newer).toBe(page.events[0].id);
      seen.push(...page.events);
      pages.push(page);
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((e) => e.id)).size).toBe(total);
    expect(sortedDesc(seen)).toBe(true);
    expect(pages.map((p) => p.events.length)).toEqual([50, 50, total - 100]);

    // Back from the last page: the middle page again, exactly.
    const back = await listAuditEvents(admin, { after: pages[2].newer! });
    expect(back.events.map((e) => e.id)).toEqual(pages[1].events.map((e) => e.id));
    expect(back.older).toBe(pages[1].older);
    expect(back.newer).toBe(pages[1].events[0].id);
    const top = await listAuditEvents(admin, { after: back.newer! });
    expect(top.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
    expect(top.newer).toBeNull();
  });

  it("filters by actor, the system, action and record type", async () => {
    const byOther = await listAuditEvents(admin, { actor: other.id });
    expect(byOther.events.length).toBe(40);
    expect(byOther.events.every((e) => e.actorId === other.id)).toBe(true);
    const bySystem = await listAuditEvents(admin, { actor: "system" });
    expect(bySystem.events.length).toBe(41);
    expect(bySystem.events.every((e) => e.actorId === null)).toBe(true);
    const updates = await listAuditEvents(admin, { action: "user.update", entity: "User" });
    expect(updates.events.length).toBe(50);
    expect(updates.older).not.toBeNull();
    expect(updates.events.every((e) => e.action === "user.update")).toBe(true);
    expect((await listAuditEvents(admin, { entity: "Unit" })).events.map((e) => e.action)).toEqual(["unit.rename"]);
  });

  it("reads dates as Beijing days, both ends included", async () => {
    const june3 = await listAuditEvents(admin, { from: "2023-06-03", to: "2023-06-03" });
    expect(june3.events.map((e) => e.action)).toEqual(["user.create"]);
    const june2 = await listAuditEvents(admin, { from: "2023-06-02", to: "2023-06-02" });
    expect(june2.events.map((e) => e.action)).toEqual(["unit.rename"]);
    expect((await listAuditEvents(admin, { to: "2023-04-30" })).events).toEqual([]);
  });

  it("offers the filter choices that occur and names the records it shows", async () => {
    const page = await listAuditEvents(admin, { from: "2023-06-02" });
    expect(page.options.actors.map((a) => a.id).sort()).toEqual([admin.id, other.id].sort());
    expect(page.options.system).toBe(true);
    expect(page.options.actions).toEqual(["report.submit", "unit.rename", "user.create", "user.update"]);
    expect(page.options.entityTypes).toEqual(["ProgressReport", "Unit", "User"]);
    expect(page.labels.units[unitId]).toBe("测试科");
    expect(page.labels.users[admin.id]?.displayName).toBe(admin.name);
  });

  it("validates the GET filter with Chinese messages", () => {
    const bad = auditFilterSchema.safeParse({ from: "2023-13-01" });
    expect(bad.error?.issues[0].message).toBe(adminMessages.audit.badDate);
    const reversed = auditFilterSchema.safeParse({ from: "2023-06-05", to: "2023-06-01" });
    expect(reversed.error?.issues[0].message).toBe(adminMessages.audit.badRange);
    expect(auditFilterSchema.safeParse({ action: "'; DROP TABLE" }).success).toBe(false);
    expect(auditFilterSchema.parse({ actor: "", action: "", entity: "", from: "", to: "", before: "" })).toEqual({});
    expect(auditFilterSchema.parse({ actor: "7", before: "12" })).toEqual({ actor: 7, before: 12 });
  });

  it("is for administrators only", async () => {
    await expect(listAuditEvents(other, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
