// Writes a parsed notice into the database in one transaction, as the plan of a region (the city's by
// default) for the notice's year. Re-importing the same notice writes nothing; a corrected notice
// updates its plan in place, matching actions, tasks and measures by their numbers, so ids (and
// everything later attached to them) survive. A measure's milestones follow the notice until a
// coordinator changes them, and measures carried over from last year (结转) are not the notice's:
// they stay, after the notice's actions and tasks (docs/ARCHITECTURE.md "Decisions").
import "server-only";
import type { PrismaClient, Prisma } from "../../generated/prisma/client.ts";
import type { PrismaTx as Tx } from "../../db.ts";
import type { Viewer } from "../../auth/permissions.ts";
import { toDbDate, fromDbDate } from "../../domain/dates.ts";
import type { ParsedMeasure, ParsedNotice } from "../../domain/notice/parse-notice.ts";
import { syncNoticeMilestones } from "../../domain/milestones/import-sync.ts";
import { monthlyPeriods } from "../../domain/periods.ts";
import { refuseDroppingWorkedMeasures } from "./internal/refuse-dropping-worked-measures.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { mutate } from "../mutate.ts";
import { ensureCounty } from "./internal/ensure-county.ts";
import { AppError } from "../../errors.ts";
import { planMessages } from "../../messages/plans.ts";
import { matchUnits } from "./internal/match-units.ts";

export type ImportSummary = {
  planId: number;
  /** True when the plan did not exist before. */
  createdPlan: boolean;
  created: number;
  updated: number;
  deleted: number;
};

/** Where a notice goes: the region whose plan it is; for a county, the unit names to create as the
 *  county's own even where the city has a unit of that name (see match-units.ts). */
export type ImportTarget = { regionId: number; ownUnits?: readonly string[] };

/** Imports into `target`'s region, by default the city's (the command line, the seed); `{ county }`
 *  names a county, added when new in the same transaction. */
export async function importPlan(
  prisma: PrismaClient,
  notice: ParsedNotice,
  sourceText: string,
  target?: ImportTarget | { county: string },
): Promise<ImportSummary> {
  const options = {
    permission: "system",
    db: prisma,
    touches: (s: ImportSummary) => ({ plans: [s.planId] }),
    unaudited: "the same notice again writes nothing",
    timeout: 60_000,
  } as const;
  return mutate(null, options, async (tx) => {
    const into =
      target === undefined
        ? { regionId: await cityRegionId(tx) }
        : "county" in target
          ? { regionId: await ensureCounty(tx, target.county) }
          : target;
    return writePlan(tx, notice, sourceText, into);
  });
}

/** The city's region (there is exactly one, made by the migration). */
export async function cityRegionId(db: Tx | PrismaClient): Promise<number> {
  return (await db.region.findFirstOrThrow({ where: { level: "CITY" }, select: { id: true } })).id;
}

/**
 * The plan a notice updates: the region's plan of its year. A document number already used by
 * another plan means the notice is not this region's, and is refused.
 */
export async function findImportedPlan(tx: Tx | PrismaClient, regionId: number, head: ParsedNotice["plan"]) {
  const existing = await tx.plan.findUnique({ where: { regionId_year: { regionId, year: head.year } } });
  if (head.docNumber) {
    const holder = await tx.plan.findUnique({
      where: { docNumber: head.docNumber },
      select: { id: true, year: true, region: { select: { name: true } } },
    });
    if (holder && holder.id !== existing?.id) throw new AppError("CONFLICT", planMessages.import.docNumberTaken(head.docNumber, holder));
  }
  return existing;
}

