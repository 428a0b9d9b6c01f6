// An extension request as the lists show it (the /extensions page, a measure's page): one select
// and one mapping, with the names of who asked and who decided, and the plan it is in (the bureau's
// list spans the plans in its reach, where 任务1 措施1 of the city and of a county look alike).
import "server-only";
import type { PrismaLike } from "../../db.ts";
import { fromDbDate, type IsoDate } from "../../domain/dates.ts";
import type { ExtensionState, Prisma } from "../../generated/prisma/client.ts";
import { planLabel } from "../../format.ts";
import { userNames } from "../users/user-names.ts";

const planSelect = { id: true, year: true, region: { select: { name: true } } } as const;

export const extensionRowSelect = {
  id: true,
  version: true,
  state: true,
  unit: { select: { id: true, name: true } },
  currentDueOn: true,
  requestedDueOn: true,
  reason: true,
  comment: true,
  requestedById: true,
  requestedAt: true,
  decidedById: true,
  decidedAt: true,
  measure: {
    select: { id: true, number: true, dueDate: true, task: { select: { number: true, title: true } }, plan: { select: planSelect } },
  },
  problem: {
    select: {
      id: true,
      description: true,
      originalDueOn: true,
      measure: { select: { id: true, number: true, task: { select: { number: true, title: true } }, plan: { select: planSelect } } },
    },
  },
} satisfies Prisma.ExtensionRequestSelect;

type Row = Prisma.ExtensionRequestGetPayload<{ select: typeof extensionRowSelect }>;

export type ExtensionRow = {
  id: number;
  version: number;
  state: ExtensionState;
  kind: "MEASURE" | "PROBLEM";
  /** The plan of the measure: its id and its words (2023年度 · 任城区). */
  plan: { id: number; label: string };
  /** The measure, or the ledger entry's measure. */
  measure: { id: number; number: number; task: { number: number; title: string } };
  problem: { id: number; description: string } | null;
  unit: { id: number; name: string };
  /** The first due date of the item (the notice's, or the entry's when it was raised). */
  originalDueOn: IsoDate;
  /** The due date in force when the request was made. */
  currentDueOn: IsoDate;
  requestedDueOn: IsoDate;
  reason: string;
  comment: string | null;
  requestedBy: string;
  requestedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
};

/** The rows with the names of the users who asked and decided (one query for all of them). */
export async function toExtensionRows(db: PrismaLike, rows: Row[]): Promise<ExtensionRow[]> {
  const name = await userNames(
    db,
    rows.flatMap((r) => [r.requestedById, r.decidedById]),
  );
  return rows.map((r) => {
    const measure = r.problem ? r.problem.measure : r.measure!;
    return {
      id: r.id,
      version: r.version,
      state: r.state,
      kind: r.problem ? "PROBLEM" : "MEASURE",
      plan: { id: measure.plan.id, label: planLabel(measure.plan) },
      measure: { id: measure.id, number: measure.number, task: measure.task },
      problem: r.problem ? { id: r.problem.id, description: r.problem.description } : null,
      unit: r.unit,
      originalDueOn: fromDbDate(r.problem ? r.problem.originalDueOn : r.measure!.dueDate),
      currentDueOn: fromDbDate(r.currentDueOn),
      requestedDueOn: fromDbDate(r.requestedDueOn),
      reason: r.reason,
      comment: r.comment,
      requestedBy: name.get(r.requestedById) ?? "",
      requestedAt: r.requestedAt,
      decidedBy: r.decidedById === null ? null : (name.get(r.decidedById) ?? ""),
      decidedAt: r.decidedAt,
    };
  });
}
