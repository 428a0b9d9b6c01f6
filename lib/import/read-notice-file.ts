// Reads a notice file as text: UTF-8 .txt, or .docx through mammoth's HTML (docx-html-text.ts:
// paragraphs become lines, Word's list numbering is put back, table rows become tab-separated
// lines), which is what the parser reads.
import { readFile } from "node:fs/promises";
import path from "node:path";
import mammoth from "mammoth";
import { AppError } from "../errors.ts";
import { importErrors } from "../messages/import-errors.ts";
import { docxHtmlText } from "./docx-html-text.ts";

export async function readNoticeFile(file: string): Promise<string> {
  const name = path.basename(file);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "文件不存在。" : "没有读取权限或不是文件。";
    throw new AppError("IMPORT_INVALID", importErrors.unreadableFile(name, reason));
  }
  return noticeTextFromBytes(name, bytes);
}

/** The text of a notice given its file name (for the format) and content. */
export async function noticeTextFromBytes(name: string, bytes: Buffer): Promise<string> {
  const extension = path.extname(name).toLowerCase();
  if (extension === ".docx") return docxText(name, bytes);
  if (extension === ".txt" || extension === "") return utf8Text(name, bytes);
  throw new AppError("IMPORT_INVALID", importErrors.unsupportedFormat(name));
}

function utf8Text(name: string, bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("IMPORT_INVALID", importErrors.unreadableFile(name, importErrors.notUtf8()));
  }
}

async function docxText(name: string, bytes: Buffer): Promise<string> {
  // A .docx is a zip archive: check the signature first, mammoth's own errors are in English.
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
    throw new AppError("IMPORT_INVALID", importErrors.unreadableFile(name, importErrors.notDocx()));
  }
  try {
    const { value } = await mammoth.convertToHtml({ buffer: bytes });
    return docxHtmlText(value);
  } catch {
    throw new AppError("IMPORT_INVALID", importErrors.unreadableFile(name, importErrors.notDocx()));
  }
}
