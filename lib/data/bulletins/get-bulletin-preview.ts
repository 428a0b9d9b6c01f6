// The bulletin page's preview: the months that can be issued (their cut-off passed, no bulletin
// yet), the chosen one (default: the latest), and that month's bulletin as it would be issued now —
// the document model built from the live snapshot, the saved draft's narrative (or the generated
// one) and the plan's settings with the 文号 it would get.
import "server-only";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { bulletinDocument, type BulletinDocument } from "../../domain/bulletin/bulletin-document.ts";
import { generatedNarrative } from "../../domain/bulletin/bulletin-narrative.ts";
import type { BulletinNarrative } from "../../domain/bulletin/bulletin-snapshot.ts";
import { today } from "../../clock.ts";
import { planRef, type PlanSummary } from "../plans/resolve-plan.ts";
import { documentParts, nextDocSeq, readBulletinSettings } from "./bulletin-settings.ts";
import { readBulletinDraft, type BulletinDraft } from "./bulletin-draft.ts";
import { listBulletins } from "./list-bulletins.ts";
import { prepareBulletin } from "./internal/prepare-bulletin.ts";

export type BulletinPreview = {
  issuable: { id: number; label: string; cutOff: string }[];
  chosen: {
    period: { id: number; label: string; cutOff: string };
    document: BulletinDocument;
    narrative: BulletinNarrative;
    draft: BulletinDraft | null;
    nextSeq: number;
    hasDocPrefix: boolean;
  } | null;
};

export async function getBulletinPreview(viewer: Viewer, plan: PlanSummary, periodId: number | null): Promise<BulletinPreview> {
  assertCan(viewer, { action: "bulletin:issue", plan: planRef(plan) });
  const { issuable } = await listBulletins(viewer, plan);
  const period = issuable.find((p) => p.id === periodId) ?? issuable[issuable.length - 1];
  if (!period) return { issuable, chosen: null };
  const db = await prisma();
  const [draft, settings, nextSeq] = await Promise.all([
    readBulletinDraft(db, period.id),
    readBulletinSettings(db, plan.id),
    nextDocSeq(db, plan.id),
  ]);
  const prepared = await prepareBulletin(viewer, period.id, { includeQuality: draft?.includeQuality ?? false });
  const narrative = draft ?? generatedNarrative(prepared.snapshot, prepared.previous);
  const parts = documentParts(settings, draft?.docSeq ?? nextSeq);
  return {
    issuable,
    chosen: {
      period,
      document: bulletinDocument(prepared.snapshot, parts, narrative, today()),
      narrative: { overview: narrative.overview, problems: narrative.problems, requirements: narrative.requirements },
      draft,
      nextSeq,
      hasDocPrefix: settings.docPrefix !== null,
    },
  };
}
