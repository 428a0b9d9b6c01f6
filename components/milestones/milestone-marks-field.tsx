// The report form's 工作节点完成情况: the unit ticks the milestones reached and gives each one's date.
// Milestones already confirmed are shown, not offered. Rendered inside the (client) report form.
import type { MilestoneState } from "@/lib/domain/milestones/milestone-state.ts";
import { fromDbDate, type IsoDate } from "@/lib/domain/dates.ts";
import { formatDate } from "@/lib/format.ts";
import { milestoneMessages as m } from "@/lib/messages/milestones.ts";
import { MilestoneStateBadge } from "./milestone-state-badge.tsx";

export type MarkableMilestone = {
  id: number;
  position: number;
  title: string;
  dueOn: IsoDate;
  state: MilestoneState;
  daysPastDue: number;
  completedOn: IsoDate | null;
};

const r = m.report;

export function MilestoneMarksField({
  milestones,
  marks,
  today,
  error,
}: {
  milestones: MarkableMilestone[];
  /** What the report marks now. */
  marks: { milestoneId: number; reachedOn: Date }[];
  today: IsoDate;
  error?: string;
}) {
  const marked = new Map(marks.map((mark) => [mark.milestoneId, fromDbDate(mark.reachedOn)]));
  return (
    <fieldset data-testid="milestone-marks-field" aria-describedby={error ? "milestones-error" : "milestones-hint"}>
      <legend className="mb-1 font-medium">{r.legend}</legend>
      {milestones.length === 0 ? (
        <p className="text-sm text-slate-600">{r.none}</p>
      ) : (
        <>
          <p id="milestones-hint" className="mb-2 text-sm text-slate-600">
            {r.hint}
          </p>
          <ul className="space-y-3">
            {milestones.map((ms) => (
              <li key={ms.id} className="rounded border border-slate-200 p-2" data-testid="milestone-mark">
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <span className="text-slate-600">{m.section.position(ms.position)}</span>
                  <MilestoneStateBadge state={ms.state} daysPastDue={ms.daysPastDue} />
                  <span className="text-slate-600">{r.due(formatDate(ms.dueOn))}</span>
                </p>
                {ms.state === "DONE" ? (
                  <p className="mt-1 text-sm">
                    {ms.title}
                    <span className="ml-2 text-green-900">{r.alreadyDone(ms.completedOn ? formatDate(ms.completedOn) : "")}</span>
                  </p>
                ) : (
                  <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1">
                    <span className="flex items-start gap-2">
                      <input
                        type="checkbox"
                        id={`milestone-${ms.id}`}
                        name="milestones"
                        value={ms.id}
                        defaultChecked={marked.has(ms.id)}
                        className="mt-1"
                      />
                      <label htmlFor={`milestone-${ms.id}`} className="text-sm">
                        {r.reached(ms.title)}
                      </label>
                    </span>
                    <span className="flex items-center gap-2 text-sm">
                      <label htmlFor={`reachedOn-${ms.id}`}>
                        {r.reachedOn}
                        <span className="sr-only">（{ms.title}）</span>
                      </label>
                      <input
                        type="date"
                        id={`reachedOn-${ms.id}`}
                        name={`reachedOn_${ms.id}`}
                        max={today}
                        defaultValue={marked.get(ms.id) ?? ""}
                        className="rounded border border-slate-300 bg-white px-2 py-1"
                      />
                    </span>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {error ? (
        <p id="milestones-error" className="mt-1 text-sm text-red-700" data-testid="milestones-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
