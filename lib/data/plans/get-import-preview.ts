// The import preview (/plans/import/{id}): the uploaded notice parsed — its structure, units,
// indicators, deadlines and milestones, or every problem with its line — where it goes (a new plan,
// or the plan of that region and year it updates, with the diff), how each unit name will be
// matched, and for a rollover the previous plan's unfinished measures that may be carried over.
// Reads only: nothing is written until the import is confirmed.
import "server-only";
import type { Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { NoticeParseError, parseNotice, type NoticeIssue, type ParsedNotice } from "../../domain/notice/parse-notice.ts";
import { noticeDiff, type PlanDiff } from "../../domain/plans/notice-diff.ts";
import { AppError, isAppError } from "../../errors.ts";
import { planMessages } from "../../messages/plans.ts";
import { getPlanStatus } from "../status/get-plan-status.ts";
import { importRegion, type ImportRegion } from "./internal/import-target.ts";
import { matchUnits, type UnitMatch } from "./internal/match-units.ts";
import { getPlanSummary, statusDateOf, type PlanSummary } from "./resolve-plan.ts";
import { parsedNoticeTasks, storedNoticeTasks } from "./internal/stored-notice-tasks.ts";

export type UnfinishedMeasure = {
  id: number;
  task: { number: number; title: string };
  number: number;
  text: string;
  colour: string;
  reason: string;
};

export type ImportPreview = {
  id: number;
  fileName: string;
  region: ImportRegion;
  notice: ParsedNotice | null;
  /** Problems that stop the import, each with its line and that line's text. */
  issues: (NoticeIssue & { text: string | null })[];
  /** The plan of the region and year that the notice updates, if there is one. */
  existing: { id: number; title: string; year: number; frozen: boolean } | null;
  diff: PlanDiff | null;
  units: (UnitMatch & { leads: number; coOwns: number })[];
  rollover: { from: PlanSummary; unfinished: UnfinishedMeasure[] } | null;
  counts: { actions: number; tasks: number; measures: number; units: number; indicators: number; milestones: number } | null;
  /** What the confirmation must still find (the existing plan unchanged since this preview). */
  basis: string;
};

export async function getImportPreview(viewer: Viewer, id: number): Promise<ImportPreview> {
  const db = await prisma();
  // The uploader's own import only: another user's id is "not found".
  const pending = await db.pendingImport.findFirst({
    where: { id, userId: viewer.id },
    select: { id: true, fileName: true, text: true, regionName: true, previousPlanId: true },
  });
  if (!pending) throw new AppError("NOT_FOUND", planMessages.manage.pendingNotFound);
  const region = await importRegion(db, viewer, pending.regionName);
  const lines = pending.text.split(/\r\n|\r|\n/);
  const withText = (i: NoticeIssue) => ({ ...i, text: i.line ? (lines[i.line - 1] ?? null) : null });

  let notice: ParsedNotice | null = null;
  const issues: NoticeIssue[] = [];
  try {
    notice = parseNotice(pending.text);
  } catch (error) {
    if (error instanceof NoticeParseError) issues.push(...error.issues);
    else if (isAppError(error)) issues.push({ line: null, message: error.message });
    else throw error;
  }

  const from = pending.previousPlanId === null ? null : await getPlanSummary(viewer, pending.previousPlanId);
  if (notice && from && notice.plan.year <= from.year)
    issues.push({ line: null, message: planMessages.rollover.yearNotLater(notice.plan.year, from.year) });

  const existingRow =
    notice && region.id !== null
      ? await db.plan.findUnique({
          where: { regionId_year: { regionId: region.id, year: notice.plan.year } },
          select: { id: true, title: true, year: true, frozenAt: true, updatedAt: true },
        })
      : null;
  if (existingRow?.frozenAt) issues.push({ line: null, message: planMessages.import.planFrozen(existingRow.year) });
  if (notice?.plan.docNumber) {
    const holder = await db.plan.findUnique({
      where: { docNumber: notice.plan.docNumber },
      select: { id: true, year: true, region: { select: { name: true } } },
    });
    if (holder && holder.id !== existingRow?.id)
      issues.push({ line: null, message: planMessages.import.docNumberTaken(notice.plan.docNumber, holder) });
  }

  const measures = notice ? notice.actions.flatMap((a) => a.tasks.flatMap((t) => t.measures)) : [];
  const roles = new Map<string, { leads: number; coOwns: number }>();
  for (const u of measures.flatMap((m) => m.units)) {
    const r = roles.get(u.name) ?? { leads: 0, coOwns: 0 };
    if (u.role === "LEAD") r.leads += 1;
    else r.coOwns += 1;
    roles.set(u.name, r);
  }
  const units = await matchUnits(db, region, [...roles.keys()]);

  return {
    id: pending.id,
    fileName: pending.fileName,
    region,
    notice,
    issues: issues.map(withText),
    existing: existingRow
      ? { id: existingRow.id, title: existingRow.title, year: existingRow.year, frozen: existingRow.frozenAt !== null }
      : null,
    diff: notice && existingRow ? noticeDiff(await storedNoticeTasks(db, existingRow.id), parsedNoticeTasks(notice)) : null,
    units: units.map((u) => ({ ...u, ...roles.get(u.name)! })),
    rollover: from ? { from, unfinished: await unfinishedMeasures(viewer, from) } : null,
    counts: notice
      ? {
          actions: notice.actions.length,
          tasks: notice.actions.reduce((n, a) => n + a.tasks.length, 0),
          measures: measures.length,
          units: roles.size,
          indicators: measures.reduce((n, m) => n + m.indicators.length, 0),
          milestones: measures.reduce((n, m) => n + m.milestones.length, 0),
        }
      : null,
    basis: importBasis(existingRow),
  };
}

/** The version of the plan a preview was made against ("new" when there was none). */
export function importBasis(plan: { updatedAt: Date } | null): string {
  return plan ? String(plan.updatedAt.getTime()) : "new";
}

/** The previous plan's measures not done on its status date (its closing day, once frozen). */
export async function unfinishedMeasures(viewer: Viewer, plan: PlanSummary): Promise<UnfinishedMeasure[]> {
  const status = await getPlanStatus(viewer, plan, statusDateOf(plan));
  // Already carried over once: its continuation lives in the next plan.
  const rows = await (await prisma()).measure.findMany({ where: { planId: plan.id, carriedTo: null }, select: { id: true, text: true } });
  const textOf = new Map(rows.map((r) => [r.id, r.text]));
  return (
    status.measures
      // Done is the approved 100 % (done means done), not the colour: a done measure may still be red
      // for a report missed before it was done, and an override may colour it too.
      .filter((m) => !m.status.done && textOf.has(m.id))
      .map((m) => ({
        id: m.id,
        task: { number: m.task.number, title: m.task.title },
        number: m.number,
        text: textOf.get(m.id)!,
        colour: m.status.colour,
        reason: m.status.reasons[0] ?? "",
      }))
  );
}