/** The import itself, inside the caller's transaction; `actor` is who imports (none: the command line). */
export async function writePlan(
  tx: Tx,
  notice: ParsedNotice,
  sourceText: string,
  target: ImportTarget,
  actor: Viewer | null = null,
): Promise<ImportSummary> {
  const counts = { created: 0, updated: 0, deleted: 0 };
  const { plan: head } = notice;
  const planData = {
    regionId: target.regionId,
    title: head.title,
    year: head.year,
    docNumber: head.docNumber,
    issuer: head.issuer,
    issuedOn: head.issuedOn ? toDbDate(head.issuedOn) : null,
    sourceText,
  };
  const existing = await findImportedPlan(tx, target.regionId, head);
  let planId: number;
  if (!existing) {
    planId = (await tx.plan.create({ data: planData, select: { id: true } })).id;
    counts.created++;
  } else {
    planId = existing.id;
    if (existing.frozenAt) throw new AppError("CONFLICT", planMessages.import.planFrozen(existing.year));
    await refuseDroppingWorkedMeasures(tx, planId, notice);
    const changed =
      existing.title !== planData.title ||
      existing.docNumber !== planData.docNumber ||
      existing.issuer !== planData.issuer ||
      existing.sourceText !== planData.sourceText ||
      (existing.issuedOn?.getTime() ?? null) !== (planData.issuedOn?.getTime() ?? null);
    if (changed) {
      await tx.plan.update({ where: { id: planId }, data: planData });
      counts.updated++;
    }
  }

  const unitIds = await ensureUnits(tx, target, notice, counts);
  // The carried-over action and its tasks step aside while the notice's are numbered, then follow them.
  const carried = await moveCarryOverAside(tx, planId);
  const actionIds = await syncActions(tx, planId, notice, counts);
  const taskIds = await syncTasks(tx, planId, notice, actionIds, counts);
  await syncMeasures(tx, planId, notice, taskIds, unitIds, counts);
  await ensurePeriods(tx, planId, counts);
  // Actions are removed last: their tasks may have moved to other actions first.
  const removedActions = await tx.action.deleteMany({ where: { planId, carryOver: false, number: { gt: notice.actions.length } } });
  counts.deleted += removedActions.count;
  await placeCarryOver(tx, carried, notice);
  // Like every other write of the portal, a changing import leaves an audit event: the data version
  // that shared statuses and stored pages are keyed by (status/data-version.ts) moves with it.
  if (counts.created + counts.updated + counts.deleted > 0) {
    await recordAudit(tx, actor, {
      action: "plan.import",
      entityType: "Plan",
      entityId: planId,
      after: { docNumber: head.docNumber, ...counts },
    });
  }

  return { planId, createdPlan: !existing, ...counts };
}

type Counts = { created: number; updated: number; deleted: number };

/** The plan's monthly reporting periods; existing ones (and reports on them) are kept. */
async function ensurePeriods(tx: Tx, planId: number, counts: Counts) {
  const plan = await tx.plan.findUniqueOrThrow({ where: { id: planId }, select: { year: true, issuedOn: true, reportDueDay: true } });
  const specs = monthlyPeriods({
    year: plan.year,
    issuedOn: plan.issuedOn ? fromDbDate(plan.issuedOn) : null,
    reportDueDay: plan.reportDueDay,
  });
  const created = await tx.reportingPeriod.createMany({
    data: specs.map((p) => ({
      planId,
      kind: p.kind,
      label: p.label,
      startsOn: toDbDate(p.startsOn),
      endsOn: toDbDate(p.endsOn),
      dueOn: toDbDate(p.dueOn),
    })),
    skipDuplicates: true,
  });
  counts.created += created.count;
}

/** Aside: numbers no notice reaches, so the notice's actions and tasks can take any number. */
const ASIDE = 1_000_000;

async function moveCarryOverAside(tx: Tx, planId: number): Promise<{ actionId: number; taskIds: number[] } | null> {
  const action = await tx.action.findFirst({ where: { planId, carryOver: true }, select: { id: true } });
  if (!action) return null;
  const tasks = await tx.task.findMany({ where: { actionId: action.id }, orderBy: { number: "asc" }, select: { id: true } });
  await tx.action.update({ where: { id: action.id }, data: { number: ASIDE } });
  for (const [i, task] of tasks.entries()) await tx.task.update({ where: { id: task.id }, data: { number: ASIDE + i } });
  return { actionId: action.id, taskIds: tasks.map((t) => t.id) };
}

