// A whole plan's status as of a date: each measure's colour from the engine, then the roll-ups
// task ← measures, action ← tasks, plan ← actions, unit ← the measures it leads or co-owns.
import type { IsoDate } from "../dates.ts";
import { measureStatus, type Colour, type IndicatorProgress, type MeasureStatus, type MilestoneFact } from "./measure-status.ts";
import { rollUp, type RollUp } from "./roll-up.ts";
import type { Thresholds } from "./thresholds.ts";

export type MeasureFacts = {
  id: number;
  number: number;
  /** The measure's wording (措施内容), when loaded (the ledger export shows it). */
  text?: string;
  weight: number;
  startDate: IsoDate;
  /** The due date in force on the status date (an approved extension's, else the notice's). */
  dueDate: IsoDate;
  /** The notice's due date, kept and shown beside an extended one. */
  originalDueDate: IsoDate;
  task: { id: number; number: number; title: string; action: { id: number; number: number; title: string } };
  units: { role: "LEAD" | "CO"; unit: { id: number; name: string } }[];
  indicators: (Omit<IndicatorProgress, "actual"> & { id: number })[];
  approved: { percent: number; approvedOn: IsoDate; progress: string; nextSteps: string; problems: string } | null;
  actuals: Map<number, number>;
  overdue: { periodLabel: string; periodStartsOn: IsoDate; dueOn: IsoDate; unitId: number; unitName: string }[];
  override: { colour: Colour; reason: string } | null;
  /** Its milestones (工作节点), when loaded. */
  milestones?: MilestoneFact[];
  /** Ledger entries open on the status date (see MeasureStatusInput.openProblems). */
  openProblems?: { description: string; dueOn: IsoDate }[];
  /** Reopened by a coordinator after its approved report (see MeasureStatusInput.reopened). */
  reopened?: { on: IsoDate; reason: string } | null;
};

export type MeasureWithStatus = MeasureFacts & { status: MeasureStatus };
/** `expected`: the weighted mean of the children's expected progress (序时进度), all children counted. */
export type TaskStatus = {
  id: number;
  number: number;
  title: string;
  actionId: number;
  rollUp: RollUp;
  expected: number;
  measureIds: number[];
};
export type ActionStatus = { id: number; number: number; title: string; rollUp: RollUp; expected: number; taskIds: number[] };
export type UnitStatus = { id: number; name: string; rollUp: RollUp; measureIds: number[] };
export type PlanStatus = {
  asOf: IsoDate;
  measures: MeasureWithStatus[];
  tasks: TaskStatus[];
  actions: ActionStatus[];
  units: UnitStatus[];
  plan: RollUp;
};

const child = (m: { weight: number; status: MeasureStatus }) => ({ colour: m.status.colour, progress: m.status.actual, weight: m.weight });
const weightedMean = (items: { value: number; weight: number }[]) => {
  const total = items.reduce((sum, i) => sum + i.weight, 0);
  return total > 0 ? Math.round((items.reduce((sum, i) => sum + i.value * i.weight, 0) / total) * 10) / 10 : 0;
};
const groupBy = <T, K>(items: T[], key: (t: T) => K) => {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const group = map.get(key(item));
    if (group) group.push(item);
    else map.set(key(item), [item]);
  }
  return map;
};

/** Each measure's status as of a date, without the roll-ups (enough to count colours). */
export function measureStatuses(facts: MeasureFacts[], asOf: IsoDate, thresholds: Thresholds): MeasureWithStatus[] {
  return facts.map((m) => {
    // The overdue reports come from the one rule of what is owed (lib/domain/status/owed-reports.ts):
    // a done measure already owes nothing that fell due after it was done.
    const overdue = m.overdue;
    const status = measureStatus({
      startDate: m.startDate,
      dueDate: m.dueDate,
      originalDueDate: m.originalDueDate,
      approved: m.approved ? { percent: m.approved.percent, approvedOn: m.approved.approvedOn } : null,
      indicators: m.indicators.map((i) => ({ ...i, actual: m.actuals.get(i.id) ?? null })),
      overdue,
      openProblems: m.openProblems,
      today: asOf,
      thresholds,
      override: m.override,
      milestones: m.milestones,
      reopened: m.reopened,
    });
    return { ...m, overdue, status };
  });
}

export function planStatus(facts: MeasureFacts[], asOf: IsoDate, thresholds: Thresholds): PlanStatus {
  return planStatusOf(measureStatuses(facts, asOf, thresholds), asOf);
}

/** The roll-ups of measures whose statuses are known already (incremental status keeps them). */
export function planStatusOf(measures: MeasureWithStatus[], asOf: IsoDate): PlanStatus {
  // A task, then an action, weighs as much as its children together.
  const taskWeight = new Map<number, number>();
  const tasks = [...groupBy(measures, (m) => m.task.id).values()].map((ms) => ({
    id: ms[0].task.id,
    number: ms[0].task.number,
    title: ms[0].task.title,
    actionId: ms[0].task.action.id,
    rollUp: rollUp(ms.map(child)),
    expected: weightedMean(ms.map((m) => ({ value: m.status.expected, weight: m.weight }))),
    measureIds: ms.map((m) => m.id),
  }));
  for (const [id, ms] of groupBy(measures, (m) => m.task.id))
    taskWeight.set(
      id,
      ms.reduce((s, m) => s + m.weight, 0),
    );
  const actionOf = new Map<number, MeasureFacts["task"]["action"]>();
  for (const m of measures) if (!actionOf.has(m.task.action.id)) actionOf.set(m.task.action.id, m.task.action);
  const actions = [...groupBy(tasks, (t) => t.actionId).values()].map((ts) => {
    const action = actionOf.get(ts[0].actionId)!;
    return {
      id: action.id,
      number: action.number,
      title: action.title,
      rollUp: rollUp(ts.map((t) => ({ colour: t.rollUp.colour, progress: t.rollUp.progress, weight: taskWeight.get(t.id)! }))),
      expected: weightedMean(ts.map((t) => ({ value: t.expected, weight: taskWeight.get(t.id)! }))),
      taskIds: ts.map((t) => t.id),
    };
  });
  const actionWeight = (a: ActionStatus) => a.taskIds.reduce((s, id) => s + taskWeight.get(id)!, 0);
  const plan = rollUp(actions.map((a) => ({ colour: a.rollUp.colour, progress: a.rollUp.progress, weight: actionWeight(a) })));

  const byUnit = new Map<number, { name: string; ms: MeasureWithStatus[] }>();
  for (const m of measures) {
    for (const { unit } of m.units) {
      const entry = byUnit.get(unit.id) ?? { name: unit.name, ms: [] };
      entry.ms.push(m);
      byUnit.set(unit.id, entry);
    }
  }
  const units = [...byUnit.entries()].map(([id, { name, ms }]) => ({
    id,
    name,
    rollUp: rollUp(ms.map(child)),
    measureIds: ms.map((m) => m.id),
  }));

  return { asOf, measures, tasks, actions: actions.sort((a, b) => a.number - b.number), units, plan };
}
