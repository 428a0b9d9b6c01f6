// The first step of importing a notice in the browser: the uploaded file is read as text and kept,
// private to its uploader, until they confirm the import after the preview (confirm-import.ts).
// Nothing of the plan is written here. A user's unconfirmed imports are dropped after a day.
import "server-only";
import { z } from "zod";
import type { Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { NoticeParseError, parseNotice } from "../../domain/notice/parse-notice.ts";
import { AppError, isAppError } from "../../errors.ts";
import { noticeTextFromBytes } from "../../import/read-notice-file.ts";
import { planMessages } from "../../messages/plans.ts";
import { recordIdSchema } from "../../record-id.ts";
import { importRegion } from "./internal/import-target.ts";
import { mutate } from "../mutate.ts";
import { MAX_NOTICE_BYTES } from "../../plan-import-form.ts";

const m = planMessages.manage;

const PENDING_HOURS = 24;

export const stageImportSchema = z.object({
  regionName: z.string({ error: m.regionRequired }).trim().min(1, { error: m.regionRequired }).max(40, { error: m.regionTooLong }),
  /** For a rollover (新建下一年度计划): the plan it follows. */
  previousPlanId: z.preprocess((v) => (v === "" ? undefined : v), recordIdSchema().optional()),
});
export type StageImportInput = z.infer<typeof stageImportSchema>;

export type StagedImport = { id: number; measures: number | null; problems: number };

export async function stageImport(viewer: Viewer, input: StageImportInput, file: { name: string; bytes: Buffer }): Promise<StagedImport> {
  if (file.bytes.length === 0) throw new AppError("INVALID_INPUT", m.fileRequired);
  if (file.bytes.length > MAX_NOTICE_BYTES) throw new AppError("INVALID_INPUT", m.fileTooLarge(MAX_NOTICE_BYTES / 1024 / 1024));
  const db = await prisma();
  const region = await importRegion(db, viewer, input.regionName);
  if (input.previousPlanId !== undefined) {
    const previous = await db.plan.findUnique({ where: { id: input.previousPlanId }, select: { regionId: true } });
    if (!previous || previous.regionId !== region.id) throw new AppError("NOT_FOUND", m.previousNotFound);
  }
  const text = await noticeTextFromBytes(file.name, file.bytes);
  // Parsed now only to say how it went; the preview parses the kept text again.
  let measures: number | null = null;
  let problems = 0;
  try {
    measures = parseNotice(text).actions.reduce((n, a) => n + a.tasks.reduce((k, t) => k + t.measures.length, 0), 0);
  } catch (error) {
    if (!isAppError(error)) throw error;
    problems = error instanceof NoticeParseError ? error.issues.length : 1;
  }
  // Kept for its uploader until the preview is confirmed: nothing of a plan changes yet.
  const options = {
    permission: { action: "plan:manage", plan: "any" },
    unaudited: "a private upload awaiting its preview, not the portal's data",
  } as const;
  const staged = await mutate(viewer, options, async (tx) => {
    await tx.pendingImport.deleteMany({
      where: { userId: viewer.id, createdAt: { lt: new Date(Date.now() - PENDING_HOURS * 3_600_000) } },
    });
    return tx.pendingImport.create({
      data: {
        userId: viewer.id,
        fileName: file.name.slice(0, 200),
        text,
        regionName: region.name,
        previousPlanId: input.previousPlanId ?? null,
      },
      select: { id: true },
    });
  });
  return { id: staged.id, measures, problems };
}
