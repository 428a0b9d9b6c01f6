// 县市区对比: one row per county plan for the city's view — colour mix, overall weighted progress,
// on-time filing rate, red items — from each county plan's status and its units' punctuality.
// Pure: the data layer computes the statuses (lib/data/status/get-county-comparison.ts).
import { colourCounts, redItems } from "./dashboard-tables.ts";
import type { Colour } from "./measure-status.ts";
import type { PlanStatus } from "./plan-status.ts";

export type CountyRow = {
  planId: number;
  region: { id: number; name: string };
  title: string;
  colour: Colour;
  counts: Record<Colour, number>;
  measures: number;
  /** Weighted mean progress of the reported measures (%); null when none has been reported. */
  progress: number | null;
  /** Reports filed by their due date among those due (%); null when none was due yet. */
  onTimeRate: number | null;
  due: number;
  onTime: number;
  red: { id: number; task: number; number: number; leadUnit: string; reason: string }[];
};

export type CountyInput = {
  planId: number;
  region: { id: number; name: string };
  title: string;
  status: PlanStatus;
  punctuality: { due: number; onTime: number }[];
};

/** How many red items each county row names (the total is in `counts.RED`). */
export const RED_ITEMS_PER_COUNTY = 5;

export function countyRow({ planId, region, title, status, punctuality }: CountyInput): CountyRow {
  const due = punctuality.reduce((n, p) => n + p.due, 0);
  const onTime = punctuality.reduce((n, p) => n + p.onTime, 0);
  return {
    planId,
    region,
    title,
    colour: status.plan.colour as Colour,
    counts: colourCounts(status),
    measures: status.measures.length,
    progress: status.plan.progress,
    onTimeRate: due > 0 ? Math.round((onTime / due) * 1000) / 10 : null,
    due,
    onTime,
    red: redItems(status, RED_ITEMS_PER_COUNTY).items.map((r) => ({
      id: r.id,
      task: r.task,
      number: r.number,
      leadUnit: r.leadUnit,
      reason: r.reasons[0] ?? "",
    })),
  };
}

export const COUNTY_SORTS = ["red", "progress", "onTime", "name"] as const;
export type CountySort = (typeof COUNTY_SORTS)[number];

/** Worst first for every measure of concern; ties and "name" in the regions' own order (as given). */
export function sortCounties(rows: CountyRow[], sort: CountySort): CountyRow[] {
  const low = (v: number | null) => v ?? 101; // nothing reported or due yet: last
  const compare: Record<CountySort, (a: CountyRow, b: CountyRow) => number> = {
    red: (a, b) => b.counts.RED - a.counts.RED || b.counts.YELLOW - a.counts.YELLOW,
    progress: (a, b) => low(a.progress) - low(b.progress),
    onTime: (a, b) => low(a.onTimeRate) - low(b.onTimeRate),
    name: () => 0,
  };
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => compare[sort](a.row, b.row) || a.i - b.i)
    .map(({ row }) => row);
}
