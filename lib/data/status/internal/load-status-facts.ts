// The facts the status engine needs for every measure of a plan as of one or more dates, in a
// fixed number of set-based queries run at once (no query per measure, none per date): the
// measures with their units, indicators and milestones, each measure's lead unit's latest approved
// report by each date with its indicator actuals, the reports overdue by each date, the extensions
// approved by each date (延期: the due date in force), the open ledger entries, and (when asked for)
// each unit's filing punctuality as of the last date. The dashboard's month-by-month trend reads all its
// dates at once.
//
// The big results (a large plan has tens of thousands of measure–unit links and owed reports) come
// back as one JSON array each: decoding many small rows one by one costs the server several times
// what the query costs the database. Dates arrive as YYYY-MM-DD, instants as epoch milliseconds.
import { addDays, endOfChinaDay, toChinaDate, type IsoDate } from "../../../domain/dates.ts";
import { effectiveDueDate, type ApprovedExtension } from "../../../domain/extensions/extension-rules.ts";
import type { MilestoneFact } from "../../../domain/status/measure-status.ts";
import type { PrismaLike } from "../../../db.ts";
import { Prisma, type Comparator, type UnitRole } from "../../../generated/prisma/client.ts";
import { FILED_ON_TIME, owedSlots } from "../period-applies.ts";

export type StatusFacts = Awaited<ReturnType<typeof loadStatusFacts>>;
type Approved = {
  measureId: number;
  reportId: number;
  percent: number;
  reviewedAt: Date;
  progress: string;
  nextSteps: string;
  problems: string;
};
type Overdue = { measureId: number; unitId: number; periodLabel: string; periodStartsOn: IsoDate; dueOn: IsoDate };
type OpenProblem = { measureId: number; description: string; dueOn: IsoDate };
/** A coordinator's reopening of a measure (instant in epoch milliseconds). */
type Reopening = { measureId: number; reason: string; at: number };

/** Of a unit's reports due by the as-of date, how many were first submitted by their due date. */
export type UnitPunctuality = { unitId: number; due: number; onTime: number };
type MeasurePunctuality = UnitPunctuality & { measureId: number };

// Per measure and unit, so that the facts of some measures can be reloaded alone (incremental status).
const PUNCTUALITY = Prisma.sql`(SELECT json_agg(u) FROM (
  SELECT s."measureId", s."unitId", count(*)::int AS due, count(*) FILTER (WHERE ${FILED_ON_TIME})::int AS "onTime" FROM slots s GROUP BY s."measureId", s."unitId") u)`;

/** An instant column as epoch milliseconds (a JSON number). */
const epochMs = (column: Prisma.Sql) => Prisma.sql`(extract(epoch FROM ${column}) * 1000)::float8`;

/** The rows of `query` (alias q) as one JSON array, in the order given. */
async function jsonRows<T>(db: PrismaLike, query: Prisma.Sql, orderBy: Prisma.Sql = Prisma.empty): Promise<T[]> {
  const [{ rows }] = await db.$queryRaw<{ rows: T[] }[]>`SELECT coalesce(json_agg(q ${orderBy}), '[]') AS rows FROM (${query}) q`;
  return rows;
}

type MeasureRow = {
  id: number;
  number: number;
  text: string;
  startDate: IsoDate;
  dueDate: IsoDate;
  weight: number;
  taskId: number;
  taskNumber: number;
  taskTitle: string;
  actionId: number;
  actionNumber: number;
  actionTitle: string;
  overrideColour: string | null;
  overrideReason: string | null;
  overrideCreatedAt: number | null;
};
type Pick = {
  n: number;
  measureId: number;
  reportId: number;
  percent: number;
  reviewedAt: number;
  progress: string | null;
  nextSteps: string | null;
  problems: string | null;
};
/** `owedFrom`: owed only since an extension moved the measure's due date past the period's start. */
type Slot = Overdue & { filedAt: number | null; owedFrom: number | null };
/** A published ledger entry not closed out by the first date, with the approvals that moved its
 *  due date after the first date (each with the due date in force before it). */
