// Where the list begins. The first measure (its unit clause) anchors it; above the anchor, the
// list's first heading of each level is the first of its kind (一、, 任务1：, （1）…) and nothing
// repeats a level already met, and levels nest as official documents nest them. Headings further up (a preamble's own 一、总体要求), and anything
// above the issue date, 附件 or the notice's title, belong to the front matter.
import { isFrontMatterMark } from "./notice-header.ts";
import type { NoticeLine } from "./notice-lines.ts";
import { readNumbering, styleRank, type NumberingStyle } from "./numbering.ts";

/** 措施： / 主要措施： / 具体措施： before a measure's own number. */
export const MEASURES_LABEL = /^(?:主要|具体|工作)?措施\s*[：:]\s*/;

/** Index in `lines` of the list's first line, given the index of a line inside its first measure. */
export function findListStart(lines: NoticeLine[], anchor: number): number {
  const lowest = new Map<NumberingStyle, number>(); // per level, the lowest number met so far
  let firstOfItsKind = -1;
  let topmost = -1;
  for (let i = anchor; i >= 0; i--) {
    const text = lines[i].text;
    if (i < anchor && isFrontMatterMark(text)) break;
    const heading = readNumbering(text.replace(MEASURES_LABEL, ""));
    if (!heading) continue;
    const seen = lowest.get(heading.style);
    // Above the anchor a level may only count down (（2） then （1）), and a new level must be a
    // parent of those met (一、 above 任务1：): anything else belongs to another list.
    if (seen !== undefined && heading.numeral !== seen - 1) break;
    if (seen === undefined && [...lowest.keys()].some((style) => styleRank(style) <= styleRank(heading.style))) break;
    lowest.set(heading.style, heading.numeral);
    topmost = i;
    if (heading.numeral === 1) firstOfItsKind = i;
  }
  return firstOfItsKind >= 0 ? firstOfItsKind : topmost >= 0 ? topmost : anchor;
}
