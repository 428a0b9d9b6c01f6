// npm run bench:generate -- [--measures 5000] [--reports 500000] [--seed 0.42] [--force]
// A large synthetic data set for the status benchmark (scripts/bench-status.ts), written into the
// PostgreSQL database DATABASE_URL names: the city plan (市本级) and 16 county plans (县市区) of 2023,
// each county plan in its own region under the city's plan of the year (the city plan is the city
// staff's current plan and the biggest), about --measures measures with actions, tasks, units (a
// lead and co-owners; each plan's units in its region, the counties' bureaus also co-owning city
// measures), indicators and monthly periods, about --reports progress reports, indicator actuals
// for a share of them, a few measures escalated to weekly reporting (with their weekly periods and
// reports), the city's coordinator and leader, each county's own coordinator (confined to its
// county), and an API token for the city's coordinator.
//
// Everything bulky is set-based SQL (INSERT … SELECT over generate_series and the rows already
// written) in one transaction on one connection, with PostgreSQL's random() seeded by --seed, so
// the same arguments give the same data. Refuses to run without DATABASE_URL, and on a database
// that already holds plans unless --force, which first EMPTIES it (plans, units, users, reports,
// audit trail). The logins, the password and the token go to .data/bench-synthetic.json.
//
// The shape of a report series: each owning unit reports on every monthly period the measure's
// dates overlap (Jan–Dec 2023, due on the 5th of the following month); a share is missing (so
// reports are overdue); most are APPROVED, some SUBMITTED, RETURNED or DRAFT; about 15 % were
// first submitted after their due date. Percent complete follows the measure's 序时进度 minus a
// per-measure lag, so every colour occurs. Timestamps are UTC instants, as Prisma stores them.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import type { Viewer } from "../lib/auth/permissions.ts";
import { getDb } from "../lib/db.ts";
import { createToken } from "../lib/data/tokens/create-token.ts";
import { createUser } from "../lib/data/users/create-user.ts";
import { monthlyPeriods } from "../lib/domain/periods.ts";
import { shortPeriods } from "../lib/domain/status/escalation.ts";

const YEAR = 2023;
const COUNTIES = [
  "历下区",
  "市中区",
  "槐荫区",
  "天桥区",
  "历城区",
  "长清区",
  "章丘区",
  "济阳区",
  "莱芜区",
  "钢城区",
  "平阴县",
  "商河县",
  "高新区",
  "南部山区",
  "起步区",
  "莱芜高新区",
];
const CITY_DEPARTMENTS = 40;
const COUNTY_DEPARTMENTS = 24;
/** Share of all measures in the city plan; the counties share the rest equally. */
const CITY_SHARE = 0.2;
const MEASURES_PER_TASK = 5;
/** Share of measures escalated to weekly reporting from ESCALATION.startsOn to .endsOn. */
const ESCALATED_SHARE = 0.03;
/** Share of measures whose units file poorly (most missing, late and draft reports). */
const POOR_SHARE = 0.15;
const ESCALATION = { startsOn: "2023-04-03", endsOn: "2023-07-03" } as const;
const OUT_FILE = path.join(".data", "bench-synthetic.json");

const { values } = parseArgs({
  options: {
    measures: { type: "string", default: "5000" },
    reports: { type: "string", default: "500000" },
    seed: { type: "string", default: "0.42" },
    force: { type: "boolean", default: false },
  },
});

type PlanSpec = { docNumber: string; title: string; issuedOn: string; actions: number; measures: number; county: string | null };

function planSpecs(totalMeasures: number): PlanSpec[] {
  const city = Math.round(totalMeasures * CITY_SHARE);
  const perCounty = Math.floor((totalMeasures - city) / COUNTIES.length);
  const extra = totalMeasures - city - perCounty * COUNTIES.length;
  // The city plan is issued last, so it is the current plan (newest issuedOn within the year).
  const counties = COUNTIES.map((county, i) => ({
    docNumber: `合成〔${YEAR}〕${i + 2}号`,
    title: `${county}教育和体育局${YEAR}年重点任务清单（合成数据）`,
    issuedOn: `${YEAR}-01-${String(3 + i).padStart(2, "0")}`,
    actions: 6,
    measures: perCounty + (i < extra ? 1 : 0),
    county,
  }));
  return [
    ...counties,
    {
      docNumber: `合成〔${YEAR}〕1号`,
      title: `济南市教育局${YEAR}年重点任务清单（合成数据）`,
      issuedOn: `${YEAR}-01-20`,
      actions: 8,
      measures: city,
      county: null,
    },
  ];
}

