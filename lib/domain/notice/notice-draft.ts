// The list as read from a text or a table, before its measures get dates, indicators and
// milestones (measure-facts.ts) and everything is numbered in document order (parse-notice.ts).
import type { ParsedUnit } from "./unit-clause.ts";

export type DraftMeasure = {
  text: string;
  units: ParsedUnit[];
  /** Line of the notice where the measure starts. */
  line: number;
  /** A deadline written apart from the text: a 完成时限 in the unit clause or a table's column. */
  deadline: string | null;
  /** Targets written apart from the text: a table's 工作目标 column. */
  target: string | null;
};
export type DraftTask = {
  title: string;
  line: number;
  measures: DraftMeasure[];
  /** Its text was refused already: an empty task needs no second message. */
  refused: boolean;
};
export type DraftAction = { title: string; line: number; tasks: DraftTask[] };

/** The one action of a list that has none of its own. */
export const WHOLE_LIST_ACTION = "重点任务";

/** Trailing punctuation off a heading: 加强党的领导。 → 加强党的领导. */
export function stripEnd(text: string): string {
  return text.trim().replace(/[。：:；;，,\s]+$/, "");
}
