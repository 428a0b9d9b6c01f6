// The mail job against a local SMTP sink (smtp-server on 127.0.0.1): a notification of a user with
// an e-mail address is delivered once, in Chinese, even with two senders at once; users without an
// address, read notifications and a server without SMTP get no mail.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { chaseInputSchema, sendChase } from "@/lib/data/chases/send-chase.ts";
import { notifyUnit } from "@/lib/data/notifications/notify.ts";
import { closeMailTransport, sendPendingMail } from "@/lib/data/notifications/send-pending-mail.ts";
import { installTestDb } from "../helpers/app-db.ts";
import { createViewer, measureByNumbers, seedPlan } from "../helpers/factories.ts";
import { startSmtpSink, type SmtpSink } from "../helpers/smtp-sink.ts";
import { testBackendName, type TestDb } from "../helpers/test-db.ts";

const ENV = ["SMTP_URL", "MAIL_FROM", "PUBLIC_URL"] as const;

describe(`notification mail (${testBackendName()})`, () => {
  let db: TestDb;
  let sink: SmtpSink;
  let planId: number;
  let measureId: number;
  let hrUnit: number;
  let hr: Viewer;
  let hrNoMail: Viewer;
  let coordinator: Viewer;
  const saved = Object.fromEntries(ENV.map((k) => [k, process.env[k]]));

  beforeAll(async () => {
    db = await installTestDb();
    sink = await startSmtpSink();
    planId = await seedPlan(db.prisma);
    const measure = await measureByNumbers(db.prisma, planId, 1, 3);
    measureId = measure.id;
    hrUnit = measure.unitIds[0];
    hr = await createViewer(db.prisma, "REPORTER", hrUnit);
    hrNoMail = await createViewer(db.prisma, "REPORTER", hrUnit);
    coordinator = await createViewer(db.prisma, "COORDINATOR");
    await db.prisma.user.update({ where: { id: hr.id }, data: { email: "renshike@example.org" } });
  });
  afterEach(() => {
    for (const k of ENV) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });
  afterAll(async () => {
    closeMailTransport();
    await sink?.close();
    await db?.drop();
  });

  function configure() {
    process.env.SMTP_URL = sink.url;
    process.env.MAIL_FROM = "督办平台 <duban@example.org>";
    process.env.PUBLIC_URL = "https://duban.example.org";
  }

  it("without SMTP, nothing is sent and nothing is marked", async () => {
    for (const k of ENV) delete process.env[k];
    await db.prisma.$transaction((tx) => notifyUnit(tx, hrUnit, { kind: "REPORT_DUE_SOON", title: "测试提醒", dedupeKey: "no-smtp" }));
    expect(await sendPendingMail()).toEqual({ configured: false, sent: 0, failed: 0 });
    expect(await db.prisma.notification.count({ where: { emailedAt: { not: null } } })).toBe(0);
    // Not worth a mail any more once read in the portal.
    await db.prisma.notification.updateMany({ data: { readAt: new Date() } });
  });

  it("mails a chase to the unit's user with an address, in Chinese, once", async () => {
    configure();
    const sent = await sendChase(
      coordinator,
      chaseInputSchema.parse({
        target: "report",
        measureId,
        unitId: hrUnit,
        periodId: (await db.prisma.reportingPeriod.findFirstOrThrow({ where: { planId, label: "2023年5月" } })).id,
        message: "请于明日下班前补报5月进展。",
      }),
    );
    expect(sent.recipients).toBe(2);

    expect(await sendPendingMail()).toEqual({ configured: true, sent: 1, failed: 0 });
    expect(sink.mails).toHaveLength(1);
    const [mail] = sink.mails;
    expect(mail.to).toEqual(["renshike@example.org"]);
    expect(mail.from).toBe("duban@example.org");
    expect(mail.subject).toBe(`【督办】${coordinator.name}催办：任务1 措施3 2023年5月进展`);
    expect(mail.text).toContain(`${hr.name}：`);
    expect(mail.text).toContain("请于明日下班前补报5月进展。");
    expect(mail.text).toMatch(/查看详情：https:\/\/duban\.example\.org\/inbox\/\d+\/\d+/);

    // Marked as mailed; the user without an address gets the in-app copy only.
    const rows = await db.prisma.notification.findMany({ where: { kind: "CHASE" }, select: { userId: true, emailedAt: true } });
    expect(rows.find((r) => r.userId === hr.id)?.emailedAt).not.toBeNull();
    expect(rows.find((r) => r.userId === hrNoMail.id)?.emailedAt).toBeNull();
    // The earlier notification, read before SMTP was configured, was never mailed.
    expect(sink.mails.some((m) => m.subject.includes("测试提醒"))).toBe(false);

    expect(await sendPendingMail()).toEqual({ configured: true, sent: 0, failed: 0 });
    expect(sink.mails).toHaveLength(1);
  });

  it("two senders at once deliver each mail once", async () => {
    configure();
    await db.prisma.$transaction(async (tx) => {
      for (let i = 0; i < 60; i++)
        await notifyUnit(tx, hrUnit, { kind: "REPORT_OVERDUE", title: `逾期提醒 ${i}`, dedupeKey: `burst-${i}` });
    });
    const before = sink.mails.length;
    const runs = await Promise.all([sendPendingMail(), sendPendingMail()]);
    expect(runs[0].sent + runs[1].sent).toBe(60);
    const subjects = sink.mails.slice(before).map((m) => m.subject);
    expect(subjects).toHaveLength(60);
    expect(new Set(subjects).size).toBe(60);
    expect(subjects).toContain("【督办】逾期提醒 59");
  });

  it("a mail server that refuses for now leaves the notification to be sent again", async () => {
    configure();
    process.env.SMTP_URL = "smtp://127.0.0.1:1"; // nothing listens there
    await db.prisma.$transaction((tx) => notifyUnit(tx, hrUnit, { kind: "REPORT_OVERDUE", title: "重试提醒", dedupeKey: "retry" }));
    const failed = await sendPendingMail();
    expect(failed).toMatchObject({ configured: true, sent: 0, failed: 1 });
    const row = await db.prisma.notification.findFirstOrThrow({ where: { dedupeKey: "retry", userId: hr.id } });
    expect(row.emailedAt).toBeNull();
    process.env.SMTP_URL = sink.url;
    expect(await sendPendingMail()).toMatchObject({ sent: 1, failed: 0 });
    expect(sink.mails.at(-1)?.subject).toBe("【督办】重试提醒");
  });
});
