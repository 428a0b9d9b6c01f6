// Milestones (工作节点) the importer proposes for a measure: each deadline phrase of its text
// (deadlines.ts) with the work it governs, in document order. "制定……培训方案，6月底前完成全员轮训计划。"
// → 6月底前完成全员轮训计划, due 2023-06-30. A measure without a dated clause gets none: its due
// date stands alone. Pure: no I/O.
import type { IsoDate } from "../dates.ts";
import { findDeadlines, type DeadlineMention } from "./deadlines.ts";
import { quotedSpans, spanAround } from "./quoted-spans.ts";

export type ProposedMilestone = {
  /** The clause the milestone comes from, as written. */
  title: string;
  dueOn: IsoDate;
  /** The deadline phrase read from it (6月底前, 年底, 2023年下半年…). */
  deadlinePhrase: string;
};

// Clause marks: a deadline governs the work written in its own clause.
const CLAUSE_END = new Set(["，", "。", "；", "！", "？", ",", ";", "!", "?"]);
// Sentence marks: a phrase standing alone in its clause ("下半年，举办……") governs the clauses after
// it, up to the sentence's end.
const SENTENCE_END = new Set(["。", "；", "！", "？", ";", "!", "?"]);
const EDGE = /^[\s，。；：、,;:！？!?]+|[\s，。；：、,;:！？!?]+$/g;
// Words that only join one dated step to the next: "6月底前完成方案并于9月底前验收".
const TRAILING_JOINER = /(?:并且|并于|并在|并|且|和|及|与|于|在)+$/;

/** Offsets of clause (or sentence) marks outside quoted names and titles. */
function marks(text: string, set: Set<string>): number[] {
  const quoted = quotedSpans(text);
  const found: number[] = [];
  for (let i = 0; i < text.length; i++) if (set.has(text[i]) && !spanAround(quoted, i)) found.push(i);
  return found;
}

const clean = (s: string) => s.replace(EDGE, "").replace(TRAILING_JOINER, "").replace(EDGE, "");

/** Only the phrase (and 前/之前) is left: the clause names no work of its own. */
const onlyThePhrase = (segment: string, mention: DeadlineMention) =>
  clean(segment.replace(mention.phrase, "")).replace(/^(?:之?前|以前)$/, "") === "";

export function proposeMilestones(text: string, planYear: number): ProposedMilestone[] {
  const mentions = findDeadlines(text, planYear);
  if (mentions.length === 0) return [];
  const clauseMarks = marks(text, CLAUSE_END);
  const sentenceMarks = marks(text, SENTENCE_END);
  const clauseOf = (index: number) => ({
    start: (clauseMarks.filter((i) => i < index).at(-1) ?? -1) + 1,
    end: clauseMarks.find((i) => i >= index) ?? text.length,
  });

  return mentions.map((mention, n) => {
    const clause = clauseOf(mention.index);
    const previous = mentions[n - 1];
    const next = mentions[n + 1];
    // Several phrases in one clause split it: each governs the words up to the next one.
    const start = previous && previous.index >= clause.start ? mention.index : clause.start;
    const end = next && next.index < clause.end ? next.index : clause.end;
    let from = start;
    let to = end;
    if (onlyThePhrase(text.slice(from, to), mention) && to === clause.end) {
      // …but not into the clause of the next phrase, which is that phrase's work.
      const sentenceEnd = sentenceMarks.find((i) => i >= to) ?? text.length;
      to = Math.min(sentenceEnd, next ? clauseOf(next.index).start : text.length);
      // A phrase closing its sentence ("完成验收，年底前。") governs the clauses before it.
      if (onlyThePhrase(text.slice(from, to), mention) && from === clause.start) {
        const sentenceStart = (sentenceMarks.filter((i) => i < from).at(-1) ?? -1) + 1;
        from = Math.max(sentenceStart, previous ? clauseOf(previous.index).end + 1 : 0);
      }
    }
    return { title: clean(text.slice(from, to)), dueOn: mention.due, deadlinePhrase: mention.phrase };
  });
}
