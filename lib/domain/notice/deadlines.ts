// Deadline phrases in a measure's text (DESIGN.md "The source document"): 6月底前, 年底, 年内,
// 下半年, 第三季度, 9月15日前, 2023年…; what other bureaus' lists and tables write too: 3—6月 /
// 3月至6月 (a span of months), 2024.6 / 2024-06-30 (a date in figures); and the start and due
// dates they give the measure.
import { endOfYear, isValidDate, isoDate, lastDayOfMonth, type IsoDate } from "../dates.ts";
import { parseChineseNumber } from "./chinese-number.ts";
import { asciiDigits, quotedSpans, spanAround } from "./quoted-spans.ts";

export type DeadlineMention = {
  /** The words as written, e.g. "6月底前", "2023年下半年". */
  phrase: string;
  /** Offset of the phrase in the text (document order). */
  index: number;
  /** First day the phrase allows work to start, when it says so (下半年 → 1 July). */
  start: IsoDate | null;
  due: IsoDate;
};

type Rule = { pattern: RegExp; resolve: (m: RegExpExecArray, planYear: number) => Omit<DeadlineMention, "phrase" | "index"> | null };

const NUMERAL = "[一二两三四五六七八九十]";
// A bare 年底/年内 after a numeral is a duration (三年内), not the plan year's end.
const NOT_AFTER_NUMERAL = "(?<![\\d零〇一二两三四五六七八九十百千几多])";

const yearOf = (m: RegExpExecArray, planYear: number) => (m.groups?.year ? Number(m.groups.year) : planYear);

function monthNumber(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : parseChineseNumber(text);
}

function dayInMonth(year: number, month: number, part: string | undefined, explicitDay: string | undefined): number | null {
  if (explicitDay) return Number(explicitDay);
  switch (part) {
    case "上旬":
    case "初":
      return 10;
    case "中旬":
      return 20;
    default: // 底, 末, 下旬, 份 or the month alone: by the end of that month
      return lastDayOfMonth(year, month);
  }
}

const MONTH = `(?:\\d{1,2}|${NUMERAL}{1,3})`;
const DATE_MARK = "[.．\\-/／]";

