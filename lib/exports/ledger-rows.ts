// The ledger (台账) in the layout bureau ledgers carry, as plain rows: which measures go on which
// sheet (one sheet per action, or per unit with the measures it leads or co-owns) and what each
// column says. The workbook's look is ledger-xlsx.ts.
import type { Colour } from "../domain/status/measure-status.ts";
import type { MeasureWithStatus, PlanStatus } from "../domain/status/plan-status.ts";
import { formatDate, formatTarget } from "../format.ts";
import { statusMessages as s } from "../messages/status.ts";
import { ledgerMessages as l } from "../messages/ledger.ts";

export type LedgerGrouping = "action" | "unit";
export type LedgerRow = { colour: Colour; cells: (string | number)[] };
export type LedgerSheet = { name: string; heading: string; rows: LedgerRow[] };

export function ledgerSheets(status: PlanStatus, by: LedgerGrouping): LedgerSheet[] {
  const groups = by === "action" ? byAction(status.measures) : byUnit(status.measures);
  return groups.map((g) => ({ name: sheetName(g.name), heading: g.heading, rows: g.measures.map((m, i) => ledgerRow(m, i + 1)) }));
}

function byAction(measures: readonly MeasureWithStatus[]) {
  const groups = new Map<number, { name: string; heading: string; measures: MeasureWithStatus[] }>();
  for (const m of measures) {
    const a = m.task.action;
    const group = groups.get(a.id) ?? { name: l.actionSheet(a.number), heading: a.title, measures: [] };
    group.measures.push(m);
    groups.set(a.id, group);
  }
  return [...groups.values()];
}

function byUnit(measures: readonly MeasureWithStatus[]) {
  const groups = new Map<number, { name: string; heading: string; measures: MeasureWithStatus[] }>();
  for (const m of measures) {
    for (const { unit } of m.units) {
      const group = groups.get(unit.id) ?? { name: unit.name, heading: unit.name, measures: [] };
      group.measures.push(m);
      groups.set(unit.id, group);
    }
  }
  return [...groups.values()];
}

function ledgerRow(m: MeasureWithStatus, index: number): LedgerRow {
  const lead = m.units.filter((u) => u.role === "LEAD").map((u) => u.unit.name);
  const co = m.units.filter((u) => u.role === "CO").map((u) => u.unit.name);
  const due = m.dueDate === m.originalDueDate ? formatDate(m.dueDate) : l.extendedDue(formatDate(m.dueDate), formatDate(m.originalDueDate));
  return {
    colour: m.status.colour,
    cells: [
      index,
      l.task(m.task.number, m.number, m.task.title),
      m.text ?? "",
      [l.lead(lead.join("、")), ...(co.length ? [l.co(co.join("、"))] : [])].join("\n"),
      due,
      m.indicators.map((x) => `${x.label} ${formatTarget({ ...x, low: null, high: null })}`).join("；"),
      m.approved?.progress ?? "",
      m.status.actual === null ? "" : `${m.status.actual}%`,
      m.approved?.problems ?? "",
      m.approved?.nextSteps ?? "",
      s.colours[m.status.colour],
      m.status.reasons.join("；"),
    ],
  };
}

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, "·").slice(0, 31);
}
