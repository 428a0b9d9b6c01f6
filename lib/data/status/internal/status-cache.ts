// A plan's status is a pure function of (plan, as-of dates) and the data, and the data has a
// version: every write moves it (lib/data/mutate.ts). Readers of one version share one computation
// (./shared-per-version.ts); this module keeps what they derive from it and the status each plan
// last had, for writes to compare colours with. Per server process and bounded; another instance
// simply keeps its own. Callers must not mutate what they get.
import "server-only";
import { versionCounter } from "../data-version.ts";

// As many as the shared statuses (./shared-per-version.ts): the city, its counties, a few dates.
const MAX_ENTRIES = 96;

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
