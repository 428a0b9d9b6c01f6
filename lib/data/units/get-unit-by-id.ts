// One responsible unit and a plan's measures it leads or co-owns.
import "server-only";
import { fromDbDate, type IsoDate } from "../../domain/dates.ts";
import type { UnitRole } from "../../generated/prisma/client.ts";
import { prisma } from "../../db.ts";
import type { PlanSummary } from "../plans/resolve-plan.ts";

export type UnitMeasure = {
  id: number;
  role: UnitRole;
  task: { number: number; title: string };
  number: number;
  text: string;
  dueDate: IsoDate;
  deadlinePhrase: string | null;
  /** The measure's other units, in the notice's order. */
  partners: { id: number; name: string; role: UnitRole }[];
};
export type UnitDetail = { plan: PlanSummary; id: number; name: string; region: { id: number; name: string }; measures: UnitMeasure[] };

/** The unit, or null when no unit has this id. */
export async function getUnitById(plan: PlanSummary, id: number): Promise<UnitDetail | null> {
  const db = await prisma();
  const unit = await db.unit.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      region: { select: { id: true, name: true } },
      measures: {
        where: { measure: { planId: plan.id } },
        select: {
          role: true,
          measure: {
            select: {
              id: true,
              number: true,
              text: true,
              dueDate: true,
              deadlinePhrase: true,
              task: { select: { number: true, title: true } },
              units: { orderBy: { position: "asc" }, select: { role: true, unit: { select: { id: true, name: true } } } },
            },
          },
        },
      },
    },
  });
  if (!unit) return null;
  const measures = unit.measures
    .map(({ role, measure: m }) => ({
      id: m.id,
      role,
      task: m.task,
      number: m.number,
      text: m.text,
      dueDate: fromDbDate(m.dueDate),
      deadlinePhrase: m.deadlinePhrase,
      partners: m.units.filter((u) => u.unit.id !== unit.id).map((u) => ({ ...u.unit, role: u.role })),
    }))
    .sort((a, b) => a.task.number - b.task.number || a.number - b.number);
  return { plan, id: unit.id, name: unit.name, region: unit.region, measures };
}
