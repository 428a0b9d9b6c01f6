// Which numbering marks actions, tasks and measures in this list, inferred from the styles it
// actually uses. The styles present nest in their official order (numbering.ts); the unit
// clauses tell where the measures are:
// - `任务N：` marks the tasks; the level above is the actions, the one below the measures.
// - Otherwise the deepest level whose items carry unit clauses holds the measures, and the level
//   above it the tasks, unless that level is numbered 一、 or （一） (never a measure's number) or
//   one of its items is plainly a task: it holds several measures, a 措施： label, or a short title
//   on its own line with the measure below. Then that level is the tasks, their measures
//   paragraphs (or the words after the title, on the heading's own line).
// - One level (or tasks at the top) means a flat list: no actions.
// Levels below the measures are enumerations inside a measure's text; levels above the actions
// cannot be placed and are refused.
import { importErrors } from "../../messages/import-errors.ts";
import { MEASURES_LABEL } from "./list-start.ts";
import type { NoticeLine } from "./notice-lines.ts";
import { readNumbering, STYLE_LABELS, styleRank, type Numbering, type NumberingStyle } from "./numbering.ts";
import type { NoticeIssue } from "./notice-issues.ts";
import { findUnitClause } from "./unit-clause.ts";

export type ListLine = NoticeLine & {
  /** The line without a leading 措施： label. */
  bare: string;
  heading: Numbering | null;
};
export type ListLevels = {
  action: NumberingStyle | null;
  task: NumberingStyle | null;
  /** Null when each measure is a paragraph of its task. */
  measure: NumberingStyle | null;
  /** Styles deeper than the measures (or tasks): enumerations inside a measure's text. */
  content: NumberingStyle[];
};

export function listLines(lines: NoticeLine[]): ListLine[] {
  return lines.map((line) => {
    const bare = line.text.replace(MEASURES_LABEL, "");
    return { ...line, bare, heading: readNumbering(bare) };
  });
}

// Measures are numbered 1. / （1） / ①; 一、 and （一） head tasks or actions, never measures.
const MEASURE_STYLES = new Set<NumberingStyle>(["ARABIC_DOT", "ARABIC_PAREN", "CIRCLED"]);
const MEASURES_INSIDE = /(?:主要|具体|工作)?措施\s*[：:]/;

type Item = { style: NumberingStyle; lines: ListLine[] };

/** Unit clauses in `text`, not counting one followed by the item's next number on the same line. */
function countClauses(text: string, style: NumberingStyle): { clauses: number; inlineSiblings: number } {
  let clauses = 0;
  let inlineSiblings = 0;
  for (let clause = findUnitClause(text); clause; clause = findUnitClause(text)) {
    clauses++;
    text = text.slice(clause.end).replace(/^[。；;\s]+/, "");
    if (readNumbering(text)?.style === style) inlineSiblings++;
  }
  return { clauses, inlineSiblings };
}

/** A short heading with no clause punctuation: 加强党的领导。 */
function isTitleLike(text: string): boolean {
  const words = text.replace(/[。：:\s]+$/, "");
  return words.length > 0 && words.length <= 30 && !/[，,；;、]/.test(words);
}

function isPlainlyTask(item: Item): boolean {
  const [heading, ...below] = item.lines;
  const text = item.lines.map((l) => l.bare).join("");
  const { clauses, inlineSiblings } = countClauses(text, item.style);
  if (clauses - inlineSiblings >= 2) return true;
  // A 措施： label on a line of its own below the heading, or inside the heading line (a label
  // before a number, 措施：（1）, marks that number's item as a measure instead).
  if (below.some((l) => l.bare !== l.text) || MEASURES_INSIDE.test(heading.heading!.rest)) return true;
  // A title alone on its line with the measure's words below it ("1.加强党的领导" / "修订……（责任单位：A）");
  // a clause alone below ("责任单位：A") closes the heading's own words instead.
  const wordsBelow = below
    .map((l) => withoutClauses(l.bare))
    .join("")
    .trim();
  return (
    !findUnitClause(heading.bare) && isTitleLike(heading.heading!.rest) && wordsBelow !== "" && below.some((l) => findUnitClause(l.bare))
  );
}

function withoutClauses(text: string): string {
  for (let clause = findUnitClause(text); clause; clause = findUnitClause(text))
    text = text.slice(0, clause.index) + text.slice(clause.end);
  return text.replace(/^[。；;\s]+|[。；;\s]+$/g, "");
}

export function inferLevels(lines: ListLine[], issues: NoticeIssue[]): ListLevels {
  const items: Item[] = [];
  for (const line of lines) {
    if (line.heading) items.push({ style: line.heading.style, lines: [line] });
    else items.at(-1)?.lines.push(line);
  }
  const styles = [...new Set(items.map((i) => i.style))].sort((a, b) => styleRank(a) - styleRank(b));
  const at = (depth: number) => (depth >= 0 && depth < styles.length ? styles[depth] : null);

  let task: number;
  let measure: number | null;
  if (styles.includes("TASK_LABEL")) {
    task = styles.indexOf("TASK_LABEL");
    measure = at(task + 1) ? task + 1 : null;
  } else {
    const withUnits = items.filter((i) => i.lines.some((l) => findUnitClause(l.bare)));
    if (withUnits.length === 0) return { action: null, task: null, measure: null, content: [] };
    const deepest = Math.max(...withUnits.map((i) => styles.indexOf(i.style)));
    const tasksHere =
      deepest === 0 || !MEASURE_STYLES.has(styles[deepest]) || items.some((i) => i.style === styles[deepest] && isPlainlyTask(i));
    task = tasksHere ? deepest : deepest - 1;
    measure = tasksHere ? null : deepest;
  }
  const action = task - 1;
  for (const style of styles.slice(0, Math.max(action, 0))) {
    const first = lines.find((l) => l.heading?.style === style)!;
    issues.push({ line: first.number, message: importErrors.tooManyLevels(STYLE_LABELS[style]) });
  }
  return {
    action: at(action),
    task: at(task),
    measure: measure === null ? null : at(measure),
    content: styles.slice((measure ?? task) + 1),
  };
}
