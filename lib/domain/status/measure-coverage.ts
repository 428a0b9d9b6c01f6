// The plan's progress as leadership reads it (issue 15): the weighted mean over the measures that
// have an approved figure, with how many those are of how many, so the figure says what it covers.
// (The plan roll-up nests task and action means whose weights count unreported measures too.)
import type { PlanStatus } from "./plan-status.ts";
import { rollUp } from "./roll-up.ts";

export type MeasureCoverage = { progress: number | null; reported: number; total: number };

export function measureCoverage(status: Pick<PlanStatus, "measures">): MeasureCoverage {
  const all = rollUp(status.measures.map((m) => ({ colour: m.status.colour, progress: m.status.actual, weight: m.weight })));
  return { progress: all.progress, reported: all.reported, total: status.measures.length };
}
