// A month's bulletin draft: the narrative the coordinator edits before issuing and the 文号 number.
// Saving names the version read; a save over someone else's newer one is refused, not overwritten.
import "server-only";
import { z } from "zod";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { prisma, type PrismaLike } from "../../db.ts";
import type { BulletinNarrative } from "../../domain/bulletin/bulletin-snapshot.ts";
import { AppError } from "../../errors.ts";
import { bulletinMessages as m } from "../../messages/bulletins.ts";
import { INT4_MAX, recordIdSchema } from "../../record-id.ts";
import { mutate } from "../mutate.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { getPlanSummary, planRef } from "../plans/resolve-plan.ts";

const TEXT_LIMIT = 5000;
const text = z
  .string()
  .trim()
  .max(TEXT_LIMIT, { error: m.draft.tooLong(TEXT_LIMIT) });
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()).default(false);

export const bulletinDraftSchema = z.object({
  periodId: recordIdSchema(m.choosePeriod),
  /** The draft's version as read (0: no draft yet). */
  version: z.coerce.number().int().min(0).max(INT4_MAX),
  overview: text,
  problems: text,
  requirements: text,
  docSeq: z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z.coerce
      .number({ error: m.draft.seqInvalid })
      .int({ error: m.draft.seqInvalid })
      .min(1, { error: m.draft.seqInvalid })
      .max(9999, { error: m.draft.seqInvalid })
      .nullable(),
  ),
  includeQuality: checkbox,
});
export type BulletinDraftInput = z.infer<typeof bulletinDraftSchema>;

export type BulletinDraft = BulletinNarrative & {
  docSeq: number | null;
  includeQuality: boolean;
  version: number;
  updatedAt: Date;
  updatedBy: string;
};

export async function readBulletinDraft(db: PrismaLike, periodId: number): Promise<BulletinDraft | null> {
  const draft = await db.bulletinDraft.findUnique({ where: { periodId } });
  if (!draft) return null;
  const by = await db.user.findUnique({ where: { id: draft.updatedById }, select: { displayName: true } });
  return { ...draft, updatedBy: by?.displayName ?? "" };
}

/** A 文号 number another issued bulletin of the plan already has. */
export async function assertDocSeqFree(db: PrismaLike, planId: number, seq: number | null): Promise<void> {
  if (seq === null) return;
  if (await db.bulletin.findFirst({ where: { planId, docSeq: seq }, select: { id: true } }))
    throw new AppError("CONFLICT", m.draft.seqTaken(seq));
}

export async function saveBulletinDraft(viewer: Viewer, input: BulletinDraftInput): Promise<{ version: number }> {
  assertCan(viewer, { action: "bulletin:issue", plan: "any" });
  const db = await prisma();
  const period = await db.reportingPeriod.findUnique({
    where: { id: input.periodId },
    select: { id: true, planId: true, kind: true, label: true, bulletin: { select: { id: true } } },
  });
  const plan = period && period.kind === "MONTHLY" ? await getPlanSummary(viewer, period.planId) : null;
  if (!period || !plan) throw new AppError("NOT_FOUND", m.periodNotFound);
  assertCan(viewer, { action: "bulletin:issue", plan: planRef(plan) });
  if (period.bulletin) throw new AppError("CONFLICT", m.alreadyIssued(period.label));
  await assertDocSeqFree(db, plan.id, input.docSeq);
  const data = {
    overview: input.overview,
    problems: input.problems,
    requirements: input.requirements,
    docSeq: input.docSeq,
    includeQuality: input.includeQuality,
    updatedById: viewer.id,
  };
  return mutate(
    viewer,
    { permission: { action: "bulletin:issue", plan: planRef(plan) }, touches: { pages: ["/bulletins/draft"] } },
    async (tx) => {
      let version: number;
      if (input.version === 0) {
        const created = await tx.bulletinDraft.createMany({
          data: [{ ...data, planId: plan.id, periodId: period.id }],
          skipDuplicates: true,
        });
        if (created.count === 0) throw new AppError("CONFLICT", m.draft.stale);
        version = 1;
      } else {
        const updated = await tx.bulletinDraft.updateMany({
          where: { periodId: period.id, version: input.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (updated.count === 0) throw new AppError("CONFLICT", m.draft.stale);
        version = input.version + 1;
      }
      await recordAudit(tx, viewer, {
        action: "bulletin.draft",
        entityType: "ReportingPeriod",
        entityId: period.id,
        after: { ...data, version },
      });
      return { version };
    },
  );
}
