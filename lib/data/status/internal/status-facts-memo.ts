// Incremental status: the facts of a plan (load-status-facts.ts) are kept per plan and dates with
// the data version they were read at; at a newer version only the measures the writes in between
// touched are read again (kept-across-writes.ts), and the engine runs over the merged facts.
import type { PrismaLike } from "../../../db.ts";
import type { IsoDate } from "../../../domain/dates.ts";
import { KeptAcrossWrites } from "../kept-across-writes.ts";
import { loadStatusFacts, refreshStatusFacts, type PunctualityScope, type StatusFacts } from "./load-status-facts.ts";

const kept = new KeptAcrossWrites<StatusFacts>(32);

/** The plan's facts on `dates` at data version `version` (null: unsettled, read afresh and not kept). */
export function statusFactsAt(
  db: PrismaLike,
  planId: number,
  dates: readonly IsoDate[],
  punctuality: PunctualityScope,
  version: string | null,
): Promise<StatusFacts> {
  const key = `${planId}:${[...new Set(dates)].sort().join(",")}:${punctuality}`;
  return kept.read(db, planId, key, version, {
    all: () => loadStatusFacts(db, planId, dates, punctuality),
    touched: (previous, measureIds) => refreshStatusFacts(db, previous, measureIds),
  });
}
