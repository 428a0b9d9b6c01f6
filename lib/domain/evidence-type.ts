// Evidence files are accepted by what their bytes are, not by their name: a renamed .exe is not
// a PDF. Office Open XML files are zip archives whose first entry names tell Word from Excel.

/** What the bytes are; `extensions` are the file-name endings that say so, the first one preferred. */
export type EvidenceType = { mime: string; kind: "pdf" | "image" | "word" | "excel"; extensions: readonly string[] };

export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((b, i) => bytes[offset + i] === b);

function zipEntryNames(bytes: Uint8Array): string {
  // File names of local zip headers appear in clear text; a bounded scan is enough to classify.
  return new TextDecoder("latin1").decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
}

/** The evidence type of these bytes, or null when they are not an accepted kind of file. */
export function sniffEvidenceType(bytes: Uint8Array, fileName: string): EvidenceType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { mime: "application/pdf", kind: "pdf", extensions: ["pdf"] }; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: "image/png", kind: "image", extensions: ["png"] };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mime: "image/jpeg", kind: "image", extensions: ["jpg", "jpeg"] };
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return { mime: "image/gif", kind: "image", extensions: ["gif"] }; // GIF8
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return { mime: "image/webp", kind: "image", extensions: ["webp"] };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(bytes);
    if (names.includes("word/"))
      return { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", kind: "word", extensions: ["docx"] };
    if (names.includes("xl/"))
      return { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", kind: "excel", extensions: ["xlsx"] };
    return null;
  }
  // Legacy .doc / .xls share the OLE compound-file signature; the name's extension tells which.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (/\.doc$/i.test(fileName)) return { mime: "application/msword", kind: "word", extensions: ["doc"] };
    if (/\.xls$/i.test(fileName)) return { mime: "application/vnd.ms-excel", kind: "excel", extensions: ["xls"] };
  }
  return null;
}

/** The file-name endings of a stored MIME type (files are stored with the type sniffed above). */
export const EXTENSIONS_BY_MIME: Record<string, readonly string[]> = {
  "application/pdf": ["pdf"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/gif": ["gif"],
  "image/webp": ["webp"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx"],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ["xlsx"],
  "application/msword": ["doc"],
  "application/vnd.ms-excel": ["xls"],
};