type ProblemRow = {
  measureId: number;
  description: string;
  dueOn: IsoDate;
  publishedAt: number;
  resolvedAt: number | null;
  moves: { decidedAt: number; from: IsoDate }[];
};

/**
 * Punctuality as of the last date counts the reports due before it ("before": the day is not over
 * yet, a report due today is not late) or also those due on it ("through": a bulletin cut off on
 * the 5th of the next month counts the month's own reports, due that day).
 */
export type PunctualityScope = false | "before" | "through";

export async function loadStatusFacts(
  db: PrismaLike,
  planId: number,
  dates: readonly IsoDate[],
  punctualityScope: PunctualityScope = false,
) {
  if (dates.length === 0) throw new Error("loadStatusFacts needs at least one date");
  return buildFacts(await loadRawFacts(db, planId, [...new Set(dates)].sort(), punctualityScope));
}

/**
 * The same facts with those of `measureIds` read again (the measures writes touched since `facts`
 * were read: lib/data/status/internal/status-facts-memo.ts); every other measure's are kept as they were.
 */
export async function refreshStatusFacts(db: PrismaLike, facts: StatusFacts, measureIds: readonly number[]): Promise<StatusFacts> {
  const { raw } = facts;
  const fresh = await loadRawFacts(db, raw.plan.id, raw.sorted, raw.punctualityScope, measureIds);
  const ids = new Set(measureIds);
  const keep = <T extends { measureId: number }>(old: T[], now: T[]) => [...old.filter((r) => !ids.has(r.measureId)), ...now];
  const freshUnits = new Map(fresh.units.map((u) => [u.id, u]));
  return buildFacts({
    ...fresh,
    measures: [...raw.measures.filter((m) => !ids.has(m.id)), ...fresh.measures].sort(
      (a, b) => a.taskNumber - b.taskNumber || a.number - b.number,
    ),
    measureUnits: keep(raw.measureUnits, fresh.measureUnits),
    units: [...raw.units.filter((u) => !freshUnits.has(u.id)), ...fresh.units],
    indicators: keep(raw.indicators, fresh.indicators),
    milestones: keep(raw.milestones, fresh.milestones),
    picks: keep(raw.picks, fresh.picks),
    candidateActuals: keep(raw.candidateActuals, fresh.candidateActuals),
    extensions: keep(raw.extensions, fresh.extensions),
    late: keep(raw.late, fresh.late),
    punctuality: keep(raw.punctuality, fresh.punctuality),
    problems: keep(raw.problems, fresh.problems),
    reopenings: keep(raw.reopenings, fresh.reopenings).sort((a, b) => a.at - b.at),
  });
}

type RawFacts = Awaited<ReturnType<typeof loadRawFacts>>;