const RULES: Rule[] = [
  {
    // 3—6月, 3月至6月底: work from the first month's start to the last one's end.
    pattern: new RegExp(
      `(?:(?<year>\\d{4})\\s*年\\s*|(?<![\\d.]))(?<from>${MONTH})\\s*月?\\s*(?:[-—–－~～]+|至|到)\\s*(?<to>${MONTH})\\s*月(?<part>份|底|末|上旬|中旬|下旬|初)?(?:之前|以前|前)?`,
      "g",
    ),
    resolve: (m, planYear) => {
      const year = yearOf(m, planYear);
      const from = monthNumber(m.groups!.from);
      const to = monthNumber(m.groups!.to);
      if (from === null || to === null || from > to || !isValidDate(year, from, 1) || !isValidDate(year, to, 1)) return null;
      return { start: isoDate(year, from, 1), due: isoDate(year, to, dayInMonth(year, to, m.groups!.part, undefined)!) };
    },
  },
  {
    // 2024.6, 2024-06-30, 2024/6/30 (tables' 完成时限 columns): by that day, or the month's end.
    pattern: new RegExp(
      `(?<![\\d.])(?<year>20\\d{2})\\s*${DATE_MARK}\\s*(?<month>\\d{1,2})(?:\\s*${DATE_MARK}\\s*(?<day>\\d{1,2}))?(?![\\d.%％])(?:底|末)?(?:之前|以前|前)?`,
      "g",
    ),
    resolve: (m) => {
      const year = Number(m.groups!.year);
      const month = Number(m.groups!.month);
      if (month < 1 || month > 12) return null;
      const day = dayInMonth(year, month, undefined, m.groups!.day);
      if (day === null || !isValidDate(year, month, day)) return null;
      return { start: null, due: isoDate(year, month, day) };
    },
  },
  {
    pattern: /(?:(?<year>\d{4})\s*年)?(?<half>上半年|下半年)/g,
    resolve: (m, planYear) => {
      const year = yearOf(m, planYear);
      return m.groups!.half === "上半年"
        ? { start: null, due: isoDate(year, 6, 30) }
        : { start: isoDate(year, 7, 1), due: endOfYear(year) };
    },
  },
  {
    pattern: new RegExp(`(?:(?<year>\\d{4})\\s*|${NOT_AFTER_NUMERAL})年(?:底|末|内)(?:之?前)?`, "g"),
    resolve: (m, planYear) => ({ start: null, due: endOfYear(yearOf(m, planYear)) }),
  },
  {
    pattern: new RegExp(
      `(?:(?<year>\\d{4})\\s*年\\s*|(?<![\\d.]))(?<month>\\d{1,2}|${NUMERAL}{1,3})\\s*月(?:(?<day>\\d{1,2})\\s*日|(?<part>份|底|末|上旬|中旬|下旬|初))?(?:之前|以前|前)?`,
      "g",
    ),
    resolve: (m, planYear) => {
      const year = yearOf(m, planYear);
      const month = monthNumber(m.groups!.month);
      if (month === null) return null;
      const day = dayInMonth(year, month, m.groups!.part, m.groups!.day);
      if (day === null || !isValidDate(year, month, day)) return null;
      return { start: null, due: isoDate(year, month, day) };
    },
  },
  {
    pattern: /(?:(?<year>\d{4})\s*年)?第?(?<quarter>[一二三四1-4])季度(?:末|底)?(?:之?前)?/g,
    resolve: (m, planYear) => {
      const year = yearOf(m, planYear);
      const quarter = monthNumber(m.groups!.quarter)!;
      const month = quarter * 3;
      return { start: null, due: isoDate(year, month, lastDayOfMonth(year, month)) };
    },
  },
  {
    // "2023年新改扩建…", "计划在2023年…": a year that opens a clause (or follows 在/于) means
    // "within that year". A year used as an adjective (2023年度…, 系统2023年党员…) is not a deadline.
    pattern: /(?:(?<=^|[，。；：、,;:\s（(])|(?<=[在于]))(?<year>\d{4})\s*年(?!度|[\d一二三四五六七八九十上下底末内]|第)/g,
    resolve: (m) => ({ start: null, due: endOfYear(Number(m.groups!.year)) }),
  },
];

/**
 * Every deadline phrase in `text`, in document order; overlapping matches keep the longest.
 * Dates inside quoted titles (《关于2024年底前……》) and dates before the plan year
 * (2022年底已完成…: history, not a deadline) are left out.
 */
export function findDeadlines(original: string, planYear: number): DeadlineMention[] {
  const text = asciiDigits(original);
  const quoted = quotedSpans(text);
  const found: DeadlineMention[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const resolved = rule.resolve(m as RegExpExecArray, planYear);
      if (!resolved || spanAround(quoted, m.index!) || Number(resolved.due.slice(0, 4)) < planYear) continue;
      found.push({ phrase: original.slice(m.index!, m.index! + m[0].length).trim(), index: m.index!, ...resolved });
    }
  }
  found.sort((a, b) => a.index - b.index || b.phrase.length - a.phrase.length);
  const kept: DeadlineMention[] = [];
  for (const mention of found) {
    const last = kept.at(-1);
    if (last && mention.index < last.index + last.phrase.length) {
      if (mention.phrase.length > last.phrase.length) kept[kept.length - 1] = mention;
      continue;
    }
    kept.push(mention);
  }
  return kept;
}

export type MeasureSchedule = { startDate: IsoDate; dueDate: IsoDate; deadlinePhrase: string | null };

/**
 * A measure is due by its latest deadline phrase (all its work must be done), or at the end of
 * the plan year when it has none. It starts on the plan's issue date, unless every phrase names
 * a later start (a measure only about 下半年 starts on 1 July).
 */
export function scheduleMeasure(text: string, plan: { year: number; issuedOn: IsoDate | null }): MeasureSchedule {
  const planStart = plan.issuedOn ?? isoDate(plan.year, 1, 1);
  const mentions = findDeadlines(text, plan.year);
  if (mentions.length === 0) return { startDate: planStart, dueDate: endOfYear(plan.year), deadlinePhrase: null };

  // Ties go to the later mention: "下半年举办…，年底举办…" is governed by 年底.
  const governing = mentions.reduce((best, m) => (m.due >= best.due ? m : best));
  const starts = mentions.map((m) => m.start);
  const laterStart = starts.every((s): s is IsoDate => s !== null) ? starts.reduce((a, b) => (a < b ? a : b)) : null;
  let startDate = laterStart && laterStart > planStart ? laterStart : planStart;
  if (startDate > governing.due) startDate = governing.due;
  return { startDate, dueDate: governing.due, deadlinePhrase: governing.phrase };
}
