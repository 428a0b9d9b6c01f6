// Calendar dates as ISO strings (YYYY-MM-DD): the domain never needs a time of day or a time
// zone, and strings compare, serialise and test without surprises.

export type IsoDate = string;

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month);
}

export function endOfYear(year: number): IsoDate {
  return isoDate(year, 12, 31);
}

/** A Date at UTC midnight, the form Prisma reads and writes for `@db.Date` columns. */
export function toDbDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function fromDbDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** The calendar date of an instant in China (Asia/Shanghai, UTC+8 all year). */
/** The instant a China calendar day ends (its next midnight, UTC+8): "by the end of `date`". */
export function endOfChinaDay(date: IsoDate): Date {
  return new Date(Date.parse(`${date}T00:00:00+08:00`) + 86_400_000);
}

export function toChinaDate(instant: Date): IsoDate {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The last day of the month before `date`'s month: 2023-06-20 → 2023-05-31. */
export function endOfPreviousMonth(date: IsoDate): IsoDate {
  const [year, month] = date.split("-").map(Number);
  return month === 1 ? isoDate(year - 1, 12, 31) : isoDate(year, month - 1, lastDayOfMonth(year, month - 1));
}

/** `date` moved by `days` calendar days (negative: back): 2023-06-29 + 3 → 2023-07-02. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
