// A problem found in a notice, with its line, and the error that carries them all.
import { AppError } from "../../errors.ts";
import { importErrors } from "../../messages/import-errors.ts";

export type NoticeIssue = { line: number | null; message: string };

/** The notice could not be read; `issues` lists every problem found, each with its line. */
export class NoticeParseError extends AppError {
  readonly issues: NoticeIssue[];
  constructor(issues: NoticeIssue[]) {
    const sorted = [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    super("IMPORT_INVALID", sorted.map((i) => (i.line ? importErrors.atLine(i.line, i.message) : i.message)).join("\n"));
    this.issues = sorted;
    this.name = "NoticeParseError";
  }
}
