// Record ids from forms and query strings: a positive integer that fits PostgreSQL's int4. A larger
// number would otherwise reach the database and fail there as an unexplained error, not here with
// a message.
import { z } from "zod";
import { messages } from "./messages/zh-CN.ts";

export const INT4_MAX = 2_147_483_647;

export function recordIdSchema(error: string = messages.invalidId) {
  return z.coerce.number({ error }).int({ error }).positive({ error }).max(INT4_MAX, { error });
}