/** The carried-over action after the notice's last action, its tasks after the notice's last task. */
export async function placeCarryOver(tx: Tx, carried: { actionId: number; taskIds: number[] } | null, notice: ParsedNotice): Promise<void> {
  if (!carried) return;
  const taskCount = notice.actions.reduce((n, a) => n + a.tasks.length, 0);
  await tx.action.update({ where: { id: carried.actionId }, data: { number: notice.actions.length + 1 } });
  for (const [i, id] of carried.taskIds.entries()) await tx.task.update({ where: { id }, data: { number: taskCount + i + 1 } });
}

async function ensureUnits(tx: Tx, target: ImportTarget, notice: ParsedNotice, counts: Counts): Promise<Map<string, number>> {
  const region = await tx.region.findUniqueOrThrow({ where: { id: target.regionId }, select: { id: true, level: true } });
  const matches = await matchUnits(
    tx,
    region,
    allMeasures(notice).flatMap((m) => m.units.map((u) => u.name)),
    target.ownUnits,
  );
  const fresh = matches.filter((m) => m.source === "NEW").map((m) => m.name);
  const created = await tx.unit.createManyAndReturn({
    data: fresh.map((name) => ({ name, regionId: target.regionId })),
    select: { id: true, name: true },
  });
  counts.created += created.length;
  const ids = new Map(created.map((u) => [u.name, u.id]));
  return new Map(matches.map((m) => [m.name, m.unitId ?? ids.get(m.name)!]));
}

async function syncActions(tx: Tx, planId: number, notice: ParsedNotice, counts: Counts): Promise<Map<number, number>> {
  const existing = new Map((await tx.action.findMany({ where: { planId } })).map((a) => [a.number, a]));
  const missing = notice.actions.filter((a) => !existing.has(a.number));
  const created = await tx.action.createManyAndReturn({
    data: missing.map((a) => ({ planId, number: a.number, title: a.title })),
    select: { id: true, number: true },
  });
  counts.created += created.length;
  for (const action of notice.actions) {
    const old = existing.get(action.number);
    if (old && old.title !== action.title) {
      await tx.action.update({ where: { id: old.id }, data: { title: action.title } });
      counts.updated++;
    }
  }
  return new Map([...[...existing.values()].map((a) => [a.number, a.id] as const), ...created.map((a) => [a.number, a.id] as const)]);
}

async function syncTasks(
  tx: Tx,
  planId: number,
  notice: ParsedNotice,
  actionIds: Map<number, number>,
  counts: Counts,
): Promise<Map<number, number>> {
  const wanted = notice.actions.flatMap((a) =>
    a.tasks.map((t) => ({ planId, actionId: actionIds.get(a.number)!, number: t.number, title: t.title })),
  );
  const existing = new Map((await tx.task.findMany({ where: { planId } })).map((t) => [t.number, t]));
  const created = await tx.task.createManyAndReturn({
    data: wanted.filter((t) => !existing.has(t.number)),
    select: { id: true, number: true },
  });
  counts.created += created.length;
  for (const task of wanted) {
    const old = existing.get(task.number);
    if (old && (old.title !== task.title || old.actionId !== task.actionId)) {
      await tx.task.update({ where: { id: old.id }, data: { title: task.title, actionId: task.actionId } });
      counts.updated++;
    }
  }
  const removed = await tx.task.deleteMany({ where: { planId, action: { carryOver: false }, number: { gt: wanted.length } } });
  counts.deleted += removed.count;
  return new Map([...[...existing.values()].map((t) => [t.number, t.id] as const), ...created.map((t) => [t.number, t.id] as const)]);
}

function allMeasures(notice: ParsedNotice): ParsedMeasure[] {
  return notice.actions.flatMap((a) => a.tasks.flatMap((t) => t.measures));
}

function measureData(m: ParsedMeasure) {
  return {
    number: m.number,
    text: m.text,
    startDate: toDbDate(m.startDate),
    dueDate: toDbDate(m.dueDate),
    deadlinePhrase: m.deadlinePhrase,
  };
}

