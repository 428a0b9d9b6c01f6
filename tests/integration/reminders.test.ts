// The reminder job and the job runner on a real database: each reminder once per item and day,
// whether the job runs twice or several times at once; each daily run claimed by one runner only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { claimJobRun, STALE_MINUTES } from "@/lib/data/jobs/job-runs.ts";
import { createReminders } from "@/lib/data/notifications/create-reminders.ts";
import { reportInputSchema } from "@/lib/data/reports/report-input.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import { toDbDate } from "@/lib/domain/dates.ts";
import { runDueJobs } from "@/lib/jobs/scheduler.ts";
import { installTestDb } from "../helpers/app-db.ts";
import { createViewer, measureByNumbers, seedPlan } from "../helpers/factories.ts";
import { testBackendName, type TestDb } from "../helpers/test-db.ts";

describe(`reminders and the job runner (${testBackendName()})`, () => {
  let db: TestDb;
  let planId: number;
  let measureId: number;
  let hrUnit: number;
  let partyUnit: number;
  let hr: Viewer;
  let hr2: Viewer;
  let party: Viewer;
  let april: number;
  let may: number;

  beforeAll(async () => {
    db = await installTestDb();
    planId = await seedPlan(db.prisma);
    const measure = await measureByNumbers(db.prisma, planId, 1, 3); // 人事科 leads, 机关党委 co-owns
    measureId = measure.id;
    [hrUnit, partyUnit] = measure.unitIds;
    hr = await createViewer(db.prisma, "REPORTER", hrUnit);
    hr2 = await createViewer(db.prisma, "REPORTER", hrUnit);
    party = await createViewer(db.prisma, "REPORTER", partyUnit);
    const gone = await createViewer(db.prisma, "REPORTER", hrUnit);
    await db.prisma.user.update({ where: { id: gone.id }, data: { active: false } });
    april = (await db.prisma.reportingPeriod.findFirstOrThrow({ where: { planId, label: "2023年4月" } })).id;
    may = (await db.prisma.reportingPeriod.findFirstOrThrow({ where: { planId, label: "2023年5月" } })).id;
  });
  afterAll(async () => {
    await db?.drop();
  });

  const mine = (viewer: Viewer) => db.prisma.notification.findMany({ where: { userId: viewer.id }, orderBy: { id: "asc" } });

  it("reminds each owing unit's active users of reports due within 3 days and overdue ones", async () => {
    const run = await createReminders("2023-06-03");
    expect(run.plans).toBe(1); // the one open plan: the city's 2023 list
    expect(run.reports).toBeGreaterThan(0);
    const hrNotes = await mine(hr);
    const dueSoon = hrNotes.find((n) => n.dedupeKey === `REPORT_DUE_SOON:${measureId}:${may}:${hrUnit}:2023-06-03`);
    expect(dueSoon).toMatchObject({
      kind: "REPORT_DUE_SOON",
      title: "任务1 措施3：2023年5月进展 2 天后截止报送",
      href: `/inbox/${may}/${measureId}`,
      readAt: null,
    });
    expect(dueSoon?.body).toContain("2023年6月5日");
    const overdue = hrNotes.find((n) => n.dedupeKey === `REPORT_OVERDUE:${measureId}:${april}:${hrUnit}:2023-06-03`);
    expect(overdue?.title).toBe("任务1 措施3：2023年4月进展已逾期 29 天未报送");
    // Every item of the unit reaches each of its active users alike; the co-owning unit gets its own.
    expect((await mine(hr2)).map((n) => n.dedupeKey)).toEqual(hrNotes.map((n) => n.dedupeKey));
    expect((await mine(party)).some((n) => n.dedupeKey === `REPORT_DUE_SOON:${measureId}:${may}:${partyUnit}:2023-06-03`)).toBe(true);
    expect(await db.prisma.notification.count({ where: { user: { active: false } } })).toBe(0);
    // Only reports: as many notifications as reminders × the users of their units (2 at 人事科, 1 at 机关党委).
    const users = await db.prisma.user.findMany({ where: { active: true, unitId: { not: null } }, select: { unitId: true } });
    expect(users.length).toBe(3);
    expect(run.created).toBe(await db.prisma.notification.count());
  });

  it("run again for the same day, it creates nothing", async () => {
    const before = await db.prisma.notification.count();
    const again = await createReminders("2023-06-03");
    expect(again.reports).toBeGreaterThan(0);
    expect(again.created).toBe(0);
    expect(await db.prisma.notification.count()).toBe(before);
  });

  it("several runs at once for a new day create each reminder once", async () => {
    const before = await db.prisma.notification.count();
    const runs = await Promise.all(Array.from({ length: 4 }, () => createReminders("2023-06-04")));
    const created = runs.reduce((n, r) => n + r.created, 0);
    const today = await db.prisma.notification.count({ where: { dedupeKey: { endsWith: ":2023-06-04" } } });
    expect(created).toBe(today);
    expect(today).toBeGreaterThan(0);
    expect(await db.prisma.notification.count()).toBe(before + today);
    const keys = (await mine(hr)).map((n) => n.dedupeKey).filter((k) => k?.endsWith(":2023-06-04"));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("a submitted report is no longer reminded; the other unit's still is", async () => {
    await saveReport(hr, reportInputSchema.parse({ measureId, periodId: may, progress: "已完成", percent: 40, submit: true }));
    await createReminders("2023-06-05");
    const keys = async (v: Viewer) => (await mine(v)).map((n) => n.dedupeKey);
    expect(await keys(hr)).not.toContain(`REPORT_DUE_SOON:${measureId}:${may}:${hrUnit}:2023-06-05`);
    expect(await keys(party)).toContain(`REPORT_DUE_SOON:${measureId}:${may}:${partyUnit}:2023-06-05`);
  });

  it("reminds the responsible unit of published ledger entries due soon or overdue, not of drafts or 销号 ones", async () => {
    const base = { planId, measureId, unitId: hrUnit, responsiblePerson: "张三", source: "DIRECT" as const, createdById: hr.id };
    const due = (date: string) => ({ dueOn: toDbDate(date), originalDueOn: toDbDate(date) });
    const open = await db.prisma.problem.create({
      data: { ...base, ...due("2023-06-08"), description: "教师培训学时统计口径不一致，需要统一", publishedAt: new Date() },
    });
    const late = await db.prisma.problem.create({
      data: { ...base, ...due("2023-06-01"), description: "逾期问题", state: "RESOLUTION_SUBMITTED", publishedAt: new Date() },
    });
    const draft = await db.prisma.problem.create({ data: { ...base, ...due("2023-06-08"), description: "草稿" } });
    const done = await db.prisma.problem.create({
      data: { ...base, ...due("2023-06-08"), description: "已销号", state: "RESOLVED", publishedAt: new Date() },
    });
    const run = await createReminders("2023-06-06");
    expect(run.problems).toBe(2);
    const notes = (await mine(hr)).filter((n) => n.kind.startsWith("PROBLEM_"));
    expect(notes.map((n) => [n.kind, n.dedupeKey, n.href])).toEqual([
      ["PROBLEM_OVERDUE", `PROBLEM_OVERDUE:${late.id}:2023-06-06`, `/problems/${late.id}`],
      ["PROBLEM_DUE_SOON", `PROBLEM_DUE_SOON:${open.id}:2023-06-06`, `/problems/${open.id}`],
    ]);
    expect(notes[0].title).toBe("问题台账“逾期问题”已逾期 5 天");
    expect(notes[1].title).toBe("问题台账“教师培训学时统计口径不一致，需要统一”2 天后到期");
    expect((await mine(party)).some((n) => n.kind.startsWith("PROBLEM_"))).toBe(false);
    expect(JSON.stringify(notes)).not.toMatch(/草稿|已销号/);
    expect([draft.id, done.id].some((id) => notes.some((n) => n.href === `/problems/${id}`))).toBe(false);
  });

  it("the runner runs each daily job once per day, however many runners tick at once", async () => {
    const at = { today: "2023-06-07", minuteOfDay: 8 * 60 };
    const outcomes = (await Promise.all([runDueJobs(at), runDueJobs(at), runDueJobs(at)])).flat();
    const ran = (job: string) => outcomes.filter((o) => o.job === job);
    expect(ran("escalations")).toHaveLength(1);
    expect(ran("reminders")).toHaveLength(1);
    expect(ran("reminders")[0].result).toMatchObject({ plans: 1, date: "2023-06-07" });
    expect(ran("mail").map((o) => o.result)).toEqual([0, 1, 2].map(() => ({ configured: false, sent: 0, failed: 0 })));
    const runs = await db.prisma.jobRun.findMany({ where: { runKey: "2023-06-07" }, orderBy: { job: "asc" } });
    expect(runs.map((r) => [r.job, r.finishedAt !== null])).toEqual([
      ["escalations", true],
      ["reminders", true],
    ]);
    expect(await db.prisma.notification.count({ where: { dedupeKey: { endsWith: ":2023-06-07" } } })).toBeGreaterThan(0);
    // Later ticks of the day find the runs taken.
    const later = await runDueJobs({ today: "2023-06-07", minuteOfDay: 20 * 60 });
    expect(later.map((o) => o.job)).toEqual(["mail"]);
    // Before 08:00 the day's reminders are not due yet (escalations are, from 00:05).
    const early = await runDueJobs({ today: "2023-06-08", minuteOfDay: 7 * 60 });
    expect(early.map((o) => o.job)).toEqual(["escalations", "mail"]);
  });

  it("a run left unfinished is taken again only once it is stale", async () => {
    expect(await claimJobRun("reminders", "2023-06-09")).toBe(true);
    expect(await claimJobRun("reminders", "2023-06-09")).toBe(false); // running (or failed) just now
    await db.prisma.jobRun.update({
      where: { job_runKey: { job: "reminders", runKey: "2023-06-09" } },
      data: { startedAt: new Date(Date.now() - (STALE_MINUTES + 1) * 60_000) },
    });
    expect(await claimJobRun("reminders", "2023-06-09")).toBe(true);
    // A finished run is never taken again, however old.
    await db.prisma.jobRun.update({
      where: { job_runKey: { job: "reminders", runKey: "2023-06-09" } },
      data: { startedAt: new Date(Date.now() - 86_400_000), finishedAt: new Date() },
    });
    expect(await claimJobRun("reminders", "2023-06-09")).toBe(false);
  });
});
