// A calendar date typed by a user or a client (YYYY-MM-DD), within the years a plan can concern.
// z.iso.date() alone accepts 0000-01-01, which PostgreSQL has no date for (there is no year 0) and
// which failed whole pages and exports as an unexplained error.
import { z } from "zod";
import { messages } from "./messages/zh-CN.ts";

export const DATE_RANGE = { min: "1900-01-01", max: "2999-12-31" } as const;

/** YYYY-MM-DD between DATE_RANGE.min and .max; `error` for a malformed date, the range message otherwise. */
export function calendarDateSchema(error: string) {
  return z.iso
    .date({ error })
    .refine((d) => d >= DATE_RANGE.min && d <= DATE_RANGE.max, { error: messages.dateOutOfRange(DATE_RANGE.min, DATE_RANGE.max) });
}
