// File → parsed notice → database: what `npm run import` and the seed share.
import "server-only";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { parseNotice } from "../../domain/notice/parse-notice.ts";
import { readNoticeFile } from "../../import/read-notice-file.ts";
import { importPlan, type ImportSummary, type ImportTarget } from "./import-plan.ts";

/** Reads, parses and imports a notice (as `target`'s plan, the city's by default); throws (having written nothing) when any step fails. */
export async function importNoticeFile(prisma: PrismaClient, file: string, target?: ImportTarget): Promise<ImportSummary> {
  const text = await readNoticeFile(file);
  return importPlan(prisma, parseNotice(text), text, target);
}
