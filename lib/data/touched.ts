// What a write declares it touched, and where the declarations of one request are collected.
// mutate (./mutate.ts) records the status part in the database (StatusChange, for incremental status
// in every instance) and hands the whole of it to the request's collector, which the action wrapper
// (lib/actions/safe-action.ts) turns into Next.js cache invalidations after the action succeeded.
// Outside a server action (API routes, jobs, scripts, tests) nothing collects: their callers keep no
// Next.js router cache, and the response cache keys on the data version anyway.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

export type Touched = {
  /** Plans every measure of which may change colour (thresholds, a frozen plan, an import), or
   *  "all" (a unit renamed: its name shows in every plan). */
  plans?: readonly number[] | "all";
  /** Measures whose status facts, or what is kept per measure across writes (status/kept-across-writes.ts:
   *  overdue reports, data-quality warnings), may change; their plans' roll-ups change with them. */
  measures?: readonly number[];
  /** Pages (paths, each with everything under it) showing what changed besides colours. */
  pages?: readonly string[];
};

const collector = new AsyncLocalStorage<Touched[]>();

/** Runs `work`, adding what the writes inside it touched to `into` as each one commits (also when
 *  `work` fails or redirects afterwards). */
export function collectTouched<T>(into: Touched[], work: () => Promise<T>): Promise<T> {
  return collector.run(into, work);
}

/** Called by mutate after its transaction committed. */
export function reportTouched(touched: Touched): void {
  collector.getStore()?.push(touched);
}

/** Whether a write touched anything a status (colour, roll-up, dashboard) is computed from. */
export const touchesStatus = (t: Touched) => t.plans === "all" || (t.plans?.length ?? 0) > 0 || (t.measures?.length ?? 0) > 0;
