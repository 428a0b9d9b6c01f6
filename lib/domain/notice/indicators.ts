// Numeric targets (指标) in a measure's text: 新改扩建中小学校28所, 新增学位数4万个, 覆盖率达85%,
// 不低于72学时, 99%以上, 约150项, 4000名左右, 1—2次, 五场艺术展演 (DESIGN.md "The source document").
import { CHINESE_NUMERAL_CHARS, parseAnyNumber } from "./chinese-number.ts";
import { asciiDigits, quotedSpans, spanAround, type Span } from "./quoted-spans.ts";

export const COMPARATORS = ["AT_LEAST", "AT_MOST", "ABOUT", "EXACT", "RANGE"] as const;
export type Comparator = (typeof COMPARATORS)[number];

export type ParsedIndicator = {
  /** What is counted: 中小学校, 学位, 覆盖率… */
  label: string;
  /** The number to reach; for a range, its lower bound (reaching it meets the target). */
  target: number;
  low: number | null;
  high: number | null;
  /** Unit of measure: 所, 个, %, 学时… */
  unit: string;
  comparator: Comparator;
  /** The words the indicator was read from. */
  source: string;
};

// Longest first, so 个百分点 wins over 个 and 学时 is not read as 学 + 时.
const UNITS = [
  "个百分点",
  "百分点",
  "平方米",
  "万元",
  "亿元",
  "学时",
  "课时",
  "小时",
  "人次",
  "场次",
  "个",
  "所",
  "项",
  "名",
  "人",
  "节",
  "门",
  "场",
  "次",
  "家",
  "篇",
  "部",
  "处",
  "座",
  "套",
  "台",
  "本",
  "册",
  "条",
  "种",
  "件",
  "位",
  "户",
  "元",
  "亩",
  "间",
  "天",
  "%",
  "％",
];
const NUMBER = `(?:\\d+(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+)`;
const QUANTITY = new RegExp(
  `(?<first>${NUMBER})(?:\\s*(?:[-—–－~～〜]+|至|到)\\s*(?<second>${NUMBER}))?` +
    `\\s*(?<multiplier>[万千亿](?!元))?\\s*(?<unit>${UNITS.join("|")})`,
  "g",
);
const MULTIPLIERS: Record<string, number> = { 千: 1_000, 万: 10_000, 亿: 100_000_000 };

const COMPARATOR_BEFORE: [RegExp, Comparator][] = [
  [/(?:不超过|不高于|不多于|最多|至多|控制在)\s*$/, "AT_MOST"],
  [/(?:不低于|不少于|不小于|至少|最少|超过|高于|多于)\s*$/, "AT_LEAST"],
  [/(?:大约|约|近)\s*$/, "ABOUT"],
];
const COMPARATOR_AFTER: [RegExp, Comparator][] = [
  [/^\s*(?:及以上|以上)/, "AT_LEAST"],
  [/^\s*(?:左右|上下)/, "ABOUT"],
  [/^\s*(?:以内|以下|之内)/, "AT_MOST"],
];

/** Clause boundaries: a label never reaches across them. */
const CLAUSE_END = /[，。；：、,;:！？!?\n]/;
const LABEL_END = /[，。；：、,;:！？!?\n（(和及并或的等]|开展|进行|参与|参加|用于|实现|推进|开始/;
// Words that come before the counted noun (time, adverbs, verbs) and are not part of it.
const LEADING_WORDS = new RegExp(
  "^(?:\\d{4}\\s*年度?|年内|年底前?|全年|今年|上半年|下半年|" +
    "预计|计划|力争|确保|持续|积极|全面|严格|累计|" +
    "新改扩建|改扩建|新建|扩建|建设|建成|完成|培育|遴选|评选|评出|征集|打造|培养|组织|举办|开展|启动|" +
    "实现|新增|落实|选树|创建|招聘|抓好|做好|认定|达到|提高|提升|组建|引进|补充|推动|支持|争创|创成|申报|立项)",
);
// Words between the counted noun and its number: 覆盖率达85%, 入学率持续稳定在99%.
const TRAILING_LINKS =
  /(?:不超过|不高于|不多于|最多|至多|控制在|不低于|不少于|不小于|至少|最少|超过|高于|多于|大约|约|近|持续稳定在|稳定在|保持在|提高到|提升到|提高至|提升至|增加到|增至|达到|达|为|在|累计|共|总计|合计)$/;
// Verbs that close a noun phrase after the number: 100节思政“金课”培育 → 思政“金课”.
const TRAILING_VERBS = /(?:培育|建设|评选|创建|认定|申报|工作)$/;

function isQuotedModifier(label: string): RegExpMatchArray | null {
  return label.match(/^[“"「‘](.+?)[”"」’](.*)$/);
}

/** 「“智慧教育”示范区」 → 示范区; 「“名师名校长名班主任”」 → 名师名校长名班主任. */
function dropQuotedModifier(label: string): string {
  const m = isQuotedModifier(label);
  if (!m) return label;
  return m[2] ? m[2] : m[1];
}

function cleanLabelBefore(raw: string): string {
  // An enumeration mark inside a measure (①组织集中学习12次) is not part of what is counted.
  let label = raw
    .replace(/[（(][^）)]*[）)]/g, "")
    .replace(/^\s*[①-⑳]/, "")
    .trim();
  for (let changed = true; changed;) {
    const before = label;
    label = label.replace(TRAILING_LINKS, "").trim();
    label = label.replace(LEADING_WORDS, "").trim();
    changed = label !== before;
  }
  label = dropQuotedModifier(label);
  if (label.length > 2) label = label.replace(/(?:数量|数)$/, "");
  return label;
}

