// Which plan a page shows when the URL names none, and what a plan's status date is by default.
// Pure: the data layer hands over the plans (lib/data/plans/resolve-plan.ts).
import type { IsoDate } from "../dates.ts";

type PlanIn = { id: number; year: number; regionId: number };

/**
 * The plan of a region "for now": this year's, else the newest of an earlier year, else the
 * earliest of a later year (a list issued ahead of its year). Null when the region has none.
 */
export function currentPlanOf<P extends PlanIn>(plans: readonly P[], regionId: number, today: IsoDate): P | null {
  const year = Number(today.slice(0, 4));
  const own = plans.filter((p) => p.regionId === regionId);
  const rank = (p: P) => (p.year <= year ? year - p.year : 10_000 + p.year - year);
  return own.reduce<P | null>((best, p) => (best === null || rank(p) < rank(best) ? p : best), null);
}

/**
 * The plan a viewer sees by default: the current plan of their home region (a county's staff and
 * units: their county; everyone else: the city), else — for the city's viewers, before the city's
 * list was imported — the current plan of the first region that has one.
 */
export function defaultPlan<P extends PlanIn>(
  plans: readonly P[],
  home: { regionId: number; confined: boolean },
  regionOrder: readonly number[],
  today: IsoDate,
): P | null {
  const own = currentPlanOf(plans, home.regionId, today);
  if (own || home.confined) return own;
  for (const regionId of regionOrder) {
    const plan = currentPlanOf(plans, regionId, today);
    if (plan) return plan;
  }
  return null;
}

/**
 * The status date a plan's pages use when none is asked for: today, but a frozen plan is shown as it
 * stood when it was closed (its reports ended there; later days would only count them as missing).
 */
export function defaultStatusDate(plan: { frozenOn: IsoDate | null }, today: IsoDate): IsoDate {
  return plan.frozenOn !== null && plan.frozenOn < today ? plan.frozenOn : today;
}
