// A measure's timeline (工作节点与时间线): its start, its milestones with their states, every unit's
// report by period, the colour changes the audit trail recorded (overrides, 周调度/日调度 starting and
// ending), the status date and the due date, in date order. Pure: the data layer hands in rows
// the viewer may see; nothing here reads a database or formats words.
import { z } from "zod";
import type { ReportState } from "../../auth/permissions.ts";
import type { IsoDate } from "../dates.ts";
import { daysPastDue, milestoneState, type MilestoneState } from "./milestone-state.ts";

export type ColourChange =
  | { type: "override"; colour: string; reason: string }
  | { type: "overrideLifted"; colour: string }
  | { type: "escalated"; cadence: "WEEKLY" | "DAILY"; reason: string }
  | { type: "escalationEnded" }
  | { type: "escalationSet"; cadence: "WEEKLY" | "DAILY"; reason: string }
  | { type: "escalationLifted" }
  | { type: "reopened"; reason: string };

export type TimelineUnitReport = { unitId: number; name: string; role: "LEAD" | "CO"; state: ReportState | null; percent: number | null };

export type TimelineEntry =
  | { kind: "start"; on: IsoDate }
  | { kind: "colour"; on: IsoDate; change: ColourChange; actorName: string }
  | { kind: "period"; on: IsoDate; periodId: number; label: string; dueOn: IsoDate; overdue: boolean; units: TimelineUnitReport[] }
  | {
      kind: "milestone";
      on: IsoDate;
      id: number;
      position: number;
      title: string;
      state: MilestoneState;
      daysPastDue: number;
      completedOn: IsoDate | null;
    }
  | { kind: "asOf"; on: IsoDate }
  | { kind: "due"; on: IsoDate };

export type TimelineInput = {
  asOf: IsoDate;
  measure: { startDate: IsoDate; dueDate: IsoDate; units: { id: number; name: string; role: "LEAD" | "CO" }[] };
  milestones: { id: number; position: number; title: string; dueOn: IsoDate; confirmedOn: IsoDate | null; completedOn: IsoDate | null }[];
  /** The plan's monthly periods, and any other period a visible report is for. */
  periods: { id: number; label: string; startsOn: IsoDate; endsOn: IsoDate; dueOn: IsoDate; kind: "MONTHLY" | "WEEKLY" | "DAILY" }[];
  /** The reports on the measure the viewer may read. */
  reports: { periodId: number; unitId: number; state: ReportState; percent: number | null }[];
  /** The measure's audit events (any action; those that are no colour change are left out). */
  events: { on: IsoDate; action: string; actorName: string; before: unknown; after: unknown }[];
};

const ORDER: Record<TimelineEntry["kind"], number> = { start: 0, colour: 1, period: 2, milestone: 3, asOf: 4, due: 5 };

const cadence = z.enum(["WEEKLY", "DAILY"]);
const withColour = z.object({ colour: z.string(), reason: z.string().default("") });
const withCadence = z.object({ cadence, reason: z.string().default("") });

/** The colour change an audit event records, or null when it records none (or cannot be read). */
export function colourChangeOf(event: { action: string; before: unknown; after: unknown }): ColourChange | null {
  const read = <T>(schema: z.ZodType<T>, value: unknown): T | null => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : null;
  };
  switch (event.action) {
    case "status.override": {
      const v = read(withColour, event.after);
      return v && { type: "override", colour: v.colour, reason: v.reason };
    }
    case "status.override.lift": {
      const v = read(withColour, event.before);
      return v && { type: "overrideLifted", colour: v.colour };
    }
    case "escalation.start": {
      const v = read(withCadence, event.after);
      return v && { type: "escalated", cadence: v.cadence, reason: v.reason };
    }
    case "escalation.set": {
      const v = read(withCadence, event.after);
      return v && { type: "escalationSet", cadence: v.cadence, reason: v.reason };
    }
    case "escalation.end":
      return { type: "escalationEnded" };
    case "escalation.lift":
      return { type: "escalationLifted" };
    case "measure.reopen": {
      const v = read(z.object({ reason: z.string() }), event.after);
      return v && { type: "reopened", reason: v.reason };
    }
    default:
      return null;
  }
}

export function buildTimeline(input: TimelineInput): TimelineEntry[] {
  const { asOf, measure } = input;
  const entries: TimelineEntry[] = [
    { kind: "start", on: measure.startDate },
    { kind: "due", on: measure.dueDate },
    { kind: "asOf", on: asOf },
  ];

  for (const m of input.milestones) {
    const state = milestoneState(m, asOf);
    entries.push({
      kind: "milestone",
      on: m.dueOn,
      id: m.id,
      position: m.position,
      title: m.title,
      state,
      daysPastDue: state === "MISSED" ? daysPastDue(m.dueOn, asOf) : 0,
      completedOn: state === "DONE" ? m.completedOn : null,
    });
  }

  const reportOf = new Map(input.reports.map((r) => [`${r.periodId}:${r.unitId}`, r]));
  const reported = new Set(input.reports.map((r) => r.periodId));
  for (const p of input.periods) {
    // The measure's months up to the status date; other periods only where a report was made.
    const inSpan = p.kind === "MONTHLY" && p.endsOn >= measure.startDate && p.startsOn <= measure.dueDate && p.startsOn <= asOf;
    if (!inSpan && !reported.has(p.id)) continue;
    entries.push({
      kind: "period",
      on: p.endsOn,
      periodId: p.id,
      label: p.label,
      dueOn: p.dueOn,
      overdue: p.dueOn < asOf,
      units: measure.units.map((u) => {
        const r = reportOf.get(`${p.id}:${u.id}`);
        return { unitId: u.id, name: u.name, role: u.role, state: r?.state ?? null, percent: r?.percent ?? null };
      }),
    });
  }

  for (const e of input.events) {
    if (e.on > asOf) continue;
    const change = colourChangeOf(e);
    if (change) entries.push({ kind: "colour", on: e.on, change, actorName: e.actorName });
  }

  // Stable: entries of one kind on one date keep the order they were given in.
  return entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => a.entry.on.localeCompare(b.entry.on) || ORDER[a.entry.kind] - ORDER[b.entry.kind] || a.i - b.i)
    .map(({ entry }) => entry);
}