/** The rows, for the whole plan or (measureIds) some of its measures. */
async function loadRawFacts(
  db: PrismaLike,
  planId: number,
  sorted: IsoDate[],
  punctualityScope: PunctualityScope,
  measureIds?: readonly number[],
) {
  const withPunctuality = punctualityScope !== false;
  const [first, last] = [sorted[0], sorted[sorted.length - 1]];
  const ends = sorted.map((d) => endOfChinaDay(d).toISOString());
  const ids = measureIds ? [...measureIds] : null;
  // Restricts a query joined to "Measure" m (or a row's measureId column) to those measures.
  const only = (column: Prisma.Sql = Prisma.sql`m.id`) => (ids ? Prisma.sql` AND ${column} = ANY(${ids}::int[])` : Prisma.empty);
  const [plan, measures, measureUnits, units, indicators, milestones, picks, candidateActuals, extensions, [owed], problems, reopenings] =
    await Promise.all([
      db.plan.findUniqueOrThrow({
        where: { id: planId },
        select: { id: true, title: true, year: true, yellowGap: true, redGap: true, redOverdueDays: true, redMissedPeriods: true },
      }),
      jsonRows<MeasureRow>(
        db,
        Prisma.sql`
        SELECT m.id, m.number, m.text, m."startDate", m."dueDate", m.weight,
          t.id AS "taskId", t.number AS "taskNumber", t.title AS "taskTitle", a.id AS "actionId", a.number AS "actionNumber", a.title AS "actionTitle",
          o.colour AS "overrideColour", o.reason AS "overrideReason", ${epochMs(Prisma.sql`o."createdAt"`)} AS "overrideCreatedAt"
        FROM "Measure" m
        JOIN "Task" t ON t.id = m."taskId"
        JOIN "Action" a ON a.id = t."actionId"
        LEFT JOIN "StatusOverride" o ON o."measureId" = m.id
        WHERE m."planId" = ${planId}${only()}`,
        Prisma.sql`ORDER BY q."taskNumber", q.number`,
      ),
      jsonRows<{ measureId: number; role: UnitRole; unitId: number }>(
        db,
        Prisma.sql`SELECT mu."measureId", mu.role, mu."unitId", mu.position FROM "MeasureUnit" mu JOIN "Measure" m ON m.id = mu."measureId" WHERE m."planId" = ${planId}${only()}`,
        Prisma.sql`ORDER BY q."measureId", q.position`,
      ),
      db.$queryRaw<{ id: number; name: string }[]>`
      SELECT u.id, u.name FROM "Unit" u
      WHERE u.id IN (SELECT mu."unitId" FROM "MeasureUnit" mu JOIN "Measure" m ON m.id = mu."measureId" WHERE m."planId" = ${planId}${only()})`,
      db.indicator.findMany({
        where: { measure: { planId }, ...(ids ? { measureId: { in: ids } } : {}) },
        orderBy: [{ measureId: "asc" }, { position: "asc" }],
        select: { id: true, measureId: true, label: true, target: true, unit: true, comparator: true },
      }),
      // Every milestone of the plan with when it was confirmed: its state on each date follows from that.
      jsonRows<{ measureId: number; title: string; dueOn: IsoDate; plannedPercent: number | null; confirmedAt: number | null }>(
        db,
        Prisma.sql`
        SELECT ms."measureId", ms.title, ms."dueOn", ms."plannedPercent", ${epochMs(Prisma.sql`ms."confirmedAt"`)} AS "confirmedAt", ms.position, ms.id
        FROM "Milestone" ms JOIN "Measure" m ON m.id = ms."measureId"
        WHERE m."planId" = ${planId}${only()}`,
        Prisma.sql`ORDER BY q."measureId", q.position, q.id`,
      ),
      // For each date, the lead unit's latest approved report per measure, by period then approval
      // time; its texts on the first row that names it.
      jsonRows<Pick>(
        db,
        Prisma.sql`
        SELECT x.n, x."measureId", x."reportId", x.percent, ${epochMs(Prisma.sql`x."reviewedAt"`)} AS "reviewedAt",
          CASE WHEN x.first THEN r.progress END AS progress, CASE WHEN x.first THEN r."nextSteps" END AS "nextSteps", CASE WHEN x.first THEN r.problems END AS problems
        FROM (
          SELECT *, row_number() OVER (PARTITION BY "reportId" ORDER BY n) = 1 AS first FROM (
            SELECT DISTINCT ON (d.n, r."measureId") d.n::int AS n, r."measureId", r.id AS "reportId", r.percent, r."reviewedAt"
            FROM "ProgressReport" r
            JOIN "Measure" m ON m.id = r."measureId" AND m."planId" = ${planId}${only()}
            JOIN "MeasureUnit" mu ON mu."measureId" = r."measureId" AND mu."unitId" = r."unitId" AND mu.role = 'LEAD'
            JOIN "ReportingPeriod" p ON p.id = r."periodId"
            JOIN unnest(${ends}::timestamp[]) WITH ORDINALITY AS d("end", n) ON r."reviewedAt" < d."end"
            WHERE r.state = 'APPROVED' AND r."reviewedAt" < ${endOfChinaDay(last)} AND r.percent IS NOT NULL
            ORDER BY d.n, r."measureId", p."startsOn" DESC, r."reviewedAt" DESC, r.id DESC) latest) x
        JOIN "ProgressReport" r ON r.id = x."reportId"`,
      ),
      // The indicator actuals of every report those can be (the lead unit's approved ones by the last date).
      jsonRows<{ measureId: number; reportId: number; indicatorId: number; value: number }>(
        db,
        Prisma.sql`
        SELECT m.id AS "measureId", ia."reportId", ia."indicatorId", ia.value
        FROM "Indicator" i
        JOIN "Measure" m ON m.id = i."measureId" AND m."planId" = ${planId}${only()}
        JOIN "MeasureUnit" mu ON mu."measureId" = m.id AND mu.role = 'LEAD'
        JOIN "ProgressReport" r ON r."measureId" = m.id AND r."unitId" = mu."unitId" AND r.state = 'APPROVED'
          AND r."reviewedAt" < ${endOfChinaDay(last)} AND r.percent IS NOT NULL
        JOIN "IndicatorActual" ia ON ia."reportId" = r.id AND ia."indicatorId" = i.id`,
      ),
      // The measures' extensions approved by the last date (a few rows: most measures have none).
      jsonRows<ApprovedExtension & { measureId: number }>(
        db,
        Prisma.sql`
        SELECT e."measureId", e."requestedDueOn", ${epochMs(Prisma.sql`e."decidedAt"`)} AS "decidedAt"
        FROM "ExtensionRequest" e JOIN "Measure" m ON m.id = e."measureId" AND m."planId" = ${planId}${only()}
        WHERE e.state = 'APPROVED' AND e."decidedAt" < ${endOfChinaDay(last)}`,
      ),
      // Every (measure, owing unit, period) due before the last date that is not submitted by the
      // first, with when it was first submitted by the last (null: not yet): overdue on a date when
      // due before it and not submitted by its end. Reports submitted by their due date never are.
      // And from the same rows, if asked for, each unit's punctuality as of the last date.
      db.$queryRaw<{ late: Slot[] | null; punctuality: MeasurePunctuality[] | null }[]>`
      WITH ${owedSlots(planId, punctualityScope === "through" ? addDays(last, 1) : last, endOfChinaDay(last), withPunctuality, ids ?? undefined)}
      SELECT
        (SELECT json_agg(json_build_object('measureId', s."measureId", 'unitId', s."unitId", 'periodLabel', p.label, 'periodStartsOn', p."startsOn",
             'dueOn', s."dueOn", 'filedAt', ${epochMs(Prisma.sql`s."filedAt"`)}, 'owedFrom', ${epochMs(Prisma.sql`s."owedFrom"`)}) ORDER BY s."measureId", s."dueOn", s.position, p."startsOn")
         FROM slots s JOIN due p ON p.id = s."periodId"
         WHERE s."filedAt" IS NULL OR s."filedAt" >= greatest(${endOfChinaDay(first)}, (s."dueOn" + 1)::timestamp - interval '8 hours')) AS late,
        ${withPunctuality ? PUNCTUALITY : Prisma.sql`NULL::json`} AS punctuality`,
      // Ledger entries (问题台账) published by the last date and not closed out (销号) by the first.
      // An extension approved after a date did not yet apply on it: the due date then is the one in
      // force when that extension was asked for.
      jsonRows<ProblemRow>(
        db,
        Prisma.sql`
        SELECT p."measureId", p.description, p."dueOn", ${epochMs(Prisma.sql`p."publishedAt"`)} AS "publishedAt",
          ${epochMs(Prisma.sql`p."resolvedAt"`)} AS "resolvedAt",
          (SELECT coalesce(json_agg(json_build_object('decidedAt', ${epochMs(Prisma.sql`e."decidedAt"`)}, 'from', e."currentDueOn") ORDER BY e."decidedAt"), '[]')
           FROM "ExtensionRequest" e
           WHERE e."problemId" = p.id AND e.state = 'APPROVED' AND e."decidedAt" >= ${endOfChinaDay(first)}) AS moves
        FROM "Problem" p
        WHERE p."planId" = ${planId}${only(Prisma.sql`p."measureId"`)} AND p."publishedAt" < ${endOfChinaDay(last)}
          AND (p."resolvedAt" IS NULL OR p."resolvedAt" >= ${endOfChinaDay(first)})`,
        Prisma.sql`ORDER BY q."measureId", q."dueOn", q.description`,
      ),
      // Coordinators' reopenings of done measures by the last date (a few rows).
      jsonRows<Reopening>(
        db,
        Prisma.sql`
        SELECT x."measureId", x.reason, ${epochMs(Prisma.sql`x."reopenedAt"`)} AS at
        FROM "MeasureReopening" x JOIN "Measure" m ON m.id = x."measureId" AND m."planId" = ${planId}${only()}
        WHERE x."reopenedAt" < ${endOfChinaDay(last)}`,
        Prisma.sql`ORDER BY q.at`,
      ),
    ]);
  return {
    plan,
    sorted,
    punctualityScope,
    withPunctuality,
    measures,
    measureUnits,
    units,
    indicators,
    milestones,
    picks,
    candidateActuals,
    extensions,
    late: owed.late ?? [],
    punctuality: owed.punctuality ?? [],
    problems,
    reopenings,
  };
}

