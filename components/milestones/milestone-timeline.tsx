import { ReportStateBadge } from "@/components/reports/report-state-badge.tsx";
import { UnitRoleBadge } from "@/components/units/unit-role-badge.tsx";
import type { ColourChange, TimelineEntry } from "@/lib/domain/milestones/timeline.ts";
import { formatDate } from "@/lib/format.ts";
import { milestoneMessages as m } from "@/lib/messages/milestones.ts";
import { reportMessages } from "@/lib/messages/reports.ts";
import { statusMessages } from "@/lib/messages/status.ts";
import { MilestoneStateBadge } from "./milestone-state-badge.tsx";

const t = m.timeline;
const DOT: Record<TimelineEntry["kind"], string> = {
  start: "bg-slate-400",
  colour: "bg-amber-500",
  period: "bg-brand-600",
  milestone: "bg-violet-600",
  asOf: "bg-slate-800",
  due: "bg-slate-400",
};

function colourChange(change: ColourChange): string {
  const colour = (c: string) => statusMessages.colours[c as keyof typeof statusMessages.colours] ?? c;
  const cadence = (c: "WEEKLY" | "DAILY") => statusMessages.escalation.cadences[c];
  switch (change.type) {
    case "override":
      return t.colourSet(colour(change.colour), change.reason);
    case "overrideLifted":
      return t.colourLifted(colour(change.colour));
    case "escalated":
      return t.escalated(cadence(change.cadence), change.reason);
    case "escalationEnded":
      return t.escalationEnded;
    case "escalationSet":
      return t.escalationSet(cadence(change.cadence), change.reason);
    case "escalationLifted":
      return t.escalationLifted;
    case "reopened":
      return t.reopened(change.reason);
  }
}

function Entry({ entry }: { entry: TimelineEntry }) {
  switch (entry.kind) {
    case "start":
      return <p className="font-medium">{t.start}</p>;
    case "due":
      return <p className="font-medium">{t.due}</p>;
    case "asOf":
      return <p className="font-bold">{t.today(entry.on)}</p>;
    case "colour":
      return (
        <p>
          <span className="font-medium">{t.colourChange}</span>：{colourChange(entry.change)}
          <span className="ml-2 text-slate-600">{entry.actorName}</span>
        </p>
      );
    case "milestone":
      return (
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-medium">
            {t.milestone(entry.position)}：{entry.title}
          </span>
          <MilestoneStateBadge state={entry.state} daysPastDue={entry.daysPastDue} />
          {entry.completedOn ? <span className="text-slate-700">{m.section.completed(formatDate(entry.completedOn))}</span> : null}
        </p>
      );
    case "period":
      return (
        <div>
          <p className="font-medium">{t.period(entry.label)}</p>
          <ul className="mt-0.5 flex flex-col gap-0.5">
            {entry.units.map((u) => (
              <li key={u.unitId} className="flex flex-wrap items-center gap-1.5 text-slate-700">
                {u.name}
                <UnitRoleBadge role={u.role} />
                {u.state ? (
                  <>
                    <ReportStateBadge state={u.state} />
                    {u.percent !== null ? (
                      <span className="tabular-nums">
                        {reportMessages.details.percent} {u.percent}%
                      </span>
                    ) : null}
                  </>
                ) : (
                  <span className={entry.overdue ? "text-red-800" : "text-slate-600"}>{entry.overdue ? t.noReport : t.pending}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      );
  }
}

/** Everything that happened to the measure, and what is due, in date order. */
export function MilestoneTimeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <ol className="relative space-y-3 border-l-2 border-slate-200 pl-5 text-sm" data-testid="measure-timeline">
      {entries.map((entry, i) => (
        <li key={i} className="relative" data-testid="timeline-entry" data-kind={entry.kind}>
          <span aria-hidden="true" className={`absolute top-1.5 -left-[1.66rem] h-2.5 w-2.5 rounded-full ${DOT[entry.kind]}`} />
          <time dateTime={entry.on} className="block text-slate-600">
            {formatDate(entry.on)}
          </time>
          <Entry entry={entry} />
        </li>
      ))}
    </ol>
  );
}
