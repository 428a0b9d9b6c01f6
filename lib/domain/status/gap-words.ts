// The gap between 序时进度 and actual progress in words (issue 15 "words that agree with colours"):
// behind is 滞后, ahead is 超前, never a negative 差距. Used by the reasons and every page that shows
// the gap.
const fmt = (n: number) => String(Math.round(n * 10) / 10);

/** Gap = expected − actual, percentage points: "滞后序时进度 12.5 个百分点", "超前序时进度 20.4 个百分点", "与序时进度持平". */
export function gapWords(gap: number): string {
  if (gap > 0) return `滞后序时进度 ${fmt(gap)} 个百分点`;
  if (gap < 0) return `超前序时进度 ${fmt(-gap)} 个百分点`;
  return "与序时进度持平";
}
