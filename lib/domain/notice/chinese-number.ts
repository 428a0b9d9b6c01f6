// Chinese numerals as the bureau writes them in targets and headings: 五场, 十一届, 二十六, 一百, 两.

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const POWERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The characters a Chinese numeral below 10 000 is made of (for building regular expressions). */
export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千";

/** Parses 五 → 5, 十一 → 11, 二十六 → 26, 一百零五 → 105, 百 → 100; null when it is not a numeral. */
export function parseChineseNumber(text: string): number | null {
  if (!text || ![...text].every((ch) => ch in DIGITS || ch in POWERS)) return null;
  let total = 0;
  let pending: number | null = null; // a digit waiting for its power (or the units place)
  for (const ch of text) {
    if (ch in DIGITS) {
      pending = DIGITS[ch];
      continue;
    }
    // 十 on its own means 10 (十一 = 11), so a missing digit before a power counts as 1.
    total += (pending ?? 1) * POWERS[ch];
    pending = null;
  }
  return total + (pending ?? 0);
}

/** A number written in Arabic digits (possibly with a decimal point) or in Chinese numerals. */
export function parseAnyNumber(text: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  return parseChineseNumber(text);
}

const DIGIT_CHARS = "零一二三四五六七八九";

/** 1 → 一, 10 → 十, 11 → 十一, 26 → 二十六, 105 → 一百零五 (below 1000), as headings are numbered. */
export function toChineseNumber(n: number): string {
  if (n < 10) return DIGIT_CHARS[n];
  if (n < 20) return `十${n % 10 ? DIGIT_CHARS[n % 10] : ""}`;
  if (n < 100) return `${DIGIT_CHARS[Math.floor(n / 10)]}十${n % 10 ? DIGIT_CHARS[n % 10] : ""}`;
  const rest = n % 100;
  const tail = rest === 0 ? "" : rest < 10 ? `零${DIGIT_CHARS[rest]}` : rest < 20 ? `一${toChineseNumber(rest)}` : toChineseNumber(rest);
  return `${DIGIT_CHARS[Math.floor(n / 100)]}百${tail}`;
}
