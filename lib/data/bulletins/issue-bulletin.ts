// A coordinator issues the month's bulletin after its cut-off (the period's due date): the plan's
// status as of the cut-off is frozen into a snapshot (prepare-bulletin.ts) together with the
// narrative of the month's draft (or the generated one when nobody wrote one) and the document's
// parts with its 文号 (the draft's number, else the plan's next). One bulletin per month; it never
// changes, and the draft goes.
import "server-only";
import { z } from "zod";
import type { Viewer } from "../../auth/permissions.ts";
import { now } from "../../clock.ts";
import { prisma } from "../../db.ts";
import { generatedNarrative } from "../../domain/bulletin/bulletin-narrative.ts";
import { toDbDate } from "../../domain/dates.ts";
import { AppError } from "../../errors.ts";
import { bulletinMessages as m } from "../../messages/bulletins.ts";
import { recordIdSchema } from "../../record-id.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { mutate } from "../mutate.ts";
import { planRef } from "../plans/resolve-plan.ts";
import { documentParts, nextDocSeq, readBulletinSettings } from "./bulletin-settings.ts";
import { assertDocSeqFree, readBulletinDraft } from "./bulletin-draft.ts";
import { prepareBulletin } from "./internal/prepare-bulletin.ts";

export const issueBulletinSchema = z.object({
  periodId: recordIdSchema(m.choosePeriod),
  /** Include the month's data-quality warnings (a checkbox: "on" when ticked); a saved draft's choice wins. */
  includeQuality: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()).default(false),
});
/** The page's form: issuing is one-way, so the coordinator confirms it. */
export const confirmIssueBulletinSchema = issueBulletinSchema.extend({ confirm: z.literal("yes", { error: m.draft.mustConfirm }) });

export async function issueBulletin(viewer: Viewer, periodId: number, options: { includeQuality?: boolean } = {}): Promise<{ id: number }> {
  const db = await prisma();
  const draft = await readBulletinDraft(db, periodId);
  const prepared = await prepareBulletin(viewer, periodId, { includeQuality: draft?.includeQuality ?? options.includeQuality });
  const { plan, period } = prepared;
  const settings = await readBulletinSettings(db, plan.id);
  const narrative = draft
    ? { overview: draft.overview, problems: draft.problems, requirements: draft.requirements }
    : generatedNarrative(prepared.snapshot, prepared.previous);
  try {
    // An issued bulletin is a snapshot: no colour changes.
    return await mutate(
      viewer,
      { permission: { action: "bulletin:issue", plan: planRef(plan) }, touches: { pages: ["/bulletins"] } },
      async (tx) => {
        await assertDocSeqFree(tx, plan.id, draft?.docSeq ?? null);
        const docSeq = draft?.docSeq ?? (await nextDocSeq(tx, plan.id));
        const snapshot = { ...prepared.snapshot, document: documentParts(settings, docSeq), narrative };
        const bulletin = await tx.bulletin.create({
          // Issued "now" on the portal's clock, as every other record: the document's date is that day.
          data: {
            planId: plan.id,
            periodId: period.id,
            asOf: toDbDate(period.cutOff),
            issuedAt: now(),
            issuedById: viewer.id,
            snapshot,
            docSeq,
          },
          select: { id: true },
        });
        await tx.bulletinDraft.deleteMany({ where: { periodId: period.id } });
        await recordAudit(tx, viewer, {
          action: "bulletin.issue",
          entityType: "Bulletin",
          entityId: bulletin.id,
          after: { periodId, asOf: period.cutOff, docNumber: snapshot.document.docNumber },
        });
        return bulletin;
      },
    );
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", m.alreadyIssued(period.label));
    throw error;
  }
}
