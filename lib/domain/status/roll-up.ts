// Roll-ups (DESIGN.md): a task's progress is the weighted mean of its measures' progress (weights
// normalised, not-reported measures left out and counted apart); its colour is the worst of its
// measures' (红 > 黄 > 蓝 > 已完成), not-reported ones colouring it only when all are. Likewise
// action ← tasks, plan ← actions, unit ← the measures it leads or co-owns.
import { worse, type Colour } from "./measure-status.ts";

export type RollUpChild = { colour: Colour; progress: number | null; weight: number };
export type RollUp = {
  colour: Colour;
  /** Weighted mean progress of the reported children; null when none reported. */
  progress: number | null;
  counts: Record<Colour, number>;
  reported: number;
  notReported: number;
  /** How it was computed, in words, for the page's note. */
  formula: string;
};

export function rollUp(children: RollUpChild[]): RollUp {
  const counts: Record<Colour, number> = { RED: 0, YELLOW: 0, BLUE: 0, DONE: 0, NOT_REPORTED: 0 };
  for (const c of children) counts[c.colour] += 1;
  const reported = children.filter((c) => c.progress !== null && c.colour !== "NOT_REPORTED");
  const totalWeight = reported.reduce((sum, c) => sum + c.weight, 0);
  const progress =
    totalWeight > 0 ? Math.round((reported.reduce((sum, c) => sum + (c.progress as number) * c.weight, 0) / totalWeight) * 10) / 10 : null;

  const coloured = children.filter((c) => c.colour !== "NOT_REPORTED");
  const colour = coloured.length ? coloured.map((c) => c.colour).reduce<Colour>((a, b) => worse(a, b), "DONE") : "NOT_REPORTED";

  const terms = reported.map((c) => `${c.progress}%×${Math.round((c.weight / totalWeight) * 1000) / 1000}`);
  const formula =
    (progress === null ? "尚无已报送的下级事项，进度不计" : `进度 = ${terms.join(" + ")} = ${progress}%（按权重加权平均，权重归一化）`) +
    (children.length - reported.length > 0 ? `；未报送 ${children.length - reported.length} 项不计入` : "") +
    "；颜色取下级最严重者（红 > 黄 > 蓝 > 已完成）";
  return { colour, progress, counts, reported: reported.length, notReported: children.length - reported.length, formula };
}
