import { AttachmentLink } from "@/components/reports/attachment-link.tsx";
import type { MeasureTimeline } from "@/lib/data/milestones/get-measure-timeline.ts";
import { daysBetween } from "@/lib/domain/status/expected-progress.ts";
import { formatDate } from "@/lib/format.ts";
import { milestoneMessages as m } from "@/lib/messages/milestones.ts";
import { reportMessages } from "@/lib/messages/reports.ts";
import { MilestoneControls } from "./milestone-controls.tsx";
import { MilestoneStateBadge } from "./milestone-state-badge.tsx";

const s = m.section;

/** The measure's milestones in order: due date, plan, state, completion with its evidence, the reports' marks; coordinators' controls. */
export function MilestoneList({ milestones, canManage }: { milestones: MeasureTimeline["milestones"]; canManage: boolean }) {
  return (
    <ol className="space-y-3" data-testid="milestone-list">
      {milestones.map((ms, i) => (
        <li key={ms.id} className="rounded-md border border-slate-200 p-3" data-testid="milestone" data-state={ms.state}>
          <p className="flex flex-wrap items-start gap-2">
            <span className="shrink-0 text-sm font-bold text-slate-600">{s.position(ms.position)}</span>
            <span className="min-w-0 flex-1 font-medium" data-testid="milestone-title">
              {ms.title}
            </span>
            <MilestoneStateBadge state={ms.state} daysPastDue={ms.daysPastDue} />
          </p>
          <p className="mt-1 text-sm text-slate-700">
            {[s.due(formatDate(ms.dueOn)), ms.plannedPercent !== null ? s.planned(ms.plannedPercent) : null, s.source(m.sources[ms.source])]
              .filter(Boolean)
              .join(" · ")}
          </p>
          {ms.state === "DONE" && ms.completedOn ? (
            <div className="mt-1 text-sm text-green-900" data-testid="milestone-done">
              <p>
                {ms.completedOn > ms.dueOn
                  ? s.completedLate(formatDate(ms.completedOn), daysBetween(ms.dueOn, ms.completedOn))
                  : s.completed(formatDate(ms.completedOn))}
                {ms.confirmation ? ` · ${s.confirmedBy(ms.confirmation.unit.name, ms.confirmation.periodLabel)}` : null}
              </p>
              {ms.evidence.length ? (
                <p className="mt-0.5 text-slate-800">
                  {s.evidence}：
                  {ms.evidence.map((file, n) => (
                    <span key={file.id}>
                      {n > 0 ? "；" : null}
                      <AttachmentLink file={file} />
                    </span>
                  ))}
                </p>
              ) : null}
            </div>
          ) : null}
          {ms.state !== "DONE" && ms.marks.length ? (
            <ul className="mt-1 text-sm text-slate-700" data-testid="milestone-marks">
              {ms.marks.map((mark) => (
                <li key={mark.reportId}>
                  {s.marked(mark.unitName, mark.periodLabel, reportMessages.states[mark.state], formatDate(mark.reachedOn))}
                </li>
              ))}
            </ul>
          ) : null}
          {canManage ? <MilestoneControls milestone={ms} first={i === 0} last={i === milestones.length - 1} /> : null}
        </li>
      ))}
    </ol>
  );
}