/**
 * The words naming what follows the number, up to the end of the noun phrase. When adjectives
 * listed with 、 lead to a 的 (约150项操作性强、推广价值高、可复制的优秀教学成果), the noun is after it.
 */
function rawLabelAfter(rest: string): string {
  const clause = rest.slice(0, (rest.search(/[，。；：,;:！？!?\n]/) + 1 || rest.length + 1) - 1);
  const de = clause.lastIndexOf("的");
  if (de > 0 && clause.slice(0, clause.indexOf("的")).includes("、")) rest = clause.slice(de + 1);
  const labelEnd = rest.search(LABEL_END);
  return labelEnd < 0 ? rest : rest.slice(0, labelEnd);
}

function cleanLabelAfter(raw: string): string {
  let label = raw.trim();
  while (label.length > 2 && TRAILING_VERBS.test(label)) label = label.replace(TRAILING_VERBS, "");
  return dropQuotedModifier(label);
}

function toNumber(text: string, multiplier: string | undefined): number | null {
  const n = parseAnyNumber(text);
  if (n === null) return null;
  return Math.round(n * (multiplier ? MULTIPLIERS[multiplier] : 1) * 1e6) / 1e6;
}

function isChineseNumeral(text: string): boolean {
  return !/\d/.test(text);
}

export function extractIndicators(original: string): ParsedIndicator[] {
  const text = asciiDigits(original);
  const quoted = quotedSpans(text);
  const indicators: ParsedIndicator[] = [];
  let previousEnd = 0;

  for (const m of text.matchAll(QUANTITY)) {
    const start = m.index!;
    const g = m.groups!;
    const before = text.slice(0, start);
    if (spanAround(quoted, start)) continue;
    if (/[第A-Za-z]$/.test(before)) continue; // 第四批 (an ordinal), IPV6
    if (g.unit === "个" && /^[月工]/.test(text.slice(start + m[0].length))) continue; // 3个月, 5个工作日: durations
    // 一 is an article more often than a target (一批, 一个项目一个时间表, 一次), and a bare 百/千
    // is an idiom (百人规模): Chinese numerals count from 2 up and start with a digit (五场, 两项, 三百人).
    const first = toNumber(g.first, g.multiplier);
    if (first === null || (isChineseNumeral(g.first) && (first < 2 || /^[百千]/.test(g.first)))) continue; // 百人规模: an idiom
    const second = g.second ? toNumber(g.second, g.multiplier) : null;
    if (g.second && second === null) continue;

    let end = start + m[0].length;
    let comparator: Comparator = "EXACT";
    if (second !== null) comparator = "RANGE";
    else {
      const after = text.slice(end);
      const suffix = COMPARATOR_AFTER.find(([re]) => re.test(after));
      const prefix = COMPARATOR_BEFORE.find(([re]) => re.test(before));
      if (suffix) {
        comparator = suffix[1];
        end += after.match(suffix[0])![0].length;
      } else if (prefix) comparator = prefix[1];
    }

    // A 、 inside a quoted list (“教坛新秀、…、教育名家”等五个) does not end the clause.
    const clauseStart = Math.max(previousEnd, lastBoundaryOutsideQuotes(before, quoted) + 1);
    const rawAfter = rawLabelAfter(text.slice(end));
    const labelAfter = cleanLabelAfter(rawAfter);
    const labelBefore = cleanLabelBefore(text.slice(clauseStart, start));
    const useAfter = labelAfter.length > 0;
    const sourceEnd = useAfter ? end + text.slice(end).indexOf(rawAfter) + rawAfter.length : end;

    const low = second === null ? null : Math.min(first, second);
    const high = second === null ? null : Math.max(first, second);
    indicators.push({
      label: (useAfter ? labelAfter : labelBefore) || "数量",
      target: low ?? first,
      low,
      high,
      unit: g.unit === "％" ? "%" : g.unit,
      comparator,
      source: original
        .slice(clauseStart, sourceEnd)
        .trim()
        .replace(/^[和及并或、]+/, ""),
    });
    previousEnd = sourceEnd;
  }
  return indicators;
}

function lastBoundaryOutsideQuotes(text: string, quoted: Span[]): number {
  for (let i = text.length - 1; i >= 0; i--) if (CLAUSE_END.test(text[i]) && !spanAround(quoted, i)) return i;
  return -1;
}
