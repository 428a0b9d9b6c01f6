// One evidence file, with its bytes, for download: only when the viewer may read its report
// (the rule is in the WHERE, so an unreadable file is indistinguishable from a missing one).
import type { Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { visibleReportsWhere } from "./visible-reports.ts";

export type AttachmentFile = { fileName: string; mimeType: string; size: number; data: Uint8Array };

export async function getAttachment(viewer: Viewer | null, id: number): Promise<AttachmentFile | null> {
  const db = await prisma();
  return db.attachment.findFirst({
    where: { id, report: visibleReportsWhere(viewer) },
    select: { fileName: true, mimeType: true, size: true, data: true },
  });
}
