import { Card } from "@/components/ui/card.tsx";
import type { MeasureChase } from "@/lib/data/chases/list-measure-chases.ts";
import type { HistoryEntry } from "@/lib/data/reports/get-measure-history.ts";
import { formatDateTime } from "@/lib/format.ts";
import { notificationMessages } from "@/lib/messages/notifications.ts";
import { reportMessages as m } from "@/lib/messages/reports.ts";

const h = m.history;

function stepLabel(entry: HistoryEntry): string {
  const { step, fromState } = entry.change;
  if (step === "submit" && fromState === null) return h.createdAndSubmitted;
  return h.steps[step];
}

/** A 催办 in the timeline: who chased which unit about what, and the message. */
function ChaseItem({ chase }: { chase: MeasureChase }) {
  const c = notificationMessages.chase;
  return (
    <li className="relative text-sm" data-testid="history-chase">
      <span aria-hidden="true" className="absolute top-1.5 -left-[1.66rem] h-2.5 w-2.5 rounded-full bg-red-600" />
      <p>
        <time dateTime={chase.at.toISOString()} className="text-slate-600">
          {formatDateTime(chase.at)}
        </time>
        <span className="ml-2 font-medium">{chase.senderName}</span>
        <span className="ml-2 font-bold text-red-800">{c.history(chase.unit.name)}</span>
        <span className="ml-2 text-slate-700">
          {chase.period ? chase.period.label : chase.problem ? c.historyProblem(chase.problem.description) : ""}
        </span>
      </p>
      <p className="mt-0.5 break-words text-slate-800">{chase.message}</p>
    </li>
  );
}

/** The measure's timeline, oldest first: who did what to which unit's report, and what changed; chases among them. */
export function MeasureHistory({ entries, chases = [] }: { entries: HistoryEntry[]; chases?: MeasureChase[] }) {
  const timeline = [...entries.map((entry) => ({ at: entry.at, entry })), ...chases.map((chase) => ({ at: chase.at, chase }))].sort(
    (a, b) => a.at.getTime() - b.at.getTime(),
  );
  return (
    <Card aria-labelledby="history-title">
      <h2 id="history-title" className="mb-3 text-lg font-bold">
        {m.measurePage.historyTitle}
      </h2>
      {timeline.length === 0 ? (
        <p className="text-sm text-slate-700">{m.measurePage.noHistory}</p>
      ) : (
        <ol className="relative space-y-4 border-l-2 border-slate-200 pl-5">
          {timeline.map((item) => {
            if ("chase" in item) return <ChaseItem key={`chase-${item.chase.id}`} chase={item.chase} />;
            const { entry } = item;
            const c = entry.change;
            const details = [
              c.fromState && c.toState && c.fromState !== c.toState ? h.stateChange(m.states[c.fromState], m.states[c.toState]) : null,
              c.changedFields.length
                ? (c.fromState === null ? h.filled : h.changed)(c.changedFields.map((f) => h.fields[f]).join("、"))
                : null,
              c.attachmentsAdded.length ? h.filesAdded(c.attachmentsAdded.join("、")) : null,
              c.attachmentsRemoved.length ? h.filesRemoved(c.attachmentsRemoved.join("、")) : null,
            ].filter((d): d is string => d !== null);
            return (
              <li key={entry.id} className="relative text-sm" data-testid="history-entry" data-step={c.step}>
                <span aria-hidden="true" className="absolute top-1.5 -left-[1.66rem] h-2.5 w-2.5 rounded-full bg-brand-600" />
                <p>
                  <time dateTime={entry.at.toISOString()} className="text-slate-600">
                    {formatDateTime(entry.at)}
                  </time>
                  <span className="ml-2 font-medium">{entry.actorName}</span>
                  <span className="ml-2 font-bold" data-testid="history-step">
                    {stepLabel(entry)}
                  </span>
                  <span className="ml-2 text-slate-700">
                    {entry.unit.name} · {entry.period.label}
                  </span>
                </p>
                {details.length ? <p className="mt-0.5 text-slate-700">{details.join("；")}</p> : null}
                {c.returnReason ? (
                  <p className="mt-0.5 text-amber-900" data-testid="history-reason">
                    {h.reason(c.returnReason)}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
