// The numbering a heading or list line starts with, and its rank in the order official documents
// nest them (GB/T 9704 结构层次序数: 一、 → （一） → 1. → （1）, then ①). `任务N：` is the seed
// notice's own task label and ranks as a task. Pure: no I/O.
import { parseChineseNumber, toChineseNumber } from "./chinese-number.ts";

export const NUMBERING_STYLES = ["CN_COMMA", "CN_PAREN", "TASK_LABEL", "ARABIC_DOT", "ARABIC_PAREN", "CIRCLED"] as const;
export type NumberingStyle = (typeof NUMBERING_STYLES)[number];

/** How each style is printed, for messages and the import preview. */
export const STYLE_LABELS: Record<NumberingStyle, string> = {
  CN_COMMA: "一、",
  CN_PAREN: "（一）",
  TASK_LABEL: "任务1：",
  ARABIC_DOT: "1.",
  ARABIC_PAREN: "（1）",
  CIRCLED: "①",
};

export type Numbering = {
  style: NumberingStyle;
  /** The number printed (一 → 1, ③ → 3). */
  numeral: number;
  /** The line after the number and its punctuation. */
  rest: string;
};

const CN = "[一二三四五六七八九十]{1,3}";
const DIGITS = "[0-9０-９]{1,3}";
// Longest and most specific first; a number never runs on into a digit (1.5万个, 2023年).
const PATTERNS: [NumberingStyle, RegExp][] = [
  ["TASK_LABEL", /^任务\s*(?<n>[0-9０-９]+|[一二三四五六七八九十百]+)\s*[：:、．.]\s*/],
  ["CN_PAREN", new RegExp(`^[（(]\\s*(?<n>${CN})\\s*[）)]\\s*`)],
  ["ARABIC_PAREN", new RegExp(`^(?:[（(]\\s*(?<n>${DIGITS})\\s*[）)]|(?<m>${DIGITS})\\s*[）)])\\s*`)],
  ["CIRCLED", /^(?<c>[①-⑳])\s*/],
  ["ARABIC_DOT", new RegExp(`^(?<n>${DIGITS})\\s*[.．、](?![0-9０-９])\\s*`)],
  ["CN_COMMA", new RegExp(`^(?<n>${CN})\\s*[、．.]\\s*`)],
];

function numeralOf(text: string): number | null {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return /^\d+$/.test(ascii) ? Number(ascii) : parseChineseNumber(ascii);
}

/** The numbering `text` starts with, or null for a line that is not numbered. */
export function readNumbering(text: string): Numbering | null {
  for (const [style, pattern] of PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const g = m.groups!;
    const numeral = g.c ? g.c.charCodeAt(0) - 0x2460 + 1 : numeralOf(g.n ?? g.m);
    if (numeral === null || numeral < 1) continue;
    return { style, numeral, rest: text.slice(m[0].length) };
  }
  return null;
}

/** The conventional nesting rank of a style: lower ranks hold the higher ones. */
export function styleRank(style: NumberingStyle): number {
  return NUMBERING_STYLES.indexOf(style);
}

/** A line that is only a number (Word numbering kept on a line of its own): 1. / （一）. */
export function isBareNumber(text: string): boolean {
  const n = readNumbering(text);
  return n !== null && n.rest.trim() === "";
}

/** The number `n` printed in `style`: 一、, （二）, 3., （4）, ⑤, 任务6：. */
export function formatNumber(style: NumberingStyle, n: number): string {
  switch (style) {
    case "CN_COMMA":
      return `${toChineseNumber(n)}、`;
    case "CN_PAREN":
      return `（${toChineseNumber(n)}）`;
    case "TASK_LABEL":
      return `任务${n}：`;
    case "ARABIC_DOT":
      return `${n}.`;
    case "ARABIC_PAREN":
      return `（${n}）`;
    case "CIRCLED":
      return n <= 20 ? String.fromCharCode(0x2460 + n - 1) : `（${n}）`;
  }
}
