// A Word document, as mammoth's HTML, turned into the text the notice parser reads:
// - each paragraph or heading is one line (a tab inside it is a space);
// - a list item is one line, numbered again: Word's own list numbering is not in the text, only
//   the nesting, so levels get the official sequence (一、 → （一） → 1. → （1） → ①), skipping the
//   styles the document types by hand, and count on across paragraphs between items as Word does;
// - each table row is one line of tab-separated cells; a cell merged down over several rows is
//   repeated in each of them, a cell merged across is followed by empty cells, so every row has
//   the table's width. Pure: no I/O.
import { formatNumber, NUMBERING_STYLES, readNumbering, type NumberingStyle } from "../domain/notice/numbering.ts";

type Line = { text: string; listDepth: number | null; row?: boolean };
type Cell = { text: string; colSpan: number; rowSpan: number };

const TOKEN = /<(\/?)([a-zA-Z0-9]+)([^>]*?)\/?>|([^<]+)/g;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
const BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6"]);

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function spanOf(attributes: string, name: string): number {
  const m = new RegExp(`${name}="(\\d+)"`).exec(attributes);
  return m ? Math.max(1, Number(m[1])) : 1;
}

/** Text of one line: tabs and line breaks inside a paragraph or cell are spaces there. */
const oneLine = (text: string) => text.replace(/[\t\r\n]+/g, " ");

export function docxHtmlText(html: string): string {
  const lines: Line[] = [];
  const lists: boolean[] = []; // open lists, true when ordered
  let buffer: string | null = null; // the paragraph or list item being read
  let bufferDepth: number | null = null;
  let table: Cell[][] | null = null;
  let tables = 0; // nesting: a table inside a cell is read as that cell's text
  let cell: Cell | null = null;

  const flush = () => {
    if (buffer !== null && buffer.trim() !== "") lines.push({ text: oneLine(buffer), listDepth: bufferDepth });
    buffer = null;
    bufferDepth = null;
  };

  for (const m of html.matchAll(TOKEN)) {
    const [, closing, rawName, attributes, text] = m;
    if (text !== undefined) {
      if (cell) cell.text += decode(text);
      else if (buffer !== null) buffer += decode(text);
      continue;
    }
    const name = rawName.toLowerCase();
    if (name === "table") {
      if (closing) {
        tables--;
        if (tables === 0 && table) {
          lines.push(...tableLines(table));
          table = null;
        }
      } else if (tables++ === 0) {
        flush();
        table = [];
      }
      continue;
    }
    if (tables > 0) {
      if (tables > 1) continue;
      if (name === "tr" && !closing) table!.push([]);
      else if ((name === "td" || name === "th") && !closing) {
        cell = { text: "", colSpan: spanOf(attributes, "colspan"), rowSpan: spanOf(attributes, "rowspan") };
        table!.at(-1)?.push(cell);
      } else if ((name === "td" || name === "th") && closing) cell = null;
      continue;
    }
    if (name === "ol" || name === "ul") {
      flush(); // the text of the item holding this list ends here
      if (closing) lists.pop();
      else lists.push(name === "ol");
    } else if (name === "li") {
      flush();
      if (!closing) {
        buffer = "";
        bufferDepth = lists.at(-1) ? lists.length : null; // bulleted items keep their text unnumbered
      }
    } else if (BLOCKS.has(name)) {
      if (closing) flush();
      else if (lists.length === 0) {
        flush();
        buffer = "";
      }
    } else if (name === "br" && buffer !== null) {
      const depth: number | null = bufferDepth;
      flush();
      buffer = "";
      bufferDepth = depth === null ? null : -1; // a line break continues the item, unnumbered
    }
  }
  flush();
  return numberListItems(lines).join("\n");
}

/** Rows as tab-separated cells, merged cells spread over the rows and columns they cover. */
function tableLines(rows: Cell[][]): Line[] {
  const down: (string | null)[] = []; // per column: text merged down into the next row
  const left: number[] = []; // per column: rows still covered by that merge
  return rows.map((row) => {
    const cells: string[] = [];
    const queue = [...row];
    for (let col = 0; queue.length > 0 || col < left.length; col++) {
      if ((left[col] ?? 0) > 0) {
        cells.push(down[col]!);
        left[col]--;
        continue;
      }
      const next = queue.shift();
      if (!next) {
        cells.push(""); // a short row under a merged cell further right
        continue;
      }
      const text = oneLine(next.text).trim();
      for (let c = 0; c < next.colSpan; c++) {
        cells.push(c === 0 ? text : "");
        if (next.rowSpan > 1) {
          down[col + c] = c === 0 ? text : "";
          left[col + c] = next.rowSpan - 1;
        }
      }
      col += next.colSpan - 1;
    }
    return { text: cells.join("\t"), listDepth: null, row: true };
  });
}

/** Numbers Word's list items by their depth, in the official styles the document does not type itself. */
function numberListItems(lines: Line[]): string[] {
  const typed = new Set(lines.filter((l) => l.listDepth === null && !l.row).map((l) => readNumbering(l.text)?.style));
  const styles: NumberingStyle[] = NUMBERING_STYLES.filter((s) => s !== "TASK_LABEL" && !typed.has(s));
  const counters: number[] = [];
  return lines.map(({ text, listDepth }) => {
    if (listDepth === null || listDepth < 1 || readNumbering(text)) return text;
    counters[listDepth] = (counters[listDepth] ?? 0) + 1;
    counters.length = listDepth + 1; // a shallower item restarts the deeper levels
    const style = styles[Math.min(listDepth, styles.length) - 1];
    return `${formatNumber(style, counters[listDepth])}${text}`;
  });
}