async function syncMeasures(
  tx: Tx,
  planId: number,
  notice: ParsedNotice,
  taskIds: Map<number, number>,
  unitIds: Map<string, number>,
  counts: Counts,
) {
  // One relation per query: inside a transaction Prisma would send an include's child queries in
  // parallel on the one connection.
  // The notice's measures only: carried-over ones (结转) are not in any notice.
  const ofNotice = { planId, task: { action: { carryOver: false } } };
  const rows = await tx.measure.findMany({ where: ofNotice });
  const links = await tx.measureUnit.findMany({ where: { measure: ofNotice } });
  const targets = await tx.indicator.findMany({ where: { measure: ofNotice }, orderBy: [{ measureId: "asc" }, { position: "asc" }] });
  const existing = rows.map((m) => ({ ...m, units: [] as typeof links, indicators: [] as typeof targets }));
  const byId = new Map(existing.map((m) => [m.id, m]));
  for (const l of links) byId.get(l.measureId)!.units.push(l);
  for (const i of targets) byId.get(i.measureId)!.indicators.push(i);
  const key = (taskId: number, number: number) => `${taskId}:${number}`;
  const byKey = new Map(existing.map((m) => [key(m.taskId, m.number), m]));
  const wanted = notice.actions.flatMap((a) =>
    a.tasks.flatMap((t) => t.measures.map((m) => ({ taskId: taskIds.get(t.number)!, parsed: m }))),
  );

  const fresh = wanted.filter((w) => !byKey.has(key(w.taskId, w.parsed.number)));
  const created = await tx.measure.createManyAndReturn({
    data: fresh.map((w) => ({ planId, taskId: w.taskId, ...measureData(w.parsed) })),
    select: { id: true, taskId: true, number: true },
  });
  counts.created += created.length;
  const measureIds = new Map([
    ...existing.map((m) => [key(m.taskId, m.number), m.id] as const),
    ...created.map((m) => [key(m.taskId, m.number), m.id] as const),
  ]);

  const keep = new Set(wanted.map((w) => key(w.taskId, w.parsed.number)));
  const stale = existing.filter((m) => !keep.has(key(m.taskId, m.number))).map((m) => m.id);
  if (stale.length) counts.deleted += (await tx.measure.deleteMany({ where: { id: { in: stale } } })).count;

  const newUnits: Prisma.MeasureUnitCreateManyInput[] = [];
  const newIndicators: Prisma.IndicatorCreateManyInput[] = [];
  for (const { taskId, parsed } of wanted) {
    const measureId = measureIds.get(key(taskId, parsed.number))!;
    const old = byKey.get(key(taskId, parsed.number));
    if (old) {
      const data = measureData(parsed);
      const changed =
        old.text !== data.text ||
        old.deadlinePhrase !== data.deadlinePhrase ||
        fromDbDate(old.startDate) !== parsed.startDate ||
        fromDbDate(old.dueDate) !== parsed.dueDate;
      if (changed) {
        await tx.measure.update({ where: { id: measureId }, data });
        counts.updated++;
      }
    }
    await syncMeasureUnits(tx, measureId, parsed, unitIds, old?.units ?? [], newUnits, counts);
    await syncIndicators(tx, measureId, parsed, old?.indicators ?? [], newIndicators, counts);
  }
  if (newUnits.length) counts.created += (await tx.measureUnit.createMany({ data: newUnits })).count;
  if (newIndicators.length) counts.created += (await tx.indicator.createMany({ data: newIndicators })).count;

  // Milestones of the measures whose milestones no coordinator has changed follow the notice.
  const coordinated = new Set(existing.filter((m) => m.milestonesEditedAt !== null).map((m) => m.id));
  const noticeOwned = wanted
    .map((w) => ({ measureId: measureIds.get(key(w.taskId, w.parsed.number))!, parsed: w.parsed }))
    .filter((w) => !coordinated.has(w.measureId));
  await syncMilestones(tx, noticeOwned, counts);
}

