// A plan's status is a pure function of (plan, as-of dates) and the data, and the data has a
// version: every write moves it (lib/data/mutate.ts). So readers of one version (eight people opening the dashboard at once, or one
// reloading it) share one computation instead of each recomputing it. Per server process and
// bounded; another instance simply computes its own. Callers must not mutate what they get.
import "server-only";
import { prisma, type PrismaLike } from "../../db.ts";
import { Prisma } from "../../generated/prisma/client.ts";

// Enough for the city, its 16 counties (the comparison reads each) and a few dates of each.
const MAX_ENTRIES = 96;
const entries = new Map<string, Promise<unknown>>();

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

// The status this process last computed for each plan and date, with the write counter it was read
// at: what a write compares its measures' colours with (lib/data/status/escalate-touched.ts).
const lastComputed = new Map<string, { counter: bigint; status: unknown }>();

export function rememberStatus(planId: number, asOf: string, version: string, status: unknown): void {
  const key = `${planId}:${asOf}`;
  const counter = versionCounter(version);
  if ((lastComputed.get(key)?.counter ?? -1n) <= counter) lastComputed.set(key, { counter, status });
  if (lastComputed.size > MAX_ENTRIES) lastComputed.delete(lastComputed.keys().next().value!);
}

/** The status of the plan on `asOf` as read at write counter `counter`, if this process has it. */
export function rememberedStatus<T>(planId: number, asOf: string, counter: bigint): T | null {
  const hit = lastComputed.get(`${planId}:${asOf}`);
  return hit && hit.counter === counter ? (hit.status as T) : null;
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
