// "Today" for every date rule (current period, due, overdue). The bureau works on China time,
// so the date is taken in Asia/Shanghai, not the server's zone. DUBAN_TODAY overrides it.
import type { IsoDate } from "./domain/dates.ts";
import { readEnv } from "./env.ts";

const CHINA_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });

export function today(now: Date = new Date()): IsoDate {
  return readEnv().DUBAN_TODAY ?? CHINA_DATE.format(now);
}
