// Incremental status: the facts of a plan (load-status-facts.ts) are kept per plan and dates with
// the data version they were read at; at a newer version only the measures the writes in between
// declared they touched (StatusChange, written by lib/data/mutate.ts in each write's transaction) are
// read again, and the engine runs over the merged facts. So the first view after a report is
// approved reads one measure's rows instead of the whole plan's. Everything is read again when a
// write touched the whole plan (thresholds, an import, a unit renamed), when the plan row changed,
// or when the data changed without a write of the portal (the audit trail moved but not the write
// counter: a benchmark's or a test's own rows). Per process and bounded, like status-cache.ts.
import type { PrismaLike } from "../../../db.ts";
import type { IsoDate } from "../../../domain/dates.ts";
import { loadStatusFacts, refreshStatusFacts, type PunctualityScope, type StatusFacts } from "./load-status-facts.ts";
import { versionCounter } from "../data-version.ts";

const MAX_ENTRIES = 32;
const memo = new Map<string, { version: string; facts: Promise<StatusFacts> }>();

/** The plan's facts on `dates` at data version `version` (null: unsettled, read afresh and not kept). */
export async function statusFactsAt(
  db: PrismaLike,
  planId: number,
  dates: readonly IsoDate[],
  punctuality: PunctualityScope,
  version: string | null,
): Promise<StatusFacts> {
  if (version === null) return loadStatusFacts(db, planId, dates, punctuality);
  const key = `${planId}:${[...new Set(dates)].sort().join(",")}:${punctuality}`;
  const had = memo.get(key);
  if (had?.version === version) return had.facts;
  const facts = (async () => {
    const changed = had ? await changedMeasures(db, planId, had.version, version) : null;
    if (changed === null) return loadStatusFacts(db, planId, dates, punctuality);
    const previous = await had!.facts;
    return changed.length === 0 ? previous : refreshStatusFacts(db, previous, changed);
  })();
  // A later version replaces an earlier one, never the other way round.
  if (!had || versionCounter(had.version) <= versionCounter(version)) {
    memo.delete(key);
    memo.set(key, { version, facts });
    facts.catch(() => memo.get(key)?.facts === facts && memo.delete(key));
    if (memo.size > MAX_ENTRIES) memo.delete(memo.keys().next().value!);
  }
  return facts;
}

/** The measures of the plan touched between two versions, or null when everything must be read. */
async function changedMeasures(db: PrismaLike, planId: number, from: string, to: string): Promise<number[] | null> {
  const [fromCounter, toCounter] = [versionCounter(from), versionCounter(to)];
  const rest = (v: string) => v.slice(v.indexOf(".") + 1);
  // Same writes but another audit trail or plan row: something changed outside the write path.
  if (toCounter < fromCounter || (toCounter === fromCounter && rest(from) !== rest(to))) return null;
  if (from.slice(from.indexOf("@")) !== to.slice(to.indexOf("@"))) return null; // the plan row itself
  const rows = await db.$queryRaw<{ measureId: number | null }[]>`
    SELECT DISTINCT "measureId" FROM "StatusChange"
    WHERE version > ${fromCounter}::bigint AND version <= ${toCounter}::bigint AND ("planId" = ${planId} OR "planId" IS NULL)`;
  if (rows.some((r) => r.measureId === null)) return null;
  return rows.map((r) => r.measureId!);
}
