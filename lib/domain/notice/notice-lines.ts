// The notice as numbered, cleaned lines: what a person sees in the document, without the
// artefacts of its conversion to text (page footers, Word bookmarks, odd spaces, a table of
// contents, a list number left alone on its line).
import { isBareNumber, readNumbering } from "./numbering.ts";

export type NoticeLine = {
  number: number;
  /** The line with spaces normalised (full-width spaces, tabs, no-break spaces) and trimmed. */
  text: string;
  /** The same line with its tabs kept: a table row's cells are separated by tabs. */
  raw?: string;
};

const PAGE_FOOTERS = [
  /^[—–\-－]+\s*\d+\s*[—–\-－]+$/, // — 1 —, - 2 -
  /^第\s*\d+\s*页(?:\s*[，,/／]?\s*共\s*\d+\s*页)?$/, // 第2页, 第 2 页 共 10 页
  /^\d+\s*[/／]\s*\d+$/, // 2/10
  /^[·•]?\s*\d{1,3}\s*[·•]?$/, // a bare page number
];
const WORD_BOOKMARK = /\[bookmark:[^\]]*\]/g; // [bookmark: _GoBack]
const TOC_HEADING = /^目\s*录$/;
// A contents entry: its title, dot leaders, a page number (一、实施……行动…………3).
const TOC_LEADER = /(?:[.．·…]{3,}|…{2,}|-{4,})\s*\d{1,3}$/;
const TOC_ENTRY = /\s\d{1,3}$|(?:[.．·…]{3,}|…{2,}|-{4,})\s*\d{1,3}$/;

const isFooter = (text: string) => PAGE_FOOTERS.some((re) => re.test(text));

/** Every line with its 1-based line number in the source; blank, footer and contents lines are dropped. */
export function noticeLines(source: string): NoticeLine[] {
  const lines = source
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((line, i) => {
      const raw = line.replace(WORD_BOOKMARK, "").replace(/[\u3000\u00A0]/g, " ");
      return { number: i + 1, text: raw.replace(/\t/g, " ").trim(), raw };
    })
    .filter((line) => line.text !== "" && !isFooter(line.text));
  return joinBareNumbers(withoutContents(lines));
}

/** 目录 and the entries under it (each ending with its page number), and dot-leader lines anywhere. */
function withoutContents(lines: NoticeLine[]): NoticeLine[] {
  const kept: NoticeLine[] = [];
  let inContents = false;
  for (const line of lines) {
    if (TOC_HEADING.test(line.text)) {
      inContents = true;
      continue;
    }
    if (inContents && TOC_ENTRY.test(line.text)) continue;
    inContents = false;
    if (TOC_LEADER.test(line.text) && line.text.length <= 80) continue;
    kept.push(line);
  }
  return kept;
}

/** Word numbering kept on its own line ("1." then "加强党的领导") belongs to the line after it. */
function joinBareNumbers(lines: NoticeLine[]): NoticeLine[] {
  const joined: NoticeLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (isBareNumber(line.text) && next && readNumbering(next.text) === null && !next.raw?.includes("\t")) {
      joined.push({ number: line.number, text: `${line.text} ${next.text}`, raw: `${line.text} ${next.raw}` });
      i++;
      continue;
    }
    joined.push(line);
  }
  return joined;
}
