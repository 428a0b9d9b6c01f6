// JobRun rows: which run of a scheduled job (a job and a key, e.g. the reminders of 2023-06-05)
// has been taken by which attempt, and what it did. The primary key (job, runKey) is the lock that
// several server instances share: claiming is one INSERT … ON CONFLICT, atomic on PostgreSQL and
// on PGlite alike, so exactly one of them runs it. A run that failed (or whose server died) holds
// its key until it is STALE_MINUTES old; then the next tick takes it again. The jobs themselves are
// idempotent, so a retry never doubles what the first attempt did.
import "server-only";
import { prisma } from "../../db.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

export const STALE_MINUTES = 15;

/** True when this caller now owns the run (job, runKey) and must run it. */
export async function claimJobRun(job: string, runKey: string): Promise<boolean> {
  const db = await prisma();
  const rows = await db.$queryRaw<{ job: string }[]>`
    INSERT INTO "JobRun" (job, "runKey", "startedAt") VALUES (${job}, ${runKey}, now())
    ON CONFLICT (job, "runKey") DO UPDATE SET "startedAt" = now(), result = NULL
      WHERE "JobRun"."finishedAt" IS NULL AND "JobRun"."startedAt" < now() - make_interval(mins => ${STALE_MINUTES})
    RETURNING job`;
  return rows.length === 1;
}

/** The run is done: it is never taken again. */
export async function finishJobRun(job: string, runKey: string, result: Prisma.InputJsonValue): Promise<void> {
  const db = await prisma();
  await db.jobRun.update({ where: { job_runKey: { job, runKey } }, data: { finishedAt: new Date(), result } });
}

/** The run failed: it stays unfinished, so it is taken again once stale. */
export async function failJobRun(job: string, runKey: string, error: unknown): Promise<void> {
  const db = await prisma();
  const message = error instanceof Error ? error.message : String(error);
  await db.jobRun.update({ where: { job_runKey: { job, runKey } }, data: { result: { error: message.slice(0, 2000) } } });
}

/** A run an operator started by hand (npm run jobs:run): recorded, whether or not it ran before. */
export async function recordManualRun(job: string, runKey: string, result: Prisma.InputJsonValue): Promise<void> {
  const db = await prisma();
  const now = new Date();
  await db.jobRun.upsert({
    where: { job_runKey: { job, runKey } },
    create: { job, runKey, startedAt: now, finishedAt: now, result: { ...(result as object), manual: true } },
    update: { finishedAt: now, result: { ...(result as object), manual: true } },
  });
}
