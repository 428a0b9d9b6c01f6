// What re-importing a notice does to the milestones of a measure that no coordinator has changed
// (docs/ARCHITECTURE.md "Decisions"): they follow the notice's dated clauses. Existing milestones
// are matched to the proposed ones by their clause first, then in order, so a milestone keeps its
// id (and the reports that marked it) when its clause is reworded or its date corrected. Pure.
import type { IsoDate } from "../dates.ts";
import type { ProposedMilestone } from "../notice/milestones.ts";

export type StoredMilestone = { id: number; position: number; title: string; dueOn: IsoDate; deadlinePhrase: string | null };
export type MilestoneRow = ProposedMilestone & { position: number };

export type MilestoneSync = {
  create: MilestoneRow[];
  update: { id: number; row: MilestoneRow }[];
  remove: number[];
};

export function syncNoticeMilestones(stored: StoredMilestone[], proposed: ProposedMilestone[]): MilestoneSync {
  const existing = [...stored].sort((a, b) => a.position - b.position || a.id - b.id);
  const rows: MilestoneRow[] = proposed.map((p, i) => ({ ...p, position: i + 1 }));
  const matchOf = new Map<number, StoredMilestone>(); // row index → stored milestone
  const used = new Set<number>();
  rows.forEach((row, i) => {
    const same = existing.find((e) => !used.has(e.id) && e.title === row.title);
    if (same) {
      matchOf.set(i, same);
      used.add(same.id);
    }
  });
  const left = existing.filter((e) => !used.has(e.id));
  rows.forEach((_, i) => {
    if (matchOf.has(i) || left.length === 0) return;
    const next = left.shift()!;
    matchOf.set(i, next);
    used.add(next.id);
  });

  const sync: MilestoneSync = { create: [], update: [], remove: existing.filter((e) => !used.has(e.id)).map((e) => e.id) };
  rows.forEach((row, i) => {
    const old = matchOf.get(i);
    if (!old) sync.create.push(row);
    else if (
      old.title !== row.title ||
      old.dueOn !== row.dueOn ||
      old.deadlinePhrase !== row.deadlinePhrase ||
      old.position !== row.position
    ) {
      sync.update.push({ id: old.id, row });
    }
  });
  return sync;
}
