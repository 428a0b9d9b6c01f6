// Display formatting (the data layer returns plain values; pages turn them into words here).
import type { IsoDate } from "./domain/dates.ts";
import { messages } from "./messages/zh-CN.ts";

/** "2023-06-30" → "2023年6月30日" */
export function formatDate(date: IsoDate): string {
  const [year, month, day] = date.split("-").map(Number);
  return `${year}年${month}月${day}日`;
}

/** 40000 → "40000"; 0.9 → "0.9" */
export function formatNumber(value: number): string {
  // No digit grouping: the bureau writes 40000, and readers search the page for it.
  return value.toLocaleString("zh-CN", { maximumFractionDigits: 4, useGrouping: false });
}

type IndicatorTarget = { target: number; low: number | null; high: number | null; unit: string; comparator: keyof typeof messages.comparators };

/** The target as a reader says it: 不低于 72 学时, 约 150 项, 1–2 次, 28 所. */
export function formatTarget(i: IndicatorTarget): string {
  const unit = i.unit === "%" ? "%" : ` ${i.unit}`;
  if (i.comparator === "RANGE" && i.low !== null && i.high !== null) return `${formatNumber(i.low)}–${formatNumber(i.high)}${unit}`;
  const prefix = i.comparator === "EXACT" ? "" : `${messages.comparators[i.comparator]} `;
  return `${prefix}${formatNumber(i.target)}${unit}`;
}

// "sv-SE" writes dates as YYYY-MM-DD HH:mm:ss; the bureau works on China time whatever the server's zone.
const CHINA_DATE_TIME = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** A moment in Beijing time: "2023-06-03 14:05:09". */
export function formatDateTime(at: Date): string {
  return CHINA_DATE_TIME.format(at);
}
