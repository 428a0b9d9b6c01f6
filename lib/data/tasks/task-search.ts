// The /tasks keyword search: validated at the boundary (it comes from the URL).
import "server-only";
import { z } from "zod";
import { messages } from "../../messages/zh-CN.ts";

export const taskSearchSchema = z.object({
  q: z
    .string()
    .trim()
    .max(50, { error: messages.tasks.queryTooLong })
    .optional()
    .transform((q) => q || undefined),
});
export type TaskSearch = z.infer<typeof taskSearchSchema>;

/** Terms of a query: every one must match (spaces separate terms). */
export function searchTerms(q: string | undefined): string[] {
  return q ? [...new Set(q.split(/\s+/).filter(Boolean))] : [];
}
