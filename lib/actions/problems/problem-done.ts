// What a ledger action did, named in the entry page's URL after it (?done=…) so that the page can
// say so even when the form that did it is no longer there (a decided resolution, a published draft).
import { z } from "zod";

export const PROBLEM_DONE = ["created", "draft", "updated", "published", "raised", "submitted", "verified", "rejected"] as const;
export type ProblemDone = (typeof PROBLEM_DONE)[number];
export const problemDoneSchema = z.enum(PROBLEM_DONE).optional().catch(undefined);