function buildFacts(raw: RawFacts) {
  const { plan, sorted, measures, measureUnits, units, indicators, milestones, picks, candidateActuals, extensions, problems, reopenings } =
    raw;
  const picked = new Set(picks.map((p) => p.reportId));
  const actuals = candidateActuals.filter((a) => picked.has(a.reportId));
  const textOf = new Map(
    picks
      .filter((p) => p.nextSteps !== null)
      .map((p) => [p.reportId, { progress: p.progress!, nextSteps: p.nextSteps!, problems: p.problems! }]),
  );

  const unitOf = new Map(units.map((u) => [u.id, u]));
  const unitsOf = new Map<number, { role: UnitRole; unit: { id: number; name: string } }[]>();
  for (const mu of measureUnits) {
    const list = unitsOf.get(mu.measureId) ?? [];
    list.push({ role: mu.role, unit: { ...unitOf.get(mu.unitId)! } });
    unitsOf.set(mu.measureId, list);
  }
  const indicatorsOf = new Map<number, { id: number; label: string; target: number; unit: string; comparator: Comparator }[]>();
  for (const { measureId, ...i } of indicators) {
    const list = indicatorsOf.get(measureId) ?? [];
    list.push(i);
    indicatorsOf.set(measureId, list);
  }
  const milestonesOf = new Map<number, MilestoneFact[]>();
  for (const { measureId, title, dueOn, plannedPercent, confirmedAt } of milestones) {
    const list = milestonesOf.get(measureId) ?? [];
    list.push({ title, dueOn, plannedPercent, confirmedOn: confirmedAt === null ? null : toChinaDate(new Date(confirmedAt)) });
    milestonesOf.set(measureId, list);
  }
  const late = raw.late;
  const punctuality = new Map<number, UnitPunctuality>();
  for (const { unitId, due, onTime } of raw.punctuality) {
    const unit = punctuality.get(unitId) ?? { unitId, due: 0, onTime: 0 };
    punctuality.set(unitId, { unitId, due: unit.due + due, onTime: unit.onTime + onTime });
  }
  const dueDateOf = new Map(measures.map((m) => [m.id, m.dueDate]));
  const extensionsOf = new Map<number, ApprovedExtension[]>();
  for (const { measureId, ...e } of extensions) extensionsOf.set(measureId, [...(extensionsOf.get(measureId) ?? []), e]);

  const byMeasure = <T extends { measureId: number }>(rows: T[]) => {
    const map = new Map<number, T[]>();
    for (const r of rows) {
      const list = map.get(r.measureId);
      if (list) list.push(r);
      else map.set(r.measureId, [r]);
    }
    return map;
  };
  const index = { picks: byMeasure(picks), late: byMeasure(late), problems: byMeasure(problems), reopenings: byMeasure(reopenings) };

  return {
    /** The rows these facts were built from, for refreshStatusFacts. */
    raw,
    plan,
    measures: measures.map((m) => ({
      id: m.id,
      number: m.number,
      text: m.text,
      startDate: m.startDate,
      dueDate: m.dueDate,
      weight: m.weight,
      task: {
        id: m.taskId,
        number: m.taskNumber,
        title: m.taskTitle,
        action: { id: m.actionId, number: m.actionNumber, title: m.actionTitle },
      },
      units: unitsOf.get(m.id) ?? [],
      indicators: indicatorsOf.get(m.id) ?? [],
      override:
        m.overrideColour === null
          ? null
          : { colour: m.overrideColour, reason: m.overrideReason!, createdAt: new Date(m.overrideCreatedAt!) },
      milestones: milestonesOf.get(m.id) ?? [],
    })),
    actuals,
    /** Each unit's filing punctuality as of the last date (when asked for). */
    punctuality: raw.withPunctuality ? [...punctuality.values()] : [],
    /** The same as `on`, for one measure (incremental status computes only the measures that changed). */
    measureOn(measureId: number, date: IsoDate) {
      const n = sorted.indexOf(date) + 1;
      if (n === 0) throw new Error(`status facts not loaded for ${date}`);
      const end = endOfChinaDay(date).getTime();
      const pick = index.picks.get(measureId)?.find((p) => p.n === n);
      const approved = pick
        ? {
            measureId,
            reportId: pick.reportId,
            percent: pick.percent,
            reviewedAt: new Date(pick.reviewedAt),
            ...textOf.get(pick.reportId)!,
          }
        : undefined;
      const overdue = (index.late.get(measureId) ?? [])
        .filter((o) => o.dueOn < date && (o.filedAt === null || o.filedAt >= end) && (o.owedFrom === null || o.owedFrom < end))
        .map(({ filedAt: _, owedFrom: __, ...o }) => o);
      const openProblems = (index.problems.get(measureId) ?? [])
        .filter((p) => p.publishedAt < end && (p.resolvedAt === null || p.resolvedAt >= end))
        .map((p) => ({
          measureId: p.measureId,
          description: p.description,
          dueOn: p.moves.find((x) => x.decidedAt >= end)?.from ?? p.dueOn,
        }));
      const approvedExtensions = extensionsOf.get(measureId);
      const original = dueDateOf.get(measureId)!;
      const due = approvedExtensions ? effectiveDueDate(original, approvedExtensions, end) : original;
      return {
        approved,
        overdue,
        openProblems,
        dueDate: due === original ? undefined : due,
        reopenings: (index.reopenings.get(measureId) ?? []).filter((r) => r.at < end),
      };
    },
    /** What was known on `date` (one of the dates loaded); `dueDates`: the measures whose due date an extension approved by then moved. */
    on(date: IsoDate): {
      approved: Approved[];
      overdue: Overdue[];
      openProblems: OpenProblem[];
      dueDates: Map<number, IsoDate>;
      reopenings: Reopening[];
    } {
      const n = sorted.indexOf(date) + 1;
      if (n === 0) throw new Error(`status facts not loaded for ${date}`);
      const end = endOfChinaDay(date).getTime();
      return {
        approved: picks
          .filter((p) => p.n === n)
          .map((p) => ({
            measureId: p.measureId,
            reportId: p.reportId,
            percent: p.percent,
            reviewedAt: new Date(p.reviewedAt),
            ...textOf.get(p.reportId)!,
          })),
        overdue: late
          .filter((o) => o.dueOn < date && (o.filedAt === null || o.filedAt >= end) && (o.owedFrom === null || o.owedFrom < end))
          .map(({ filedAt: _, owedFrom: __, ...o }) => o),
        openProblems: problems
          .filter((p) => p.publishedAt < end && (p.resolvedAt === null || p.resolvedAt >= end))
          .map((p) => ({
            measureId: p.measureId,
            description: p.description,
            dueOn: p.moves.find((x) => x.decidedAt >= end)?.from ?? p.dueOn,
          })),
        dueDates: new Map(
          [...extensionsOf].flatMap(([measureId, approved]) => {
            const original = dueDateOf.get(measureId)!;
            const due = effectiveDueDate(original, approved, end);
            return due === original ? [] : [[measureId, due] as const];
          }),
        ),
        reopenings: reopenings.filter((r) => r.at < end),
      };
    },
  };
}
