// A plan's status is a pure function of (plan, as-of dates) and the data, and the data has a
// version: every write moves it (lib/data/mutate.ts). So readers of one version (eight people opening the dashboard at once, or one
// reloading it) share one computation instead of each recomputing it. Per server process and
// bounded; another instance simply computes its own. Callers must not mutate what they get.
import "server-only";
import { versionCounter } from "../data-version.ts";

// Enough for the city, its 16 counties (the comparison reads each) and a few dates of each.
const MAX_ENTRIES = 96;
const entries = new Map<string, Promise<unknown>>();

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
