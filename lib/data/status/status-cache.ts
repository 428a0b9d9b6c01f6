// A plan's status is a pure function of (plan, as-of dates) and the data, and the data has a
// version: every write that can change a colour writes an audit event in its own transaction
// (reports, reviews, overrides, escalations, thresholds, unit renames), and a re-import changes
// the plan row. So readers of one version (eight people opening the dashboard at once, or one
// reloading it) share one computation instead of each recomputing it. Per server process and
// bounded; another instance simply computes its own. Callers must not mutate what they get.
import { prisma, type PrismaLike } from "../../db.ts";
import { Prisma } from "../../generated/prisma/client.ts";

// Enough for the city, its 16 counties (the comparison reads each) and a few dates of each.
const MAX_ENTRIES = 96;
const entries = new Map<string, Promise<unknown>>();

/**
 * The newest audit event and the plan's last update (every plan's, without `planId`): changes
 * whenever a status could change. Null while a writing transaction is open: audit ids are handed
 * out before commit, so a reader could see event N+1 committed while N is still open and keep a
 * status lacking N under a key that stays valid after N commits. Such a reader computes for itself
 * instead of sharing (a moment's work while a write is in flight). An open write is a session of
 * this database (not the reader's own) holding a transaction id, or a prepared transaction of it.
 * Only this database's: the server's snapshot (xmin < xmax) would also count every other
 * database's writes, so a server shared with other applications (or test databases) would never
 * let a status be shared.
 */
export async function dataVersion(db: PrismaLike, planId?: number): Promise<string | null> {
  const plan = planId === undefined ? Prisma.sql`(SELECT max("updatedAt") FROM "Plan")` : Prisma.sql`(SELECT "updatedAt" FROM "Plan" WHERE id = ${planId})`;
  const [row] = await db.$queryRaw<{ audit: number | null; plan: Date | null; settled: boolean }[]>`
    SELECT (SELECT max(id) FROM "AuditEvent") AS audit, ${plan} AS plan,
      NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE backend_xid IS NOT NULL AND datname = current_database() AND pid <> pg_backend_pid())
        AND NOT EXISTS (SELECT 1 FROM pg_prepared_xacts WHERE database = current_database()) AS settled`;
  return row?.settled === false ? null : `${row?.audit ?? 0}@${row?.plan?.getTime() ?? 0}`;
}

/** The version of everything (all plans): what a whole page, not one plan's status, depends on. */
export async function currentDataVersion(): Promise<string | null> {
  return dataVersion(await prisma());
}

/** `compute()` once per key while the entry lives; a failed computation is not kept. Without a
 *  key (no settled data version), simply computed. */
export function shared<T>(key: string | null, compute: () => Promise<T>): Promise<T> {
  if (key === null) return compute();
  const hit = entries.get(key);
  if (hit) {
    entries.delete(key); // most recently used last
    entries.set(key, hit);
    return hit as Promise<T>;
  }
  const promise = compute();
  entries.set(key, promise);
  promise.catch(() => entries.delete(key));
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return promise;
}

const derived = new WeakMap<object, Map<string, unknown>>();

/**
 * What readers derive from a shared status (the dashboard's tables, the summary's lists): computed
 * once per status object and key, and dropped with the status. Callers must not mutate it either.
 */
export function derivedFrom<T>(status: object, key: string, compute: () => T): T {
  let byKey = derived.get(status);
  if (!byKey) derived.set(status, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, compute());
  return byKey.get(key) as T;
}