async function syncMilestones(tx: Tx, measures: { measureId: number; parsed: ParsedMeasure }[], counts: Counts) {
  const stored = await tx.milestone.findMany({
    where: { measureId: { in: measures.map((m) => m.measureId) } },
    select: { id: true, measureId: true, position: true, title: true, dueOn: true, deadlinePhrase: true },
  });
  const storedOf = new Map<number, typeof stored>();
  for (const ms of stored) storedOf.set(ms.measureId, [...(storedOf.get(ms.measureId) ?? []), ms]);
  const toCreate: Prisma.MilestoneCreateManyInput[] = [];
  const toRemove: number[] = [];
  for (const { measureId, parsed } of measures) {
    const current = (storedOf.get(measureId) ?? []).map((ms) => ({ ...ms, dueOn: fromDbDate(ms.dueOn) }));
    const sync = syncNoticeMilestones(current, parsed.milestones);
    for (const row of sync.create) toCreate.push({ measureId, source: "NOTICE", ...row, dueOn: toDbDate(row.dueOn) });
    for (const { id, row } of sync.update) {
      await tx.milestone.update({ where: { id }, data: { ...row, dueOn: toDbDate(row.dueOn), version: { increment: 1 } } });
      counts.updated++;
    }
    toRemove.push(...sync.remove);
  }
  if (toRemove.length) counts.deleted += (await tx.milestone.deleteMany({ where: { id: { in: toRemove } } })).count;
  if (toCreate.length) counts.created += (await tx.milestone.createMany({ data: toCreate })).count;
}

async function syncMeasureUnits(
  tx: Tx,
  measureId: number,
  parsed: ParsedMeasure,
  unitIds: Map<string, number>,
  old: { unitId: number; role: string; position: number }[],
  toCreate: Prisma.MeasureUnitCreateManyInput[],
  counts: Counts,
) {
  const wanted = parsed.units.map((u, position) => ({ measureId, unitId: unitIds.get(u.name)!, role: u.role, position }));
  const oldByUnit = new Map(old.map((u) => [u.unitId, u]));
  const removed = old.filter((u) => !wanted.some((w) => w.unitId === u.unitId)).map((u) => u.unitId);
  if (removed.length) counts.deleted += (await tx.measureUnit.deleteMany({ where: { measureId, unitId: { in: removed } } })).count;
  for (const w of wanted) {
    const current = oldByUnit.get(w.unitId);
    if (!current) toCreate.push(w);
    else if (current.role !== w.role || current.position !== w.position) {
      await tx.measureUnit.update({
        where: { measureId_unitId: { measureId, unitId: w.unitId } },
        data: { role: w.role, position: w.position },
      });
      counts.updated++;
    }
  }
}

async function syncIndicators(
  tx: Tx,
  measureId: number,
  parsed: ParsedMeasure,
  old: {
    id: number;
    position: number;
    label: string;
    target: number;
    low: number | null;
    high: number | null;
    unit: string;
    comparator: string;
    source: string;
  }[],
  toCreate: Prisma.IndicatorCreateManyInput[],
  counts: Counts,
) {
  const oldByPosition = new Map(old.map((i) => [i.position, i]));
  parsed.indicators.forEach((indicator, index) => {
    if (!oldByPosition.has(index + 1)) toCreate.push({ measureId, position: index + 1, ...indicator });
  });
  for (const [index, indicator] of parsed.indicators.entries()) {
    const current = oldByPosition.get(index + 1);
    if (!current) continue;
    const same = (Object.keys(indicator) as (keyof typeof indicator)[]).every((k) => current[k] === indicator[k]);
    if (!same) {
      await tx.indicator.update({ where: { id: current.id }, data: indicator });
      counts.updated++;
    }
  }
  const extra = old.filter((i) => i.position > parsed.indicators.length).map((i) => i.id);
  if (extra.length) counts.deleted += (await tx.indicator.deleteMany({ where: { id: { in: extra } } })).count;
}
