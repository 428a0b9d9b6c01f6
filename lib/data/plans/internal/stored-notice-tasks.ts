// A stored plan's notice part (not the carried-over measures) in the shape the import preview's diff
// compares (lib/domain/plans/notice-diff.ts), and the same shape of a parsed notice.
import type { PrismaLike } from "../../../db.ts";
import { fromDbDate } from "../../../domain/dates.ts";
import type { ParsedNotice } from "../../../domain/notice/parse-notice.ts";
import type { DiffTask } from "../../../domain/plans/notice-diff.ts";

export async function storedNoticeTasks(db: PrismaLike, planId: number): Promise<DiffTask[]> {
  const tasks = await db.task.findMany({
    where: { planId, action: { carryOver: false } },
    orderBy: { number: "asc" },
    select: {
      number: true,
      title: true,
      measures: {
        orderBy: { number: "asc" },
        select: {
          number: true,
          text: true,
          dueDate: true,
          units: { orderBy: { position: "asc" }, select: { role: true, unit: { select: { name: true } } } },
          indicators: { orderBy: { position: "asc" }, select: { source: true } },
        },
      },
    },
  });
  return tasks.map((t) => ({
    number: t.number,
    title: t.title,
    measures: t.measures.map((m) => ({
      number: m.number,
      text: m.text,
      dueDate: fromDbDate(m.dueDate),
      units: m.units.map((u) => ({ name: u.unit.name, role: u.role })),
      indicators: m.indicators.map((i) => i.source),
    })),
  }));
}

export function parsedNoticeTasks(notice: ParsedNotice): DiffTask[] {
  return notice.actions.flatMap((a) =>
    a.tasks.map((t) => ({
      number: t.number,
      title: t.title,
      measures: t.measures.map((m) => ({
        number: m.number,
        text: m.text,
        dueDate: m.dueDate,
        units: m.units,
        indicators: m.indicators.map((i) => i.source),
      })),
    })),
  );
}
