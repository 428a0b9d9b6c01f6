// One write path (lib/data/mutate.ts), proven on PostgreSQL: a trigger on every table records each
// row written by a transaction that mutate did not open (mutate marks its own with `duban.mutate`),
// then a write of every kind runs through the same data functions the actions and the API call,
// and nothing may have been recorded. The exceptions are named here and in mutate.ts: session and
// sign-in bookkeeping, the API rate window, job runs, a token's last use and a notification read or
// mailed (the viewer's own state, which must not move the data version every cache keys on).
// A control write outside mutate is recorded, so the trigger is known to work. Also: every write
// moves the data version, and reading the dashboard and the inbox writes nothing at all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { sendChase, chaseInputSchema } from "@/lib/data/chases/send-chase.ts";
import { decideExtension } from "@/lib/data/extensions/decide-extension.ts";
import { extensionDecisionSchema, extensionRequestSchema } from "@/lib/data/extensions/extension-input.ts";
import { requestExtension } from "@/lib/data/extensions/request-extension.ts";
import { createMilestone } from "@/lib/data/milestones/create-milestone.ts";
import { deleteMilestone } from "@/lib/data/milestones/delete-milestone.ts";
import { createMilestoneSchema } from "@/lib/data/milestones/milestone-input.ts";
import { updateMilestone } from "@/lib/data/milestones/update-milestone.ts";
import { createReminders } from "@/lib/data/notifications/create-reminders.ts";
import { setPlanFrozen } from "@/lib/data/plans/set-plan-frozen.ts";
import { createProblem } from "@/lib/data/problems/create-problem.ts";
import { createProblemSchema } from "@/lib/data/problems/problem-input.ts";
import { updateProblemRemedy } from "@/lib/data/problems/update-problem.ts";
import { markIndicator } from "@/lib/data/quality/indicator-marks.ts";
import { updateQualitySettings } from "@/lib/data/quality/quality-settings.ts";
import { listInbox } from "@/lib/data/reports/list-inbox.ts";
import { reportInputSchema } from "@/lib/data/reports/report-input.ts";
import { approveReports, returnReport } from "@/lib/data/reports/review-reports.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import { getDashboard } from "@/lib/data/status/get-dashboard.ts";
import { liftEscalation, setEscalation, syncEscalations } from "@/lib/data/status/escalations.ts";
import { liftStatusOverride, setStatusOverride } from "@/lib/data/status/status-override.ts";
import { updateThresholds } from "@/lib/data/status/update-thresholds.ts";
import { createToken } from "@/lib/data/tokens/create-token.ts";
import { revokeToken } from "@/lib/data/tokens/revoke-token.ts";
import { renameUnit } from "@/lib/data/units/rename-unit.ts";
import { endAllOwnSessions } from "@/lib/data/users/end-sessions.ts";
import { registerUser } from "@/lib/data/users/register-user.ts";
import { setUserActive } from "@/lib/data/users/set-user-active.ts";
import { getPlanSummary } from "@/lib/data/plans/resolve-plan.ts";
import { installTestDb } from "../helpers/app-db.ts";
import { createViewer, measureByNumbers, seedPlan } from "../helpers/factories.ts";
import { testBackendName, type TestDb } from "../helpers/test-db.ts";

/** Tables (and columns) written outside mutate on purpose; everything else must go through it. */
// ReportOpening: a reviewer having read a report on the review desk (their own state, like a notification read).
const BOOKKEEPING_TABLES = [
  "_prisma_migrations",
  "_outside_mutate",
  "LoginAttempt",
  "ApiRateWindow",
  "JobRun",
  "RevokedSession",
  "ReportOpening",
];
const BOOKKEEPING_COLUMNS: Record<string, string[]> = { ApiToken: ["lastUsedAt"], Notification: ["readAt", "emailedAt"] };

async function installWriteRecorder(db: TestDb): Promise<void> {
  await db.prisma.$executeRawUnsafe(`CREATE TABLE _outside_mutate (id serial PRIMARY KEY, tab text NOT NULL, op text NOT NULL)`);
  await db.prisma.$executeRawUnsafe(`
    CREATE FUNCTION duban_outside_mutate() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE ignored text[] := TG_ARGV;
    BEGIN
      IF current_setting('duban.mutate', true) IS DISTINCT FROM 'on' THEN
        -- An update of bookkeeping columns only is not a write of the portal's data.
        IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - ignored) = (to_jsonb(OLD) - ignored) THEN RETURN NULL; END IF;
        INSERT INTO _outside_mutate (tab, op) VALUES (TG_TABLE_NAME, TG_OP);
      END IF;
      RETURN NULL;
    END $$`);
  const tables = await db.prisma.$queryRaw<{ name: string }[]>`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`;
  for (const { name } of tables.filter((t) => !BOOKKEEPING_TABLES.includes(t.name))) {
    const args = (BOOKKEEPING_COLUMNS[name] ?? []).map((c) => `'${c}'`).join(", ");
    await db.prisma.$executeRawUnsafe(
      `CREATE TRIGGER outside_mutate AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION duban_outside_mutate(${args})`,
    );
  }
}