function unitNames(spec: PlanSpec): string[] {
  if (spec.county === null) return Array.from({ length: CITY_DEPARTMENTS }, (_, i) => `市教育局合成处室${String(i + 1).padStart(2, "0")}`);
  return [
    `${spec.county}教育和体育局`,
    ...Array.from({ length: COUNTY_DEPARTMENTS }, (_, i) => `${spec.county}合成单位${String(i + 1).padStart(2, "0")}`),
  ];
}

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("bench:generate 需要 DATABASE_URL：要写入合成数据的 PostgreSQL 数据库（先 npm run db:deploy）。");
    return 2;
  }
  const totalMeasures = Number(values.measures);
  const totalReports = Number(values.reports);
  const seed = Number(values.seed);
  if (!(Number.isInteger(totalMeasures) && totalMeasures >= 17 * MEASURES_PER_TASK && Number.isInteger(totalReports) && totalReports > 0)) {
    console.error(`--measures 须为不小于 ${17 * MEASURES_PER_TASK} 的整数，--reports 须为正整数。`);
    return 2;
  }
  if (!(seed >= -1 && seed <= 1)) {
    console.error("--seed 须在 -1 到 1 之间（PostgreSQL setseed）。");
    return 2;
  }

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  let last = started;
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const result = await client.query(sql, params);
    const now = performance.now();
    console.log(
      `  ${label.padEnd(34)} ${String(result.rowCount ?? "").padStart(8)} rows ${((now - last) / 1000).toFixed(2).padStart(7)} s`,
    );
    last = now;
    return result;
  };
  const one = async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows[0] as T;

  try {
    const tables = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name IN ('Plan', 'Escalation')`,
    );
    if (tables.n < 2) {
      console.error("数据库中没有 Duban 的表：先运行 npm run db:deploy。");
      return 2;
    }
    const existing = await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Plan"`);
    if (existing.n > 0 && !values.force) {
      console.error(`数据库中已有 ${existing.n} 个任务清单：拒绝写入。加 --force 先清空（删除全部清单、单位、用户、填报和审计记录）。`);
      return 2;
    }
    console.log(
      `bench:generate → ${url.replace(/\/\/[^@/]*@/, "//…@")}: ${totalMeasures} measures, ~${totalReports} reports, seed ${seed}`,
    );

    if (values.force) {
      await step("empty the database (--force)", `TRUNCATE "Plan", "Unit", "User", "AuditEvent", "LoginAttempt" RESTART IDENTITY CASCADE`);
    }

    // Regions: the city's (made by the migration) and the 16 counties, kept across --force runs.
    const cityRegionId = (await one<{ id: number }>(`SELECT id FROM "Region" WHERE level = 'CITY'`)).id;
    await client.query(
      `INSERT INTO "Region" (name, level, position) SELECT name, 'COUNTY', n FROM unnest($1::text[]) WITH ORDINALITY AS x(name, n) ON CONFLICT (name) DO NOTHING`,
      [COUNTIES],
    );
    const regionRows = (await client.query(`SELECT id, name FROM "Region" WHERE name = ANY($1::text[])`, [COUNTIES])).rows as {
      id: number;
      name: string;
    }[];
    const regionOf = new Map(regionRows.map((r) => [r.name, r.id]));
    const regionIdOf = (county: string | null) => (county === null ? cityRegionId : regionOf.get(county)!);

    // Users, through the app's own createUser (bcrypt, audit): the benchmark signs in as the city's
    // coordinator, and as a county's own coordinator for that county's dashboard; reports are filed
    // in the city coordinator's name (createdById is not a foreign key; the synthetic set has no
    // reporter accounts).
    const password = `bench${Math.random().toString(36).slice(2, 10)}2023`;
    const db = await getDb();
    const users: { login: string; role: "COORDINATOR" | "LEADER"; id: number; region: string | null }[] = [];
    const accounts = [
      ["bench-coordinator", "COORDINATOR", "基准协调员", null],
      ["bench-leader", "LEADER", "基准领导", null],
      ...COUNTIES.map(
        (county, i) => [`bench-county${String(i + 1).padStart(2, "0")}`, "COORDINATOR", `${county}基准协调员`, county] as const,
      ),
    ] as const;
    for (const [login, role, displayName, county] of accounts) {
      const { id } = await createUser(db.prisma, null, {
        login,
        displayName,
        password,
        role,
        unitId: null,
        regionId: county === null ? null : regionIdOf(county),
      });
      users.push({ login, role, id, region: county });
    }
    const coordinatorId = users[0].id;
    last = performance.now();
    console.log(`  ${"users".padEnd(34)} ${String(users.length).padStart(8)} rows`);

    // Everything else in one transaction: a failure leaves no half-written plan behind.
    await client.query("BEGIN");
    await client.query("SET LOCAL synchronous_commit = off");
    await client.query("SELECT setseed($1)", [seed]);

    // Plans, their units and monthly periods: small, from JavaScript as arrays.
    const specs = planSpecs(totalMeasures);
    const plans = await step(
      "plans",
      `INSERT INTO "Plan" ("regionId", title, year, "docNumber", issuer, "issuedOn", "sourceText", "updatedAt")
       SELECT r, t, ${YEAR}, d, i, o::date, '合成数据：由 scripts/generate-synthetic.ts 生成，不是真实通知。', now()
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[]) AS x(r, t, d, i, o)
       RETURNING id, "docNumber"`,
      [
        specs.map((s) => regionIdOf(s.county)),
        specs.map((s) => s.title),
        specs.map((s) => s.docNumber),
        specs.map((s) => (s.county ? `${s.county}教育和体育局` : "济南市教育局")),
        specs.map((s) => s.issuedOn),
      ],
    );
    const planId = new Map(plans.rows.map((r: { id: number; docNumber: string }) => [r.docNumber, r.id]));
    await client.query(
      `CREATE TEMP TABLE gen_plan (plan_id int PRIMARY KEY, actions int, tasks int, measures int, county boolean) ON COMMIT DROP`,
    );
    await client.query(`INSERT INTO gen_plan SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::bool[])`, [
      specs.map((s) => planId.get(s.docNumber)),
      specs.map((s) => s.actions),
      specs.map((s) => Math.ceil(s.measures / MEASURES_PER_TASK)),
      specs.map((s) => s.measures),
      specs.map((s) => s.county !== null),
    ]);

    // Units: each plan's own, in its region; the city plan also involves every county's bureau
    // (各区县教体局, a unit of that county).
    const unitRows = specs.flatMap((s) =>
      unitNames(s).map((name) => ({ plan: planId.get(s.docNumber)!, region: regionIdOf(s.county), name })),
    );
    const cityPlanId = planId.get(`合成〔${YEAR}〕1号`)!;
    await step("units", `INSERT INTO "Unit" ("regionId", name) SELECT * FROM unnest($1::int[], $2::text[])`, [
      unitRows.map((u) => u.region),
      unitRows.map((u) => u.name),
    ]);
    await client.query(`CREATE TEMP TABLE gen_pool (plan_id int, unit_id int, bureau boolean) ON COMMIT DROP`);
    await client.query(
      `INSERT INTO gen_pool SELECT x.plan, u.id, false FROM unnest($1::int[], $2::int[], $3::text[]) AS x(plan, region, name) JOIN "Unit" u ON u."regionId" = x.region AND u.name = x.name
       UNION ALL SELECT $4, u.id, true FROM "Unit" u JOIN "Region" r ON r.id = u."regionId" WHERE u.name = r.name || '教育和体育局' AND r.name = ANY($5::text[])`,
      [unitRows.map((u) => u.plan), unitRows.map((u) => u.region), unitRows.map((u) => u.name), cityPlanId, COUNTIES],
    );

    const periods = specs.flatMap((s) =>
      monthlyPeriods({ year: YEAR, issuedOn: s.issuedOn, reportDueDay: 5 }).map((p) => ({ plan: planId.get(s.docNumber)!, ...p })),
    );
    const weekly = shortPeriods("WEEKLY", ESCALATION.startsOn, ESCALATION.endsOn.replace(/03$/, "02"));
    const allPeriods = [...periods, ...specs.flatMap((s) => weekly.map((p) => ({ plan: planId.get(s.docNumber)!, ...p })))];
    await step(
      "reporting periods",
      `INSERT INTO "ReportingPeriod" ("planId", kind, label, "startsOn", "endsOn", "dueOn")
       SELECT p, k::"PeriodKind", l, s::date, e::date, d::date FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS x(p, k, l, s, e, d)`,
      [
        allPeriods.map((p) => p.plan),
        allPeriods.map((p) => p.kind),
        allPeriods.map((p) => p.label),
        allPeriods.map((p) => p.startsOn),
        allPeriods.map((p) => p.endsOn),
        allPeriods.map((p) => p.dueOn),
      ],
    );

    // Actions → tasks (numbered across the plan, spread evenly over its actions) → measures.
    await step(
      "actions",
      `INSERT INTO "Action" ("planId", number, title)
       SELECT g.plan_id, a, format('合成行动%s：实施教育重点领域攻坚行动（第%s项）', a, a) FROM gen_plan g, generate_series(1, g.actions) a`,
    );
    await step(
      "tasks",
      `INSERT INTO "Task" ("planId", "actionId", number, title)
       SELECT g.plan_id, a.id, t, format('任务%s：推进合成重点任务落地见效', t)
       FROM gen_plan g CROSS JOIN LATERAL generate_series(1, g.tasks) t
       JOIN "Action" a ON a."planId" = g.plan_id AND a.number = 1 + ((t - 1) * g.actions) / g.tasks`,
    );
    // Due dates as a notice gives them: most by year end, some by the end of March, June or September.
    await step(
      "measures",
      `INSERT INTO "Measure" ("planId", "taskId", number, text, "startDate", "dueDate", "deadlinePhrase", weight)
       SELECT plan_id, task_id, number, text, start_date, due_date,
              CASE WHEN due_date = make_date(${YEAR}, 12, 31) THEN NULL ELSE extract(month FROM due_date)::int || '月底前' END,
              CASE WHEN random() < 0.1 THEN 2 ELSE 1 END
       FROM (
         SELECT g.plan_id, t.id AS task_id, i - (t.number - 1) * ${MEASURES_PER_TASK} AS number,
                repeat(format('围绕任务%s第%s项措施，健全工作机制，压实主体责任，细化时间节点，', t.number, i - (t.number - 1) * ${MEASURES_PER_TASK}), 3) || '确保按期完成。' AS text,
                p."issuedOn" AS start_date,
                (CASE WHEN r < 0.1 THEN make_date(${YEAR}, 3, 31) WHEN r < 0.4 THEN make_date(${YEAR}, 6, 30) WHEN r < 0.5 THEN make_date(${YEAR}, 9, 30) ELSE make_date(${YEAR}, 12, 31) END) AS due_date
         FROM gen_plan g JOIN "Plan" p ON p.id = g.plan_id
         CROSS JOIN LATERAL generate_series(1, g.measures) i
         JOIN "Task" t ON t."planId" = g.plan_id AND t.number = 1 + (i - 1) / ${MEASURES_PER_TASK}
         CROSS JOIN LATERAL (SELECT random() + i * 0 AS r) x
       ) s`,
    );

    // How far behind each measure runs (its share of 序时进度 not done), which are done early, and
    // which have units that file poorly (most missing, late and draft reports are theirs: a measure
    // is red as soon as one of its many units misses a period, so misses cannot be spread evenly).
    await client.query(
      `CREATE TEMP TABLE gen_measure (id int PRIMARY KEY, lag float8, early boolean, co int, poor boolean) ON COMMIT DROP`,
    );
    // Co-owners per measure: chosen so that the monthly report slots come to about --reports / 0.95.
    const window = await one<{ measures: number; slots: number }>(
      `SELECT count(DISTINCT m.id)::int AS measures, count(*)::int AS slots FROM "Measure" m
       JOIN "ReportingPeriod" p ON p."planId" = m."planId" AND p.kind = 'MONTHLY' AND p."endsOn" >= m."startDate" AND p."startsOn" <= m."dueDate"`,
    );
    const periodsPerMeasure = window.slots / window.measures;
    const coMean = Math.max(0, totalReports / 0.95 / totalMeasures / periodsPerMeasure - 1);
    await step(
      "measure lag and co-owner count",
      `INSERT INTO gen_measure
       SELECT id, lag, random() < 0.05, floor(random() * (2 * $1::float8 + 1))::int, random() < ${POOR_SHARE}
       FROM (SELECT id, CASE WHEN r < 0.55 THEN random() * 0.12 WHEN r < 0.82 THEN 0.15 + random() * 0.35 ELSE 0.55 + random() * 0.4 END AS lag
             FROM (SELECT id, random() AS r FROM "Measure") a) b`,
      [coMean],
    );
    await step(
      "measure units (lead + co-owners)",
      `INSERT INTO "MeasureUnit" ("measureId", "unitId", role, position)
       SELECT id, unit_id, CASE WHEN rn = 1 THEN 'LEAD'::"UnitRole" ELSE 'CO'::"UnitRole" END, rn - 1
       FROM (
         SELECT m.id, gp.unit_id, gm.co, row_number() OVER (PARTITION BY m.id ORDER BY random() + CASE WHEN gp.bureau THEN 0.5 ELSE 0 END) AS rn
         FROM "Measure" m JOIN gen_measure gm ON gm.id = m.id JOIN gen_pool gp ON gp.plan_id = m."planId"
       ) s
       WHERE rn <= 1 + co`,
    );
    await step(
      "indicators (30 % of measures)",
      `INSERT INTO "Indicator" ("measureId", position, label, target, unit, comparator, source)
       SELECT m.id, pos, (ARRAY['新建改扩建学校', '培训教师', '覆盖率', '新增学位'])[1 + (m.id + pos) % 4], target,
              (ARRAY['所', '人', '%', '个'])[1 + (m.id + pos) % 4], comparator::"Comparator",
              CASE comparator WHEN 'AT_MOST' THEN '不超过' WHEN 'EXACT' THEN '' ELSE '不少于' END || target || (ARRAY['所', '人', '%', '个'])[1 + (m.id + pos) % 4]
       FROM "Measure" m
       CROSS JOIN LATERAL (SELECT random() + m.id * 0 AS r) x
       CROSS JOIN LATERAL generate_series(1, CASE WHEN x.r < 0.1 THEN 2 ELSE 1 END) pos
       CROSS JOIN LATERAL (SELECT (10 + floor(random() * 190) + pos * 0)::int AS target,
                                  CASE WHEN random() < 0.8 THEN 'AT_LEAST' WHEN random() < 0.5 THEN 'AT_MOST' ELSE 'EXACT' END AS comparator) y
       WHERE x.r < 0.3`,
    );

    // Escalated measures: the most lagging 3 %, reporting weekly from April to early July as well.
    await step(
      "escalations (weekly, Apr–Jul)",
      `INSERT INTO "Escalation" ("measureId", cadence, "startsOn", "endsOn", automatic, reason)
       SELECT id, 'WEEKLY', $1::date, $2::date, true, '合成数据：推进不力，实行周调度'
       FROM gen_measure WHERE lag > 0.55 AND random() < $3 / 0.18`,
      [ESCALATION.startsOn, ESCALATION.endsOn, ESCALATED_SHARE],
    );

    // One row per owed (measure, unit, period) slot with its random draws, for monthly periods and
    // the weekly periods of escalated measures. Reports are drawn from it below.
    await step(
      "report slots",
      `CREATE TEMP TABLE gen_slot ON COMMIT DROP AS
       SELECT mu."measureId" AS measure_id, mu."unitId" AS unit_id, p.id AS period_id, p.kind::text AS kind,
              p."endsOn" AS ends_on, p."dueOn" AS due_on, m."startDate" AS start_date, m."dueDate" AS due_date,
              gm.lag, gm.early, gm.poor, random() AS r_fill, random() AS r_state, random() AS r_late, random() AS r_time, random() AS r_noise
       FROM "MeasureUnit" mu
       JOIN "Measure" m ON m.id = mu."measureId"
       JOIN gen_measure gm ON gm.id = m.id
       JOIN "ReportingPeriod" p ON p."planId" = m."planId" AND p."endsOn" >= m."startDate" AND p."startsOn" <= m."dueDate"
       WHERE p.kind = 'MONTHLY'
          OR EXISTS (SELECT 1 FROM "Escalation" e WHERE e."measureId" = m.id AND p."startsOn" >= e."startsOn" AND p."startsOn" < e."endsOn")`,
    );
    const slots = await one<{ n: number; poor: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE poor)::int AS poor FROM gen_slot`,
    );
    const fill = Math.min(1, totalReports / slots.n);
    if (fill > 0.97) console.warn(`  only ${slots.n} owed report slots: raise --measures or lower --reports for missing reports to exist`);
    // A hundredth of the missing share for well-filing measures, the rest for the poorly filing ones.
    const missingGood = (1 - fill) * 0.01;
    const missingPoor = Math.min(1, ((1 - fill) * slots.n - missingGood * (slots.n - slots.poor)) / Math.max(1, slots.poor));

    // Percent complete at the period's end: 序时进度 × (1 − lag) ± 3, 100 once done.
    await step(
      "progress reports",
      `INSERT INTO "ProgressReport" ("measureId", "unitId", "periodId", percent, progress, problems, "nextSteps", state, version,
          "returnReason", "submittedAt", "firstSubmittedAt", "reviewedAt", "reviewedById", "createdById", "updatedById", "createdAt", "updatedAt")
       SELECT measure_id, unit_id, period_id, pct,
              format('%s：完成阶段性工作，累计完成 %s%%。', to_char(ends_on, 'YYYY年FMMM月FMDD日'), pct),
              CASE WHEN lag > 0.5 THEN '资金、场地等要素保障不足，推进慢于预期。' ELSE '' END,
              '下一步：加快推进，按期完成。',
              state::"ReportState", CASE state WHEN 'DRAFT' THEN 1 WHEN 'APPROVED' THEN 3 ELSE 2 END,
              CASE WHEN state = 'RETURNED' THEN '请补充佐证材料。' END,
              CASE WHEN state <> 'DRAFT' THEN submitted END,
              CASE WHEN state <> 'DRAFT' THEN first_submitted END,
              CASE WHEN state IN ('APPROVED', 'RETURNED') THEN submitted + (0.1 + r_time * 5) * interval '1 day' END,
              CASE WHEN state IN ('APPROVED', 'RETURNED') THEN $2::int END,
              $2, $2, first_submitted - interval '1 day', first_submitted + (r_time * 5) * interval '1 day'
       FROM (
         SELECT *,
                CASE WHEN r_state < CASE WHEN poor THEN 0.80 ELSE 0.90 END THEN 'APPROVED' WHEN r_state < CASE WHEN poor THEN 0.87 ELSE 0.95 END THEN 'SUBMITTED'
                     WHEN r_state < CASE WHEN poor THEN 0.94 ELSE 0.999 END THEN 'RETURNED' ELSE 'DRAFT' END AS state,
                first_submitted + CASE WHEN r_state < 0.08 THEN (1 + r_time * 3) * interval '1 day' ELSE interval '0' END AS submitted,
                CASE WHEN early AND expected >= 50 THEN 100
                     WHEN ends_on >= due_date AND lag < 0.12 THEN 100
                     ELSE greatest(0, least(100, round(expected * (1 - lag) + (r_noise - 0.5) * 6)))::int END AS pct
         FROM (
           SELECT s.*,
                  -- the start of the due date in China (UTC+8), then on time (up to 6 days early) or late
                  -- (4 % by 1–6 days; poorly filing measures' units 30 % by 1–21 days)
                  (due_on::timestamp - interval '8 hours') + CASE WHEN r_late < on_time THEN (r_late / on_time * 7 - 6)
                    ELSE 1 + (r_late - on_time) / (1 - on_time) * CASE WHEN poor THEN 20 ELSE 5 END END * interval '1 day' AS first_submitted,
                  least(100, greatest(0, (ends_on - start_date) * 100.0 / greatest(1, due_date - start_date))) AS expected
           FROM gen_slot s CROSS JOIN LATERAL (SELECT CASE WHEN s.poor THEN 0.7 ELSE 0.96 END AS on_time) t
           WHERE r_fill >= CASE WHEN poor THEN $1::float8 ELSE $3::float8 END
         ) a
       ) b`,
      [missingPoor, coordinatorId, missingGood],
    );
    await step(
      "indicator actuals (70 % of filed)",
      `INSERT INTO "IndicatorActual" ("reportId", "indicatorId", value)
       SELECT r.id, i.id, round(i.target * r.percent / 100.0 * (0.85 + random() * 0.3))
       FROM "ProgressReport" r JOIN "Indicator" i ON i."measureId" = r."measureId"
       WHERE r.state IN ('APPROVED', 'SUBMITTED') AND r.percent IS NOT NULL AND random() < 0.7`,
    );
    await client.query("COMMIT");
    last = performance.now();
    for (const table of ["Measure", "MeasureUnit", "ReportingPeriod", "ProgressReport", "IndicatorActual", "Indicator", "Escalation"]) {
      await client.query(`VACUUM ANALYZE "${table}"`);
    }
    console.log(`  vacuum analyze                              ${((performance.now() - last) / 1000).toFixed(2).padStart(7)} s`);

    const token = await createToken(
      { id: coordinatorId, role: "COORDINATOR", unitId: null, name: "基准协调员", regionId: null } satisfies Viewer,
      { name: "bench-status" },
    );
    const summary = (
      await client.query(
        `SELECT p.id, p."docNumber", p.title, r.name AS region, r.level::text AS level,
                (SELECT count(*)::int FROM "Measure" m WHERE m."planId" = p.id) AS measures,
                (SELECT count(*)::int FROM "ProgressReport" r JOIN "Measure" m ON m.id = r."measureId" WHERE m."planId" = p.id) AS reports
         FROM "Plan" p JOIN "Region" r ON r.id = p."regionId" ORDER BY p.id`,
      )
    ).rows as { id: number; docNumber: string; title: string; region: string; level: string; measures: number; reports: number }[];
    const totals = await one<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM "Measure") AS measures, (SELECT count(*)::int FROM "MeasureUnit") AS "measureUnits",
              (SELECT count(*)::int FROM "Unit") AS units, (SELECT count(*)::int FROM "Indicator") AS indicators,
              (SELECT count(*)::int FROM "ProgressReport") AS reports, (SELECT count(*)::int FROM "IndicatorActual") AS actuals,
              (SELECT count(*)::int FROM "Escalation") AS escalations`,
    );
    const states = (await client.query(`SELECT state::text, count(*)::int AS n FROM "ProgressReport" GROUP BY 1 ORDER BY 1`)).rows as {
      state: string;
      n: number;
    }[];
    const biggest = summary.reduce((a, b) => (b.measures > a.measures ? b : a));
    await db.close();

    console.log(`  total ${((performance.now() - started) / 1000).toFixed(1)} s`);
    console.log(
      `  ${Object.entries(totals)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}`,
    );
    console.log(
      `  reports by state: ${states.map((s) => `${s.state} ${s.n}`).join(", ")} (${(fill * 100).toFixed(1)} % of ${slots.n} owed slots filed)`,
    );
    console.log(`  current plan (pages) = biggest plan (API): id ${cityPlanId}, ${biggest.measures} measures, ${biggest.reports} reports`);
    // The county whose own coordinator the benchmark signs in as: the first, 历下区.
    const county = summary.find((p) => p.region === COUNTIES[0])!;
    const countyLogin = users.find((u) => u.region === COUNTIES[0])!.login;
    console.log(
      `  ${summary.filter((p) => p.level === "COUNTY").length} county plans; ${county.region}'s (id ${county.id}, ${county.measures} measures, ${county.reports} reports) for ${countyLogin}`,
    );

    mkdirSync(path.dirname(OUT_FILE), { recursive: true });
    writeFileSync(
      OUT_FILE,
      JSON.stringify(
        {
          database: url.replace(/\/\/[^@/]*@/, "//…@"),
          generatedAt: new Date().toISOString(),
          arguments: { measures: totalMeasures, reports: totalReports, seed },
          currentPlanId: cityPlanId,
          biggestPlanId: biggest.id,
          totals,
          plans: summary,
          users: users.map((u) => ({ login: u.login, role: u.role, region: u.region, password })),
          county: { planId: county.id, region: county.region, login: countyLogin },
          apiToken: { user: users[0].login, token: token.token },
        },
        null,
        2,
      ) + "\n",
      { mode: 0o600 },
    );
    console.log(`  logins (password ${password}) and the API token written to ${OUT_FILE}`);
    return 0;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
