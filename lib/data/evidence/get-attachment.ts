// One evidence file, with its bytes, for download: only when the viewer may read its report, or
// its ledger resolution (the rules are in the WHERE, so an unreadable file is indistinguishable
// from a missing one).
import "server-only";
import type { Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { visibleResolutionsWhere } from "../scope/visible-problems.ts";
import { visibleReportsWhere } from "../scope/visible-reports.ts";

export type AttachmentFile = { fileName: string; mimeType: string; size: number; data: Uint8Array };

export async function getAttachment(viewer: Viewer | null, id: number): Promise<AttachmentFile | null> {
  const db = await prisma();
  return db.attachment.findFirst({
    where: {
      id,
      OR: [
        { reportId: { not: null }, report: { is: visibleReportsWhere(viewer) } },
        { resolutionId: { not: null }, resolution: { is: visibleResolutionsWhere(viewer) } },
      ],
    },
    select: { fileName: true, mimeType: true, size: true, data: true },
  });
}
