// A unit hears at once when the bureau (directly or from an inspection) puts a ledger entry on it,
// not only from the reminder three days before its deadline. Inside the entry's transaction.
import "server-only";
import type { PrismaTx } from "../../../db.ts";
import { fromDbDate } from "../../../domain/dates.ts";
import { shortDescription } from "../../../domain/problems/problem-workflow.ts";
import { formatDate } from "../../../format.ts";
import { problemMessages as m } from "../../../messages/problems.ts";
import { notifyUnit } from "../../notifications/notify.ts";

export async function notifyProblemAssigned(
  tx: PrismaTx,
  entry: { id: number; unitId: number; description: string; dueOn: Date },
): Promise<void> {
  await notifyUnit(tx, entry.unitId, {
    kind: "PROBLEM_ASSIGNED",
    title: m.assigned.title(shortDescription(entry.description, 30)),
    body: m.assigned.body(formatDate(fromDbDate(entry.dueOn))),
    href: `/problems/${entry.id}`,
  });
}