const outsideMutate = (db: TestDb) => db.prisma.$queryRaw<{ tab: string; op: string }[]>`SELECT tab, op FROM _outside_mutate ORDER BY id`;
const dataVersion = async (db: TestDb) => (await db.prisma.dataVersion.findUniqueOrThrow({ where: { id: 1 } })).version;

describe.runIf(testBackendName() === "postgres")(`one write path (${testBackendName()})`, () => {
  let db: TestDb;
  let planId: number;
  let measure: { id: number; unitIds: number[]; indicatorIds: number[] };
  let lead: Viewer;
  let coordinator: Viewer;
  let admin: Viewer;
  let may: number;

  beforeAll(async () => {
    process.env.DUBAN_TODAY = "2023-06-20";
    db = await installTestDb();
    planId = await seedPlan(db.prisma);
    measure = await measureByNumbers(db.prisma, planId, 1, 3);
    lead = await createViewer(db.prisma, "REPORTER", measure.unitIds[0]);
    coordinator = await createViewer(db.prisma, "COORDINATOR");
    admin = await createViewer(db.prisma, "ADMIN");
    may = (await db.prisma.reportingPeriod.findFirstOrThrow({ where: { planId, label: "2023年5月" } })).id;
    await installWriteRecorder(db);
  });
  afterAll(async () => {
    delete process.env.DUBAN_TODAY;
    await db?.drop();
  });

  it("records a write made outside mutate (the control)", async () => {
    await db.prisma.unit.update({ where: { id: measure.unitIds[0] }, data: { name: "人事科" } });
    expect(await outsideMutate(db)).toEqual([{ tab: "Unit", op: "UPDATE" }]);
    await db.prisma.$executeRawUnsafe(`TRUNCATE _outside_mutate`);
  });

  it("sends a write of every kind through mutate, each moving the data version", async () => {
    const writes: [string, () => Promise<unknown>][] = [
      [
        "report draft",
        () =>
          saveReport(
            lead,
            reportInputSchema.parse({ measureId: measure.id, periodId: may, version: null, percent: 40, progress: "已起草方案" }),
          ),
      ],
      [
        "report submit",
        async () =>
          saveReport(
            lead,
            reportInputSchema.parse({
              measureId: measure.id,
              periodId: may,
              version: 1,
              percent: 40,
              progress: "已起草方案",
              submit: true,
              qualityExplanation: "按计划推进",
            }),
          ),
      ],
      [
        "report approve",
        async () =>
          approveReports(coordinator, [
            (await db.prisma.progressReport.findFirstOrThrow({ where: { measureId: measure.id, periodId: may } })).id,
          ]),
      ],
      [
        "report return",
        async () => {
          const june = (await db.prisma.reportingPeriod.findFirstOrThrow({ where: { planId, label: "2023年6月" } })).id;
          const saved = await saveReport(
            lead,
            reportInputSchema.parse({
              measureId: measure.id,
              periodId: june,
              version: null,
              percent: 45,
              progress: "推进中",
              submit: true,
              qualityExplanation: "按计划推进",
            }),
          );
          await returnReport(coordinator, saved.id, "请补充佐证");
        },
      ],
      [
        "milestones",
        async () => {
          const { id } = await createMilestone(
            coordinator,
            createMilestoneSchema.parse({ measureId: measure.id, title: "完成培训", dueOn: "2023-09-30" }),
          );
          await updateMilestone(coordinator, {
            milestoneId: id,
            version: 1,
            title: "完成全员培训",
            dueOn: "2023-09-30",
            plannedPercent: null,
          });
          await deleteMilestone(coordinator, { milestoneId: id, version: 2 });
        },
      ],
      [
        "override",
        async () => {
          await setStatusOverride(coordinator, { measureId: measure.id, colour: "YELLOW", reason: "现场核查进度偏慢" });
          await liftStatusOverride(coordinator, measure.id);
        },
      ],
      [
        "escalation",
        async () => {
          await setEscalation(coordinator, { measureId: measure.id, cadence: "WEEKLY", reason: "推进不力" });
          await liftEscalation(coordinator, measure.id);
        },
      ],
      ["daily escalation sync", () => syncEscalations(planId)],
      ["thresholds", () => updateThresholds(admin, { planId, yellowGap: 12, redGap: 35, redOverdueDays: 7, redMissedPeriods: 2 })],
      ["quality settings", () => updateQualitySettings(admin, { planId, jumpPoints: 30, targetMultiple: 2 })],
      [
        "只增不减",
        async () =>
          markIndicator(coordinator, {
            indicatorId: (await db.prisma.indicator.findFirstOrThrow({ where: { measure: { planId } } })).id,
            mustNotFall: true,
          }),
      ],
      [
        "ledger",
        async () => {
          const created = await createProblem(
            coordinator,
            createProblemSchema.parse({
              measureId: measure.id,
              unitId: measure.unitIds[0],
              description: "部分人员未到岗",
              responsiblePerson: "张三",
              dueOn: "2023-07-31",
            }),
          );
          await updateProblemRemedy(lead, { problemId: created.id, version: 1, remedy: "本周内到岗", responsiblePerson: "张三" });
        },
      ],
      [
        "extension",
        async () => {
          const { id } = await requestExtension(
            lead,
            extensionRequestSchema.parse({ measureId: measure.id, requestedDueOn: "2024-03-31", reason: "资金未到位" }),
          );
          await decideExtension(coordinator, extensionDecisionSchema.parse({ id, version: 1, decision: "reject", comment: "请按期完成" }));
        },
      ],
      [
        "chase",
        () =>
          sendChase(
            coordinator,
            chaseInputSchema.parse({
              target: "report",
              measureId: measure.id,
              unitId: measure.unitIds[0],
              periodId: may,
              message: "请补报",
            }),
          ),
      ],
      [
        "users",
        async () => {
          const { id } = await registerUser(admin, {
            login: "new-user",
            displayName: "新用户",
            password: "a-long-password-2023",
            role: "LEADER",
            unitId: null,
            regionId: null,
            email: null,
          });
          const stored = await db.prisma.user.findUniqueOrThrow({ where: { id } });
          await setUserActive(admin, { userId: id, active: false, updatedAt: stored.updatedAt });
        },
      ],
      [
        "unit rename",
        async () => {
          const unit = await db.prisma.unit.findUniqueOrThrow({ where: { id: measure.unitIds[1] } });
          await renameUnit(admin, { unitId: unit.id, currentName: unit.name, name: `${unit.name}（新）` });
        },
      ],
      [
        "tokens",
        async () => {
          const { id } = await createToken(coordinator, { name: "对接" });
          await revokeToken(coordinator, id);
        },
      ],
      ["sign out everywhere", () => endAllOwnSessions(lead)],
      ["reminders", () => createReminders("2023-06-20")],
      [
        "plan frozen and reopened",
        async () => {
          await setPlanFrozen(coordinator, { planId, frozen: true });
          await setPlanFrozen(coordinator, { planId, frozen: false });
        },
      ],
    ];
    for (const [kind, write] of writes) {
      const before = await dataVersion(db);
      await write();
      expect(await outsideMutate(db), kind).toEqual([]);
      expect(await dataVersion(db), `${kind} moves the data version`).toBeGreaterThan(before);
    }
    expect(await db.prisma.statusChange.count({ where: { measureId: measure.id } })).toBeGreaterThan(0);
  });

  it("reads never write: the dashboard and the inbox as of today leave every table as it was", async () => {
    // Red measures with no escalation yet (the year's reports are missing): a read used to start them.
    const counts = async () =>
      Object.fromEntries(
        (
          await db.prisma.$queryRaw<{ name: string; rows: number }[]>`
          SELECT relname AS name, (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I', relname), false, true, '')))[1]::text::int AS rows
          FROM pg_stat_user_tables WHERE schemaname = 'public'`
        ).map((r) => [r.name, r.rows]),
      );
    const before = { counts: await counts(), version: await dataVersion(db), audit: await db.prisma.auditEvent.count() };
    const plan = (await getPlanSummary(coordinator, planId))!;
    await getDashboard(coordinator, plan, "2023-06-20", { sort: "colour", unitLimit: 50 } as never);
    await listInbox(lead, "2023-06-20");
    expect(await outsideMutate(db)).toEqual([]);
    expect({ counts: await counts(), version: await dataVersion(db), audit: await db.prisma.auditEvent.count() }).toEqual(before);
  });
});
