// Evidence files (of a report or of a ledger resolution): checked by their bytes before anything
// is written, then stored as Attachment rows in the caller's transaction.
import "server-only";
import { createHash } from "node:crypto";
import type { PrismaTx } from "../../db.ts";
import { cleanFileName, evidenceFileName } from "../../domain/evidence-file-name.ts";
import { MAX_EVIDENCE_BYTES, sniffEvidenceType } from "../../domain/evidence-type.ts";
import { AppError } from "../../errors.ts";
import { reportMessages as m } from "../../messages/reports.ts";

/** A file as uploaded: its name as the browser or the API client gave it, and its bytes. */
export type UploadedFile = { name: string; bytes: Uint8Array };

/** At most this many files per report or per resolution. */
export const MAX_ATTACHMENTS = 20;

export type Evidence = { name: string; bytes: Uint8Array; mime: string };

/**
 * The type sniffed from the content and a name that says it (lib/domain/evidence-file-name.ts);
 * a file too large or of another kind is refused.
 */
export function checkEvidence(file: UploadedFile): Evidence {
  const shown = cleanFileName(file.name) || "附件";
  if (file.bytes.byteLength > MAX_EVIDENCE_BYTES) throw new AppError("INVALID_INPUT", m.fileTooLarge(shown));
  const type = sniffEvidenceType(file.bytes, shown);
  if (!type) throw new AppError("INVALID_INPUT", m.fileType(shown));
  return { name: evidenceFileName(file.name, type.extensions), bytes: file.bytes, mime: type.mime };
}

/** Stores checked files for one report or one resolution. */
export async function storeEvidence(
  tx: PrismaTx,
  owner: { reportId: number } | { resolutionId: number },
  evidence: Evidence[],
  uploadedById: number,
): Promise<void> {
  if (evidence.length === 0) return;
  await tx.attachment.createMany({
    data: evidence.map((e) => ({
      ...owner,
      fileName: e.name,
      mimeType: e.mime,
      size: e.bytes.byteLength,
      sha256: createHash("sha256").update(e.bytes).digest("hex"),
      data: Buffer.from(e.bytes),
      uploadedById,
    })),
  });
}
