// A document table's column widths: every column at least as wide as its header and its short cells
// (状态, 100%, a date) on one line plus the cell margins, so no column ever wraps a character per line;
// what is left goes to the columns by their weights (the long texts). The Word file uses twips, the
// preview percentages, both from here.
import type { DocumentTable } from "./bulletin-document.ts";

/** Width of a text in characters of the table font: CJK, full-width and % 1, other ASCII a little over half. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch === "%" || ch.charCodeAt(0) >= 0x2000 ? 1 : 0.55;
  return width;
}

/** The widest line of a text that may span lines. */
const widestLine = (text: string) => Math.max(0, ...text.split("\n").map(textWidth));

/** Cells no wider than this are kept on one line. */
const SHORT = 4.5;
/** Cell margins left and right (one character), and half a character for rounding and kerning. */
const MARGIN = 1.5;

/** The columns' widths, summing to `total`, for a text `capacity` characters wide. */
export function columnWidths(table: DocumentTable, total: number, capacity: number): number[] {
  const unit = total / capacity;
  const min = table.columns.map((c, i) => {
    const short = table.rows.map((r) => widestLine(r[i] ?? "")).filter((w) => w <= SHORT);
    return (Math.max(widestLine(c.header), ...short) + MARGIN) * unit;
  });
  const minSum = min.reduce((a, b) => a + b, 0);
  // Too many columns for the page: shrink them all alike (long texts wrap, headers may too).
  if (minSum > total) return min.map((m) => (m / minSum) * total);
  // The spare width goes to the columns that have long texts this time (an empty 存在问题 takes none).
  const declared = table.columns.map((c, i) => (table.rows.some((r) => widestLine(r[i] ?? "") > SHORT) ? c.width : 0));
  const weights = declared.some((w) => w > 0) ? declared : declared.map(() => 1);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  return min.map((m, i) => m + (weights[i] / weightSum) * (total - minSum));
}
