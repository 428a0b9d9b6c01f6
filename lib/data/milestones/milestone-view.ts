// A milestone as the measure page, the report form and the API show it, on a status date: its
// state then, and — once an approved report had confirmed it by then — its completion date, the
// confirming report and that report's files as evidence (metadata only, never the bytes). One
// select and one mapping, shared by every reader.
import "server-only";
import { fromDbDate, toChinaDate, type IsoDate } from "../../domain/dates.ts";
import { daysPastDue, milestoneState, type MilestoneState } from "../../domain/milestones/milestone-state.ts";
import type { MilestoneSource, Prisma } from "../../generated/prisma/client.ts";

export const milestoneViewSelect = {
  id: true,
  measureId: true,
  position: true,
  title: true,
  dueOn: true,
  plannedPercent: true,
  source: true,
  deadlinePhrase: true,
  version: true,
  completedOn: true,
  confirmedAt: true,
  confirmedReport: {
    select: {
      id: true,
      unit: { select: { id: true, name: true } },
      period: { select: { label: true } },
      attachments: { orderBy: { id: "asc" }, select: { id: true, fileName: true, mimeType: true, size: true } },
    },
  },
} satisfies Prisma.MilestoneSelect;

export const milestoneOrder = [{ position: "asc" }, { id: "asc" }] satisfies Prisma.MilestoneOrderByWithRelationInput[];

export type MilestoneView = {
  id: number;
  measureId: number;
  position: number;
  title: string;
  dueOn: IsoDate;
  plannedPercent: number | null;
  source: MilestoneSource;
  deadlinePhrase: string | null;
  version: number;
  state: MilestoneState;
  /** Days past the due date while MISSED, else 0. */
  daysPastDue: number;
  /** When it was reached, as the confirming report says (null unless DONE). */
  completedOn: IsoDate | null;
  /** When the report's approval confirmed it (null unless DONE). */
  confirmedAt: string | null;
  confirmation: { reportId: number; unit: { id: number; name: string }; periodLabel: string } | null;
  evidence: { id: number; fileName: string; mimeType: string; size: number }[];
};

export function toMilestoneView(row: Prisma.MilestoneGetPayload<{ select: typeof milestoneViewSelect }>, asOf: IsoDate): MilestoneView {
  const dueOn = fromDbDate(row.dueOn);
  const confirmedOn = row.confirmedAt ? toChinaDate(row.confirmedAt) : null;
  const state = milestoneState({ dueOn, confirmedOn }, asOf);
  const done = state === "DONE";
  const report = done ? row.confirmedReport : null;
  return {
    id: row.id,
    measureId: row.measureId,
    position: row.position,
    title: row.title,
    dueOn,
    plannedPercent: row.plannedPercent,
    source: row.source,
    deadlinePhrase: row.deadlinePhrase,
    version: row.version,
    state,
    daysPastDue: state === "MISSED" ? daysPastDue(dueOn, asOf) : 0,
    completedOn: done && row.completedOn ? fromDbDate(row.completedOn) : null,
    confirmedAt: done && row.confirmedAt ? row.confirmedAt.toISOString() : null,
    confirmation: report ? { reportId: report.id, unit: report.unit, periodLabel: report.period.label } : null,
    evidence: report?.attachments ?? [],
  };
}
