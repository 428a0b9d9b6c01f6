// Display formatting (the data layer returns plain values; pages turn them into words here).
import type { IsoDate } from "./domain/dates.ts";
import { messages } from "./messages/zh-CN.ts";

/** "2023-06-30" → "2023年6月30日" */
export function formatDate(date: IsoDate): string {
  const [year, month, day] = date.split("-").map(Number);
  return `${year}年${month}月${day}日`;
}

// No digit grouping: the bureau writes 40000, and readers search the page for it. One formatter
// for the process (toLocaleString would build a new one on every call).
const NUMBER = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 4, useGrouping: false });

/** 40000 → "40000"; 0.9 → "0.9" */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

type IndicatorTarget = {
  target: number;
  low: number | null;
  high: number | null;
  unit: string;
  comparator: keyof typeof messages.comparators;
};

/** The target as a reader says it: 不低于 72 学时, 约 150 项, 1–2 次, 28 所. */
export function formatTarget(i: IndicatorTarget): string {
  const unit = i.unit === "%" ? "%" : ` ${i.unit}`;
  if (i.comparator === "RANGE" && i.low !== null && i.high !== null) return `${formatNumber(i.low)}–${formatNumber(i.high)}${unit}`;
  const prefix = i.comparator === "EXACT" ? "" : `${messages.comparators[i.comparator]} `;
  return `${prefix}${formatNumber(i.target)}${unit}`;
}

const CHINA_DATE_TIME = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** A moment in China time: "2023/6/3 14:05" → "2023年6月3日 14:05". */
export function formatDateTime(at: Date): string {
  const parts = CHINA_DATE_TIME.formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}年${part("month")}月${part("day")}日 ${part("hour")}:${part("minute")}`;
}

/** 1536 → "1.5 KB"; 20971520 → "20 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round((bytes / 1024) * 10) / 10)} KB`;
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

/** A plan as the switcher and lists name it: "2023年度 · 市本级", "2024年度 · 任城区". */
export function planLabel(plan: { year: number; region: { name: string } }): string {
  return `${plan.year}年度 · ${plan.region.name}`;
}
