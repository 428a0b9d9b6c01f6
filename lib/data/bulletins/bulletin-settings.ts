// A plan's bulletin settings (发文机关, 文号 prefix, 抄送, 印发机关) and the 文号 numbers in use.
import "server-only";
import { z } from "zod";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { prisma, type PrismaLike } from "../../db.ts";
import type { BulletinDocumentParts } from "../../domain/bulletin/bulletin-snapshot.ts";
import { AppError } from "../../errors.ts";
import { bulletinMessages as m } from "../../messages/bulletins.ts";
import { recordIdSchema } from "../../record-id.ts";
import { mutate } from "../mutate.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { getPlanSummary, planRef } from "../plans/resolve-plan.ts";

const LIMIT = 200;
const line = z
  .string()
  .trim()
  .max(LIMIT, { error: m.settings.tooLong(LIMIT) })
  .transform((v) => (v === "" ? null : v));

export const bulletinSettingsSchema = z.object({
  planId: recordIdSchema(),
  issuer: line,
  docPrefix: line,
  cc: line,
  printedBy: line,
});
export type BulletinSettings = z.infer<typeof bulletinSettingsSchema>;

const SELECT = { issuer: true, bulletinIssuer: true, bulletinDocPrefix: true, bulletinCc: true, bulletinPrintedBy: true } as const;

export async function readBulletinSettings(db: PrismaLike, planId: number) {
  const plan = await db.plan.findUniqueOrThrow({ where: { id: planId }, select: SELECT });
  return {
    issuer: plan.bulletinIssuer,
    docPrefix: plan.bulletinDocPrefix,
    cc: plan.bulletinCc,
    printedBy: plan.bulletinPrintedBy,
    planIssuer: plan.issuer,
  };
}

/** The next free 文号 number of a plan (numbered per plan, that is per year and region). */
export async function nextDocSeq(db: PrismaLike, planId: number): Promise<number> {
  const { _max } = await db.bulletin.aggregate({ where: { planId }, _max: { docSeq: true } });
  return (_max.docSeq ?? 0) + 1;
}

/** The document parts a bulletin is issued with, numbered `seq`. */
export function documentParts(settings: Awaited<ReturnType<typeof readBulletinSettings>>, seq: number): BulletinDocumentParts {
  return {
    issuer: settings.issuer ?? settings.planIssuer ?? m.document.defaultIssuer,
    docNumber: settings.docPrefix ? m.document.docNumber(settings.docPrefix, seq) : null,
    cc: settings.cc,
    printedBy: settings.printedBy,
  };
}

export async function updateBulletinSettings(viewer: Viewer, input: BulletinSettings): Promise<void> {
  const plan = await getPlanSummary(viewer, input.planId);
  if (!plan) throw new AppError("NOT_FOUND", m.periodNotFound);
  assertCan(viewer, { action: "bulletin:configure", plan: planRef(plan) });
  // The document's parts only: no colour changes.
  await mutate(
    viewer,
    { permission: { action: "bulletin:configure", plan: planRef(plan) }, touches: { pages: ["/bulletins"] } },
    async (tx) => {
      const before = await readBulletinSettings(tx, plan.id);
      await tx.plan.update({
        where: { id: plan.id },
        data: {
          bulletinIssuer: input.issuer,
          bulletinDocPrefix: input.docPrefix,
          bulletinCc: input.cc,
          bulletinPrintedBy: input.printedBy,
        },
      });
      await recordAudit(tx, viewer, {
        action: "bulletin.settings",
        entityType: "Plan",
        entityId: plan.id,
        before: { issuer: before.issuer, docPrefix: before.docPrefix, cc: before.cc, printedBy: before.printedBy },
        after: { issuer: input.issuer, docPrefix: input.docPrefix, cc: input.cc, printedBy: input.printedBy },
      });
    },
  );
}

/** The settings as the bulletins page's form shows them (bureau staff of the plan's region). */
export async function getBulletinSettings(viewer: Viewer, plan: { id: number; region: { id: number }; frozenOn: string | null }) {
  assertCan(viewer, { action: "bulletin:configure", plan: planRef(plan) });
  const { issuer, docPrefix, cc, printedBy } = await readBulletinSettings(await prisma(), plan.id);
  return { issuer, docPrefix, cc, printedBy };
}
