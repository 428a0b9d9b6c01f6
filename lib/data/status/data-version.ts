// The data version: what every write moves (lib/data/mutate.ts), and so what the status caches
// (./internal/) and the response cache (lib/http/response-cache/response-key.ts) are keyed by.
import "server-only";
import { prisma, type PrismaLike } from "../../db.ts";
import { Prisma } from "../../generated/prisma/client.ts";

/**
 * The data version (DataVersion, bumped by every write as the last statement of its transaction:
 * lib/data/mutate.ts), the newest audit event and the plan's last update (every plan's, without
 * `planId`): changes whenever a status could change. Writes commit in version order (the row stays
 * locked until commit), so a reader that sees version N sees every write up to N committed, and no
 * key can name a state that lacks a write still open: readers share statuses and pages while
 * writes go on. (The audit event and the plan's update keep writes made outside the portal — a
 * benchmark's, a test's own rows — from leaving a status in place.)
 */
export async function dataVersion(db: PrismaLike, planId?: number): Promise<string | null> {
  const plan =
    planId === undefined
      ? Prisma.sql`(SELECT max("updatedAt") FROM "Plan")`
      : Prisma.sql`(SELECT "updatedAt" FROM "Plan" WHERE id = ${planId})`;
  const [row] = await db.$queryRaw<{ version: bigint | null; audit: number | null; plan: Date | null }[]>`
    SELECT (SELECT version FROM "DataVersion" WHERE id = 1) AS version, (SELECT max(id) FROM "AuditEvent") AS audit, ${plan} AS plan`;
  return `${row?.version ?? 0}.${row?.audit ?? 0}@${row?.plan?.getTime() ?? 0}`;
}

/** The version of everything (all plans): what a whole page, not one plan's status, depends on. */
export async function currentDataVersion(): Promise<string | null> {
  return dataVersion(await prisma());
}

/** The write counter of a data version (its first part). */
export const versionCounter = (version: string): bigint => BigInt(version.slice(0, version.indexOf(".")));
