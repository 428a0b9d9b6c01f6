// What importing a notice would change in the plan it updates, for the import preview: tasks and
// measures added, removed or changed (title, text, units, deadline, indicators), matched by their
// numbers exactly as the importer matches them (lib/data/plans/import-plan.ts). Pure.
import type { IsoDate } from "../dates.ts";

export type DiffUnit = { name: string; role: "LEAD" | "CO" };
export type DiffMeasure = { number: number; text: string; dueDate: IsoDate; units: DiffUnit[]; indicators: string[] };
export type DiffTask = { number: number; title: string; measures: DiffMeasure[] };

export type MeasureChange = "text" | "dueDate" | "units" | "indicators";
export type PlanDiff = {
  addedTasks: { number: number; title: string }[];
  removedTasks: { number: number; title: string }[];
  retitledTasks: { number: number; before: string; after: string }[];
  addedMeasures: { task: number; number: number; text: string }[];
  removedMeasures: { task: number; number: number; text: string }[];
  changedMeasures: { task: number; number: number; changes: MeasureChange[]; before: DiffMeasure; after: DiffMeasure }[];
  /** Nothing would change. */
  same: boolean;
};

const unitsKey = (units: DiffUnit[]) => units.map((u) => `${u.role}:${u.name}`).join("|");

export function noticeDiff(stored: DiffTask[], incoming: DiffTask[]): PlanDiff {
  const storedByNumber = new Map(stored.map((t) => [t.number, t]));
  const incomingByNumber = new Map(incoming.map((t) => [t.number, t]));
  const diff: PlanDiff = {
    addedTasks: [],
    removedTasks: [],
    retitledTasks: [],
    addedMeasures: [],
    removedMeasures: [],
    changedMeasures: [],
    same: true,
  };
  for (const task of incoming) {
    const before = storedByNumber.get(task.number);
    if (!before) {
      diff.addedTasks.push({ number: task.number, title: task.title });
      for (const m of task.measures) diff.addedMeasures.push({ task: task.number, number: m.number, text: m.text });
      continue;
    }
    if (before.title !== task.title) diff.retitledTasks.push({ number: task.number, before: before.title, after: task.title });
    const old = new Map(before.measures.map((m) => [m.number, m]));
    for (const m of task.measures) {
      const was = old.get(m.number);
      if (!was) {
        diff.addedMeasures.push({ task: task.number, number: m.number, text: m.text });
        continue;
      }
      const changes: MeasureChange[] = [];
      if (was.text !== m.text) changes.push("text");
      if (was.dueDate !== m.dueDate) changes.push("dueDate");
      if (unitsKey(was.units) !== unitsKey(m.units)) changes.push("units");
      if (was.indicators.join("|") !== m.indicators.join("|")) changes.push("indicators");
      if (changes.length) diff.changedMeasures.push({ task: task.number, number: m.number, changes, before: was, after: m });
    }
    const kept = new Set(task.measures.map((m) => m.number));
    for (const m of before.measures)
      if (!kept.has(m.number)) diff.removedMeasures.push({ task: task.number, number: m.number, text: m.text });
  }
  for (const task of stored) {
    if (incomingByNumber.has(task.number)) continue;
    diff.removedTasks.push({ number: task.number, title: task.title });
    for (const m of task.measures) diff.removedMeasures.push({ task: task.number, number: m.number, text: m.text });
  }
  diff.same = [
    diff.addedTasks,
    diff.removedTasks,
    diff.retitledTasks,
    diff.addedMeasures,
    diff.removedMeasures,
    diff.changedMeasures,
  ].every((l) => l.length === 0);
  return diff;
}
