// Readers of one data version (eight people opening the dashboard at once, or one reloading it)
// share one computation instead of each running it: a plan's status (../get-plan-status.ts). Keyed
// by the data version (../data-version.ts), so a write makes the next reader compute afresh. Per
// server process and bounded; another instance computes its own.
import "server-only";

// Enough for the city, its 16 counties (the comparison reads each) and a few dates of each.
const MAX_ENTRIES = 96;
const entries = new Map<string, Promise<unknown>>();

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
