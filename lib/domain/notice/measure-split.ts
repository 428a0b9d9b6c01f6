// A task's text cut into measures: each one ends with its own unit clause (unit-clause.ts). A
// numbered measure （2） that starts while the previous text has no clause yet means that text
// lacks its 责任单位; a 完成时限 line right after a clause belongs to the measure it closes.
import { importErrors } from "../../messages/import-errors.ts";
import { MEASURES_LABEL } from "./list-start.ts";
import type { NoticeIssue } from "./notice-issues.ts";
import type { NoticeLine } from "./notice-lines.ts";
import type { DraftMeasure } from "./notice-draft.ts";
import { readNumbering, type NumberingStyle } from "./numbering.ts";
import { findUnitClause } from "./unit-clause.ts";

// Lines that may follow the list: 抄送, 印发 line, 附件 notes. Anything else is content.
const END_MATTER = /^(?:抄送|抄报|附件|主题词|联系人|联系电话|（此件|此件|注\s*[：:]|备注\s*[：:])|印发$/;
const DEADLINE_LINE = /^(?:完成时限|完成时间|完成期限|时间节点|时限要求)\s*[：:]\s*(?<when>.+)$/;

type Options = {
  /** The numbering of measures in this list, stripped from their text; null when they are paragraphs. */
  measureStyle: NumberingStyle | null;
  /** The end matter after the list only follows the last task. */
  isLastTask: boolean;
};

export function splitMeasures(body: NoticeLine[], options: Options, issues: NoticeIssue[]): DraftMeasure[] {
  const measures: DraftMeasure[] = [];
  let draft: NoticeLine[] = [];
  const draftText = () =>
    draft
      .map((l) => l.text)
      .join("")
      .trim();
  const flushWithoutUnit = () => {
    const text = draftText();
    if (text && !/^[。；;，,\s]*$/.test(text)) issues.push({ line: draft[0].number, message: importErrors.measureWithoutUnit(text) });
    draft = [];
  };
  const ownNumber = (text: string) => {
    const numbering = readNumbering(text);
    return numbering && numbering.style === options.measureStyle ? numbering : null;
  };

  for (const line of body) {
    let text = line.text.replace(MEASURES_LABEL, "");
    const numbered = ownNumber(text);
    if (numbered) {
      flushWithoutUnit();
      text = numbered.rest;
    }
    const deadlineLine = draft.length === 0 ? DEADLINE_LINE.exec(text) : null;
    if (deadlineLine && measures.length > 0) {
      const last = measures.at(-1)!;
      last.deadline = [last.deadline, deadlineLine.groups!.when].filter(Boolean).join("；");
      continue;
    }
    // A line may hold the end of one measure and the start of the next: （1）…（责任单位：A）（2）…
    for (let clause = findUnitClause(text); clause; clause = findUnitClause(text)) {
      draft.push({ number: line.number, text: text.slice(0, clause.index) });
      const measureText = draftText();
      if (clause.units.length === 0) issues.push({ line: line.number, message: importErrors.emptyUnitList() });
      if (!measureText) issues.push({ line: line.number, message: importErrors.measureWithoutUnit(text.slice(clause.index, clause.end)) });
      else measures.push({ text: measureText, units: clause.units, line: draft[0].number, deadline: clause.deadline, target: null });
      draft = [];
      text = text.slice(clause.end).replace(/^[。；;\s]+/, "");
      text = ownNumber(text)?.rest ?? text;
    }
    if (!text) continue;
    // The end matter after the list (抄送…, …印发) is not a measure, and nothing after it is either.
    if (options.isLastTask && measures.length > 0 && draft.length === 0 && END_MATTER.test(text)) break;
    draft.push({ number: line.number, text });
  }
  flushWithoutUnit();
  return measures;
}
