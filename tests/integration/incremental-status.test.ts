// Incremental status (lib/data/status/internal/status-facts-memo.ts): after writes of the kinds that move
// colours, the facts kept and refreshed for the touched measures only are the facts read afresh for
// the whole plan — and only the touched measures were read again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { createMilestone } from "@/lib/data/milestones/create-milestone.ts";
import { createMilestoneSchema } from "@/lib/data/milestones/milestone-input.ts";
import { createProblem } from "@/lib/data/problems/create-problem.ts";
import { createProblemSchema } from "@/lib/data/problems/problem-input.ts";
import { reportInputSchema } from "@/lib/data/reports/report-input.ts";
import { approveReports } from "@/lib/data/reports/review-reports.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import { loadStatusFacts, type StatusFacts } from "@/lib/data/status/internal/load-status-facts.ts";
import { dataVersion } from "@/lib/data/status/data-version.ts";
import { statusFactsAt } from "@/lib/data/status/internal/status-facts-memo.ts";
import { setStatusOverride } from "@/lib/data/status/status-override.ts";
import { updateThresholds } from "@/lib/data/status/update-thresholds.ts";
import { installTestDb } from "../helpers/app-db.ts";
import { createViewer, measureByNumbers, seedPlan } from "../helpers/factories.ts";
import { testBackendName, type TestDb } from "../helpers/test-db.ts";

const DATES = ["2023-04-30", "2023-05-31", "2023-06-20"] as const;
const sorted = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();
/** Everything the engine reads from facts, in an order-free form. */
function comparable(f: StatusFacts) {
  return {
    plan: f.plan,
    measures: sorted(f.measures),
    actuals: sorted(f.actuals),
    punctuality: sorted(f.punctuality),
    on: DATES.map((d) => {
      const k = f.on(d);
      return {
        approved: sorted(k.approved),
        overdue: sorted(k.overdue),
        openProblems: sorted(k.openProblems),
        dueDates: sorted([...k.dueDates]),
        reopenings: sorted(k.reopenings),
      };
    }),
  };
}

describe(`incremental status (${testBackendName()})`, () => {
  let db: TestDb;
  let planId: number;
  let measure: { id: number; unitIds: number[] };
  let other: { id: number; unitIds: number[] };
  let lead: Viewer;
  let coordinator: Viewer;
  let admin: Viewer;

  beforeAll(async () => {
    process.env.DUBAN_TODAY = "2023-06-20";
    db = await installTestDb();
    planId = await seedPlan(db.prisma);
    measure = await measureByNumbers(db.prisma, planId, 1, 3);
    other = await measureByNumbers(db.prisma, planId, 2, 1);
    lead = await createViewer(db.prisma, "REPORTER", measure.unitIds[0]);
    coordinator = await createViewer(db.prisma, "COORDINATOR");
    admin = await createViewer(db.prisma, "ADMIN");
  });
  afterAll(async () => {
    delete process.env.DUBAN_TODAY;
    await db?.drop();
  });

  const kept = async () => statusFactsAt(db.prisma, planId, DATES, "before", await dataVersion(db.prisma, planId));
  const fresh = () => loadStatusFacts(db.prisma, planId, DATES, "before");

  it("equals a fresh reading after each write, reading again only what the writes touched", async () => {
    const first = await kept();
    expect(comparable(first)).toEqual(comparable(await fresh()));
    const may = (await db.prisma.reportingPeriod.findFirstOrThrow({ where: { planId, label: "2023年5月" } })).id;
    const writes: [string, () => Promise<unknown>][] = [
      [
        "submitted",
        () =>
          saveReport(
            lead,
            reportInputSchema.parse({
              measureId: measure.id,
              periodId: may,
              version: null,
              percent: 30,
              progress: "推进中",
              submit: true,
              qualityExplanation: "按计划",
            }),
          ),
      ],
      [
        "approved",
        async () =>
          approveReports(coordinator, [
            (await db.prisma.progressReport.findFirstOrThrow({ where: { measureId: measure.id, periodId: may } })).id,
          ]),
      ],
      ["override", () => setStatusOverride(coordinator, { measureId: other.id, colour: "YELLOW", reason: "核查" })],
      [
        "milestone",
        () => createMilestone(coordinator, createMilestoneSchema.parse({ measureId: measure.id, title: "完成方案", dueOn: "2023-06-10" })),
      ],
      [
        "ledger entry",
        () =>
          createProblem(
            coordinator,
            createProblemSchema.parse({
              measureId: other.id,
              unitId: other.unitIds[0],
              description: "未到岗",
              responsiblePerson: "张三",
              dueOn: "2023-06-20",
            }),
          ),
      ],
    ];
    let previous = first;
    for (const [kind, write] of writes) {
      await write();
      const now = await kept();
      expect(comparable(now), kind).toEqual(comparable(await fresh()));
      // Refreshed from the previous facts (same raw rows object for untouched measures), not read whole.
      expect(now.raw.measures.length, kind).toBe(previous.raw.measures.length);
      expect(
        now.raw.measures.find((m) => m.id !== measure.id && m.id !== other.id),
        kind,
      ).toBe(previous.raw.measures.find((m) => m.id !== measure.id && m.id !== other.id));
      previous = now;
    }
    // A write touching the whole plan reads it whole.
    await updateThresholds(admin, { planId, yellowGap: 12, redGap: 35, redOverdueDays: 7, redMissedPeriods: 2 });
    const whole = await kept();
    expect(comparable(whole)).toEqual(comparable(await fresh()));
    expect(whole.raw.measures.find((m) => m.id !== measure.id && m.id !== other.id)).not.toBe(
      previous.raw.measures.find((m) => m.id !== measure.id && m.id !== other.id),
    );
  });
});
