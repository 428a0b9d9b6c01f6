// What a plan's pages read from its data, kept per process from one data version to the next: at
// a newer version only the measures the writes in between declared they touched (StatusChange,
// written by lib/data/mutate.ts in each write's transaction) are read again and merged into what
// was kept, so the first view after a report is submitted reads one measure's rows instead of the
// whole plan's. Everything is read again when a write touched the whole plan (thresholds, an
// import, a unit renamed), when the plan row changed, or when the data changed without a write of
// the portal (the audit trail moved but not the write counter: a benchmark's or a test's own rows).
// Used for the status facts (status-facts-memo.ts), the overdue reports behind 一键催报, the
// 数据质量 panel and the waiting count beside 审核 (over every plan in reach). Per process and
// bounded, like internal/shared-per-version.ts.
import "server-only";
import type { PrismaLike } from "../../db.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { versionCounter } from "./data-version.ts";

export type TouchedRead<T> = {
  /** The whole plan's value. */
  all: () => Promise<T>;
  /** `previous` with the rows of `measureIds` read again. */
  touched: (previous: T, measureIds: readonly number[]) => Promise<T>;
};

/** The reading of a list of rows each of one measure: the touched measures' rows are replaced by
 *  those read again (`load(measureIds)`), then put back in the list's order (`compare`). */
export function rowsOfMeasures<R>(
  load: (measureIds?: readonly number[]) => Promise<R[]>,
  measureOf: (row: R) => number,
  compare?: (a: R, b: R) => number,
): TouchedRead<R[]> {
  return {
    all: () => load(),
    touched: async (previous, measureIds) => {
      const ids = new Set(measureIds);
      const rows = [...previous.filter((r) => !ids.has(measureOf(r))), ...(await load(measureIds))];
      return compare ? rows.sort(compare) : rows;
    },
  };
}

export class KeptAcrossWrites<T> {
  private readonly memo = new Map<string, { version: string; value: Promise<T> }>();

  constructor(private readonly maxEntries: number) {}

  /** The value under `key` of plan `planId` (null: of every plan) at data version `version` (null:
   *  unsettled, read afresh and not kept). */
  read(db: PrismaLike, planId: number | null, key: string, version: string | null, read: TouchedRead<T>): Promise<T> {
    if (version === null) return read.all();
    const had = this.memo.get(key);
    if (had?.version === version) return had.value;
    const value = (async () => {
      const changed = had ? await changedMeasures(db, planId, had.version, version) : null;
      if (changed === null) return read.all();
      const previous = await had!.value;
      return changed.length === 0 ? previous : read.touched(previous, changed);
    })();
    // A later version replaces an earlier one, never the other way round.
    if (!had || versionCounter(had.version) <= versionCounter(version)) {
      this.memo.delete(key);
      this.memo.set(key, { version, value });
      value.catch(() => this.memo.get(key)?.value === value && this.memo.delete(key));
      if (this.memo.size > this.maxEntries) this.memo.delete(this.memo.keys().next().value!);
    }
    return value;
  }
}

/** The measures of the plan (null: of any plan) touched between two versions, or null when everything must be read. */
async function changedMeasures(db: PrismaLike, planId: number | null, from: string, to: string): Promise<number[] | null> {
  const [fromCounter, toCounter] = [versionCounter(from), versionCounter(to)];
  const rest = (v: string) => v.slice(v.indexOf(".") + 1);
  // Same writes but another audit trail or plan row: something changed outside the write path.
  if (toCounter < fromCounter || (toCounter === fromCounter && rest(from) !== rest(to))) return null;
  if (from.slice(from.indexOf("@")) !== to.slice(to.indexOf("@"))) return null; // the plan row itself
  const ofPlan = planId === null ? Prisma.empty : Prisma.sql` AND ("planId" = ${planId} OR "planId" IS NULL)`;
  const rows = await db.$queryRaw<{ measureId: number | null }[]>`
    SELECT DISTINCT "measureId" FROM "StatusChange"
    WHERE version > ${fromCounter}::bigint AND version <= ${toCounter}::bigint${ofPlan}`;
  if (rows.some((r) => r.measureId === null)) return null;
  return rows.map((r) => r.measureId!);
}
