// 催办, the notification centre and the "returned" notification on a real database: a chase reaches
// the chased unit only, pinned while unread, and shows in the measure's history for those who may
// read it; marking read touches the viewer's own rows only; a returned report tells its unit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { getChaseOptions } from "@/lib/data/chases/get-chase-options.ts";
import { listMeasureChases } from "@/lib/data/chases/list-measure-chases.ts";
import { chaseInputSchema, sendChase } from "@/lib/data/chases/send-chase.ts";
import { countUnread, listNotifications, PAGE_SIZE } from "@/lib/data/notifications/list-notifications.ts";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/data/notifications/mark-read.ts";
import { notifyUnit } from "@/lib/data/notifications/notify.ts";
import { reportInputSchema } from "@/lib/data/reports/report-input.ts";
import { returnReport } from "@/lib/data/reports/review-reports.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import { toDbDate } from "@/lib/domain/dates.ts";
import { installTestDb } from "../helpers/app-db.ts";
import { createViewer, measureByNumbers, seedPlan } from "../helpers/factories.ts";
import { testBackendName, type TestDb } from "../helpers/test-db.ts";

describe(`chases and the notification centre (${testBackendName()})`, () => {
  let db: TestDb;
  let planId: number;
  let measureId: number;
  let hrUnit: number;
  let partyUnit: number;
  let otherUnit: number;
  let hr: Viewer;
  let party: Viewer;
  let other: Viewer;
  let coordinator: Viewer;
  let leader: Viewer;
  let may: number;

  beforeAll(async () => {
    db = await installTestDb();
    planId = await seedPlan(db.prisma);
    const measure = await measureByNumbers(db.prisma, planId, 1, 3); // 人事科 leads, 机关党委 co-owns
    measureId = measure.id;
    [hrUnit, partyUnit] = measure.unitIds;
    otherUnit = (await db.prisma.unit.findFirstOrThrow({ where: { name: "财务科" } })).id;
    hr = await createViewer(db.prisma, "REPORTER", hrUnit);
    party = await createViewer(db.prisma, "REPORTER", partyUnit);
    other = await createViewer(db.prisma, "REPORTER", otherUnit);
    coordinator = await createViewer(db.prisma, "COORDINATOR");
    leader = await createViewer(db.prisma, "LEADER");
    may = (await db.prisma.reportingPeriod.findFirstOrThrow({ where: { planId, label: "2023年5月" } })).id;
  });
  afterAll(async () => {
    await db?.drop();
  });

  const chase = (fields: Record<string, unknown>) =>
    chaseInputSchema.parse({ target: "report", measureId, unitId: hrUnit, periodId: may, ...fields });

  it("refuses bad chases with a Chinese message and writes nothing", async () => {
    const bad = chaseInputSchema.safeParse({ target: "report", measureId, unitId: hrUnit, periodId: may, message: "   " });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toBe("请填写催办内容。");
    expect(
      chaseInputSchema.safeParse({ target: "report", measureId, unitId: "", periodId: may, message: "x" }).error?.issues[0].message,
    ).toBe("请选择责任单位。");
    expect(chaseInputSchema.safeParse({ target: "nothing", message: "x" }).error?.issues[0].message).toBe("请选择催办的报告或问题。");
    expect(
      chaseInputSchema.safeParse({ target: "report", measureId, unitId: hrUnit, periodId: may, message: "长".repeat(501) }).error?.issues[0]
        .message,
    ).toBe("催办内容不能超过 500 个字。");

    await expect(sendChase(hr, chase({ message: "请尽快报送" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(sendChase(leader, chase({ message: "请尽快报送" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    // 财务科 does not own the measure; a period of no plan.
    await expect(sendChase(coordinator, chase({ unitId: otherUnit, message: "请尽快报送" }))).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "找不到该措施，或该单位不是它的责任单位。",
    });
    await expect(sendChase(coordinator, chase({ periodId: 999_999, message: "请尽快报送" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.prisma.chase.count()).toBe(0);
    expect(await db.prisma.notification.count()).toBe(0);
    expect(await db.prisma.auditEvent.count({ where: { entityType: "Chase" } })).toBe(0);
  });

  it("a chase reaches the chased unit, pinned while unread, and nobody else", async () => {
    // Earlier and later ordinary notifications, so "pinned" is more than "newest".
    await db.prisma.$transaction((tx) => notifyUnit(tx, hrUnit, { kind: "REPORT_DUE_SOON", title: "较早的提醒", dedupeKey: "early" }));
    const sent = await sendChase(coordinator, chase({ message: "请于明日下班前补报5月进展。" }));
    expect(sent).toMatchObject({ unitName: "人事科", recipients: 1 });
    await db.prisma.$transaction((tx) => notifyUnit(tx, hrUnit, { kind: "REPORT_OVERDUE", title: "较新的提醒", dedupeKey: "late" }));

    const page = await listNotifications(hr);
    expect(page.pinned.map((n) => [n.kind, n.title, n.body, n.href])).toEqual([
      ["CHASE", `${coordinator.name}催办：任务1 措施3 2023年5月进展`, "请于明日下班前补报5月进展。", `/inbox/${may}/${measureId}`],
    ]);
    expect(page.items.map((n) => n.title)).toEqual(["较新的提醒", "较早的提醒"]);
    expect(page.unread).toBe(3);
    expect(await countUnread(hr)).toBe(3);

    for (const viewer of [party, other, coordinator, leader]) {
      const theirs = await listNotifications(viewer);
      expect(theirs.pinned).toEqual([]);
      expect(theirs.items).toEqual([]);
      expect(await countUnread(viewer)).toBe(0);
    }

    const row = await db.prisma.chase.findUniqueOrThrow({ where: { id: sent.chaseId } });
    expect(row).toMatchObject({ unitId: hrUnit, measureId, periodId: may, reportId: null, createdById: coordinator.id });
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "Chase", entityId: String(sent.chaseId) } });
    expect(audit).toMatchObject({ action: "chase.send", measureId, actorId: coordinator.id });
  });

  it("shows in the measure's history to the bureau, the leader and the chased unit only", async () => {
    for (const viewer of [coordinator, leader, hr]) {
      const chases = await listMeasureChases(viewer, measureId);
      expect(chases.map((c) => [c.unit.name, c.period?.label, c.senderName, c.message])).toEqual([
        ["人事科", "2023年5月", coordinator.name, "请于明日下班前补报5月进展。"],
      ]);
    }
    expect(await listMeasureChases(party, measureId)).toEqual([]); // co-owns the measure, but was not chased
    expect(await listMeasureChases(other, measureId)).toEqual([]);
  });

  it("a chase about an existing report and one about a ledger entry", async () => {
    const report = await saveReport(party, reportInputSchema.parse({ measureId, periodId: may, progress: "草稿" }));
    const sent = await sendChase(coordinator, chase({ unitId: partyUnit, message: "请提交草稿" }));
    expect((await db.prisma.chase.findUniqueOrThrow({ where: { id: sent.chaseId } })).reportId).toBe(report.id);

    const base = {
      planId,
      measureId,
      unitId: hrUnit,
      responsiblePerson: "张三",
      source: "DIRECT" as const,
      createdById: hr.id,
      dueOn: toDbDate("2023-06-30"),
      originalDueOn: toDbDate("2023-06-30"),
    };
    const entry = await db.prisma.problem.create({ data: { ...base, description: "培训台账不全", publishedAt: new Date() } });
    const draft = await db.prisma.problem.create({ data: { ...base, description: "草稿条目" } });
    const resolved = await db.prisma.problem.create({
      data: { ...base, description: "已销号条目", state: "RESOLVED", publishedAt: new Date() },
    });
    const problemChase = (problemId: number) => chaseInputSchema.parse({ target: "problem", problemId, message: "请加快整改" });
    await expect(sendChase(coordinator, problemChase(draft.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sendChase(coordinator, problemChase(resolved.id))).rejects.toMatchObject({
      code: "CONFLICT",
      message: "该问题已销号，无需催办。",
    });
    await sendChase(coordinator, problemChase(entry.id));
    const pinned = (await listNotifications(hr)).pinned;
    expect(pinned[0]).toMatchObject({
      kind: "CHASE",
      title: `${coordinator.name}催办：问题台账“培训台账不全”`,
      href: `/problems/${entry.id}`,
    });
    const history = await listMeasureChases(hr, measureId);
    expect(history.map((c) => c.problem?.description ?? c.period?.label)).toEqual(["2023年5月", "培训台账不全"]);
  });

  it("offers the measure's units and started periods to the bureau only", async () => {
    const options = await getChaseOptions(coordinator, measureId);
    expect(options?.units.map((u) => u.name)).toEqual(["人事科", "机关党委"]);
    expect(options?.periods.length).toBeGreaterThan(0);
    expect(await getChaseOptions(hr, measureId)).toBeNull();
    expect(await getChaseOptions(leader, measureId)).toBeNull();
  });

  it("marking read touches only the viewer's own rows, whatever id is sent", async () => {
    const hrChase = (await listNotifications(hr)).pinned[0];
    const partyNote = (await listNotifications(party)).pinned[0];
    expect(partyNote.readAt).toBeNull();
    // Another user's notification: not found, and still unread.
    await expect(markNotificationRead(hr, partyNote.id)).rejects.toMatchObject({ code: "NOT_FOUND", message: "找不到这条通知。" });
    await expect(markNotificationRead(hr, 987_654)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.prisma.notification.findUniqueOrThrow({ where: { id: partyNote.id } })).readAt).toBeNull();

    const before = await countUnread(hr);
    await markNotificationRead(hr, hrChase.id);
    await markNotificationRead(hr, hrChase.id); // twice: still fine
    expect(await countUnread(hr)).toBe(before - 1);
    const after = await listNotifications(hr);
    expect(after.pinned.map((n) => n.id)).not.toContain(hrChase.id); // read: no longer pinned
    expect(after.items.find((n) => n.id === hrChase.id)?.readAt).not.toBeNull();

    expect(await markAllNotificationsRead(hr)).toBe(before - 1);
    expect(await countUnread(hr)).toBe(0);
    expect(await countUnread(party)).toBe(1); // untouched
  });

  it("pages the list, newest first", async () => {
    await db.prisma.notification.createMany({
      data: Array.from({ length: PAGE_SIZE + 5 }, (_, i) => ({
        userId: other.id,
        kind: "REPORT_OVERDUE",
        title: `提醒${i}`,
        createdAt: new Date(Date.UTC(2023, 5, 1, 0, i)),
      })),
    });
    const first = await listNotifications(other, 1);
    expect(first).toMatchObject({ total: PAGE_SIZE + 5, pageCount: 2, page: 1 });
    expect(first.items[0].title).toBe(`提醒${PAGE_SIZE + 4}`);
    const second = await listNotifications(other, 2);
    expect(second.items.map((n) => n.title)).toEqual(["提醒4", "提醒3", "提醒2", "提醒1", "提醒0"]);
    expect((await listNotifications(other, 99)).page).toBe(2);
  });

  it("a returned report tells its unit why, in the same transaction as the return", async () => {
    const id = (
      await saveReport(hr, reportInputSchema.parse({ measureId, periodId: may, progress: "已完成方案", percent: 30, submit: true }))
    ).id;
    await returnReport(coordinator, id, "请补充参训人数。");
    const returned = (await listNotifications(hr)).items.find((n) => n.kind === "REPORT_RETURNED");
    expect(returned).toMatchObject({
      title: "任务1 措施3：2023年5月进展被退回修改",
      body: "退回原因：请补充参训人数。",
      href: `/inbox/${may}/${measureId}`,
      readAt: null,
    });
    expect((await listNotifications(party)).items.some((n) => n.kind === "REPORT_RETURNED")).toBe(false);
    // A return that fails (already returned) leaves no notification behind.
    const count = await db.prisma.notification.count({ where: { kind: "REPORT_RETURNED" } });
    await expect(returnReport(coordinator, id, "再次退回")).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.prisma.notification.count({ where: { kind: "REPORT_RETURNED" } })).toBe(count);
  });
});
