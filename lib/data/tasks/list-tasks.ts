// The task list grouped under its actions, optionally filtered by keywords that must each
// appear in the task's title, one of its measures' text, or one of its units' names.
import "server-only";
import type { Prisma } from "../../generated/prisma/client.ts";
import { prisma } from "../../db.ts";
import type { PlanSummary } from "../plans/resolve-plan.ts";
import { searchTerms } from "./task-search.ts";

export type TaskListItem = {
  number: number;
  title: string;
  measureCount: number;
  leadUnits: { id: number; name: string }[];
  /** Measures whose text matches the search, for showing where a term was found. */
  matchingMeasures: { number: number; text: string }[];
};
export type TaskList = {
  plan: PlanSummary;
  terms: string[];
  actions: { number: number; title: string; tasks: TaskListItem[] }[];
  total: number;
};

function taskMatches(term: string): Prisma.TaskWhereInput {
  const contains = { contains: term, mode: "insensitive" as const };
  return {
    OR: [
      { title: contains },
      { measures: { some: { text: contains } } },
      { measures: { some: { units: { some: { unit: { name: contains } } } } } },
    ],
  };
}

/** The plan's tasks (the notice is public: no viewer needed). */
export async function listTasks(plan: PlanSummary, query?: string): Promise<TaskList> {
  const terms = searchTerms(query);
  const db = await prisma();
  const actions = await db.action.findMany({
    where: { planId: plan.id },
    orderBy: { number: "asc" },
    select: {
      number: true,
      title: true,
      tasks: {
        where: { AND: terms.map(taskMatches) },
        orderBy: { number: "asc" },
        select: {
          number: true,
          title: true,
          measures: {
            orderBy: { number: "asc" },
            select: {
              number: true,
              text: true,
              units: { where: { role: "LEAD" }, select: { unit: { select: { id: true, name: true } } } },
            },
          },
        },
      },
    },
  });

  const lowered = terms.map((t) => t.toLowerCase());
  const grouped = actions.map((action) => ({
    number: action.number,
    title: action.title,
    tasks: action.tasks.map((task) => ({
      number: task.number,
      title: task.title,
      measureCount: task.measures.length,
      leadUnits: uniqueById(task.measures.flatMap((m) => m.units.map((u) => u.unit))),
      matchingMeasures: lowered.length
        ? task.measures.filter((m) => lowered.some((t) => m.text.toLowerCase().includes(t))).map(({ number, text }) => ({ number, text }))
        : [],
    })),
  }));
  // While searching, actions without a matching task are left out.
  const visible = terms.length ? grouped.filter((a) => a.tasks.length > 0) : grouped;
  return { plan, terms, actions: visible, total: visible.reduce((n, a) => n + a.tasks.length, 0) };
}

function uniqueById<T extends { id: number }>(items: T[]): T[] {
  return [...new Map(items.map((i) => [i.id, i])).values()];
}
