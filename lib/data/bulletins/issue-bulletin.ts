// A coordinator issues the month's bulletin after its cut-off (the period's due date): the plan's
// status as of the cut-off is frozen into a snapshot, with the extensions granted in the month and,
// if the coordinator chooses, the month's data-quality warnings. One bulletin per month; it never changes.
import { mutate } from "../mutate.ts";
import { z } from "zod";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { today } from "../../clock.ts";
import { prisma } from "../../db.ts";
import { bulletinQualityRows, bulletinSnapshot } from "../../domain/bulletin/bulletin-snapshot.ts";
import { endOfChinaDay, fromDbDate, toDbDate } from "../../domain/dates.ts";
import { AppError } from "../../errors.ts";
import { bulletinMessages as m } from "../../messages/bulletins.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { listGrantedExtensions } from "../extensions/list-granted-extensions.ts";
import { getPlanStatusWithHistory } from "../status/get-plan-status.ts";
import { getPlanSummary, planRef } from "../plans/resolve-plan.ts";
import { listQualityWarnings } from "../quality/list-quality-warnings.ts";

export const issueBulletinSchema = z.object({
  periodId: z.coerce.number().int().positive({ error: m.choosePeriod }),
  /** Include the month's data-quality warnings (a checkbox: "on" when ticked). */
  includeQuality: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()).default(false),
});

export async function issueBulletin(viewer: Viewer, periodId: number, options: { includeQuality?: boolean } = {}): Promise<{ id: number }> {
  assertCan(viewer, { action: "bulletin:issue", plan: "any" });
  const db = await prisma();
  const period = await db.reportingPeriod.findUnique({
    where: { id: periodId },
    select: { id: true, label: true, startsOn: true, endsOn: true, dueOn: true, kind: true, plan: { select: { id: true, title: true, docNumber: true, issuer: true } } },
  });
  if (!period || period.kind !== "MONTHLY") throw new AppError("NOT_FOUND", m.periodNotFound);
  const plan = await getPlanSummary(viewer, period.plan.id);
  if (!plan) throw new AppError("NOT_FOUND", m.periodNotFound);
  assertCan(viewer, { action: "bulletin:issue", plan: planRef(plan) });
  const cutOff = fromDbDate(period.dueOn);
  if (cutOff >= today()) throw new AppError("CONFLICT", m.beforeCutOff(period.label, cutOff));

  // Read the status and the units' punctuality (one reading, as the dashboard does), then write
  // snapshot + audit together.
  const { status, punctuality } = await getPlanStatusWithHistory(viewer, plan, cutOff, []);
  // The extensions granted during the month itself (China time).
  const monthStart = new Date(Date.parse(`${fromDbDate(period.startsOn)}T00:00:00+08:00`));
  const extensions = await listGrantedExtensions(db, period.plan.id, monthStart, endOfChinaDay(fromDbDate(period.endsOn)));
  // The month's reports (periods starting in it) submitted with data-quality warnings by the cut-off.
  const quality = options.includeQuality
    ? bulletinQualityRows(await listQualityWarnings(viewer, period.plan.id, cutOff, { from: fromDbDate(period.startsOn), to: fromDbDate(period.endsOn) }))
    : undefined;
  const snapshot = bulletinSnapshot({
    plan: { title: period.plan.title, docNumber: period.plan.docNumber, issuer: period.plan.issuer },
    periodLabel: period.label,
    status,
    punctuality,
    extensions,
    quality,
  });
  try {
    // An issued bulletin is a snapshot: no colour changes.
    return await mutate(viewer, { permission: { action: "bulletin:issue", plan: planRef(plan) }, touches: { pages: ["/bulletins"] } }, async (tx) => {
      const bulletin = await tx.bulletin.create({
        data: { planId: period.plan.id, periodId: period.id, asOf: toDbDate(cutOff), issuedById: viewer.id, snapshot },
        select: { id: true },
      });
      await recordAudit(tx, viewer, { action: "bulletin.issue", entityType: "Bulletin", entityId: bulletin.id, after: { periodId, asOf: cutOff } });
      return bulletin;
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", m.alreadyIssued(period.label));
    throw error;
  }
}
