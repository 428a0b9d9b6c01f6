// The notice as numbered, cleaned lines: what a person sees in the document, without the
// artefacts of its conversion to text (page footers, Word bookmarks, odd spaces).

export type NoticeLine = { number: number; text: string };

const PAGE_FOOTER = /^[—–\-－]+\s*\d+\s*[—–\-－]+$/; // — 1 —
const WORD_BOOKMARK = /\[bookmark:[^\]]*\]/g; // [bookmark: _GoBack]

/** Every line with its 1-based line number in the source; blank and footer lines are dropped. */
export function noticeLines(source: string): NoticeLine[] {
  return source
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({
      number: i + 1,
      text: raw.replace(WORD_BOOKMARK, "").replace(/[\u3000\u00A0\t]/g, " ").trim(),
    }))
    .filter((line) => line.text !== "" && !PAGE_FOOTER.test(line.text));
}
