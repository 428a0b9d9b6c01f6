// A measure as the task page and the API show it: text, dates, its units in notice order (lead
// first) and its indicators. One select and one mapping, shared by both readers.
import "server-only";
import { fromDbDate, type IsoDate } from "../../domain/dates.ts";
import type { Comparator, Prisma, UnitRole } from "../../generated/prisma/client.ts";

export const measureDetailSelect = {
  id: true,
  number: true,
  text: true,
  startDate: true,
  dueDate: true,
  deadlinePhrase: true,
  weight: true,
  units: { orderBy: { position: "asc" }, select: { role: true, unit: { select: { id: true, name: true } } } },
  indicators: {
    orderBy: { position: "asc" },
    select: { id: true, position: true, label: true, target: true, low: true, high: true, unit: true, comparator: true, source: true },
  },
} satisfies Prisma.MeasureSelect;

export type MeasureDetail = {
  id: number;
  number: number;
  text: string;
  startDate: IsoDate;
  dueDate: IsoDate;
  deadlinePhrase: string | null;
  weight: number;
  units: { id: number; name: string; role: UnitRole }[];
  indicators: {
    id: number;
    position: number;
    label: string;
    target: number;
    low: number | null;
    high: number | null;
    unit: string;
    comparator: Comparator;
    source: string;
  }[];
};

export function toMeasureDetail(row: Prisma.MeasureGetPayload<{ select: typeof measureDetailSelect }>): MeasureDetail {
  return {
    ...row,
    startDate: fromDbDate(row.startDate),
    dueDate: fromDbDate(row.dueDate),
    units: row.units.map((u) => ({ ...u.unit, role: u.role })),
  };
}
