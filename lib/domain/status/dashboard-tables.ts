// The dashboard's tables from a plan's status: colours per action, the unit scoreboard, the
// actions × units heatmap and the red items.
import { compareChinese } from "../collate.ts";
import { condensedReasons } from "./condensed-reasons.ts";
import { worse, type Colour } from "./measure-status.ts";
import type { PlanStatus } from "./plan-status.ts";

export type ScoreRow = {
  unitId: number;
  name: string;
  onTimeRate: number | null;
  due: number;
  onTime: number;
  red: number;
  overdue: number;
  measures: number;
};
export type HeatCell = { colour: Colour; measures: number } | null;
export const SCORE_SORTS = ["onTime", "red", "overdue", "name"] as const;
export type ScoreSort = (typeof SCORE_SORTS)[number];

const emptyCounts = (): Record<Colour, number> => ({ RED: 0, YELLOW: 0, BLUE: 0, DONE: 0, NOT_REPORTED: 0 });

/** How many measures have each colour. */
export function colourCounts(status: Pick<PlanStatus, "measures">): Record<Colour, number> {
  const counts = emptyCounts();
  for (const m of status.measures) counts[m.status.colour] += 1;
  return counts;
}

export function coloursByAction(status: PlanStatus) {
  return status.actions.map((a) => {
    const counts = emptyCounts();
    for (const m of status.measures) if (m.task.action.id === a.id) counts[m.status.colour] += 1;
    return { number: a.number, title: a.title, ...counts };
  });
}

export function scoreboard(
  status: PlanStatus,
  punctuality: { unitId: number; due: number; onTime: number }[],
  sort: ScoreSort,
): ScoreRow[] {
  const filed = new Map(punctuality.map((p) => [p.unitId, p]));
  const byId = new Map(status.measures.map((m) => [m.id, m]));
  const rows = status.units.map((u) => {
    const p = filed.get(u.id);
    const measures = u.measureIds.flatMap((id) => byId.get(id) ?? []);
    return {
      unitId: u.id,
      name: u.name,
      due: p?.due ?? 0,
      onTime: p?.onTime ?? 0,
      onTimeRate: p && p.due > 0 ? Math.round((p.onTime / p.due) * 1000) / 10 : null,
      red: measures.filter((m) => m.status.colour === "RED").length,
      overdue: measures.reduce((n, m) => n + m.overdue.filter((o) => o.unitId === u.id).length, 0),
      measures: measures.length,
    };
  });
  const byName = (a: ScoreRow, b: ScoreRow) => compareChinese(a.name, b.name);
  const compare: Record<ScoreSort, (a: ScoreRow, b: ScoreRow) => number> = {
    // Worst first: lowest on-time rate (units with nothing due last), most red, most overdue.
    onTime: (a, b) => (a.onTimeRate ?? 101) - (b.onTimeRate ?? 101) || byName(a, b),
    red: (a, b) => b.red - a.red || byName(a, b),
    overdue: (a, b) => b.overdue - a.overdue || byName(a, b),
    name: byName,
  };
  return rows.sort(compare[sort]);
}

/**
 * The heatmap's columns: every unit, or (with `limit`) the units with the most red, then yellow,
 * measures, so that a plan of hundreds of units still fits a screen; by name either way.
 */
export function heatmap(
  status: PlanStatus,
  limit = Infinity,
): { units: { id: number; name: string }[]; total: number; rows: { number: number; title: string; cells: HeatCell[] }[] } {
  const worst = (u: PlanStatus["units"][number]) => u.rollUp.counts.RED * 10_000 + u.rollUp.counts.YELLOW;
  const chosen = status.units.length > limit ? [...status.units].sort((a, b) => worst(b) - worst(a)).slice(0, limit) : status.units;
  const units = chosen.map((u) => ({ id: u.id, name: u.name })).sort((a, b) => compareChinese(a.name, b.name));
  const unitIds = new Map(status.measures.map((m) => [m.id, new Set(m.units.map((x) => x.unit.id))]));
  const rows = status.actions.map((a) => {
    const ofAction = status.measures.filter((m) => m.task.action.id === a.id);
    return {
      number: a.number,
      title: a.title,
      cells: units.map((u): HeatCell => {
        const ms = ofAction.filter((m) => unitIds.get(m.id)!.has(u.id));
        if (ms.length === 0) return null;
        const coloured = ms.filter((m) => m.status.colour !== "NOT_REPORTED");
        return {
          colour: coloured.length ? coloured.map((m) => m.status.colour).reduce<Colour>((x, y) => worse(x, y), "DONE") : "NOT_REPORTED",
          measures: ms.length,
        };
      }),
    };
  });
  return { units, total: status.units.length, rows };
}

// A dashboard is read at a glance: the first red items, the rest counted (all are in the ledger export).
export const RED_ITEMS_SHOWN = 30;

/** The plan's red measures: the first `limit` (in plan order) with their reasons said once per
 *  measure (condensed-reasons.ts; the measure's own page keeps every reason), and how many there are. */
export function redItems(status: PlanStatus, limit: number) {
  const red = status.measures.filter((m) => m.status.colour === "RED");
  const items = red.slice(0, limit).map((m) => ({
    id: m.id,
    task: m.task.number,
    number: m.number,
    taskTitle: m.task.title,
    leadUnit: m.units.find((u) => u.role === "LEAD")?.unit.name ?? "",
    reasons: condensedReasons(
      m.status.reasons,
      m.units.map((u) => u.unit.name),
    ),
    nextSteps: m.approved?.nextSteps ?? null,
  }));
  return { items, total: red.length };
}
