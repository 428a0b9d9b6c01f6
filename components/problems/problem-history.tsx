import { Card } from "@/components/ui/card.tsx";
import type { ProblemHistoryEntry } from "@/lib/data/problems/get-problem.ts";
import { formatDate, formatDateTime } from "@/lib/format.ts";
import { problemMessages as m } from "@/lib/messages/problems.ts";

const h = m.history;
const FIELD = {
  measureId: h.fields.measure,
  description: h.fields.description,
  unitId: h.fields.unit,
  responsiblePerson: h.fields.person,
  dueOn: h.fields.due,
  remedy: h.fields.remedy,
} as const;
const stateName = (s: keyof typeof m.states) => m.states[s];

/** The entry's timeline, oldest first: who registered, changed, resolved, rejected or closed it out. */
export function ProblemHistory({ entries }: { entries: ProblemHistoryEntry[] }) {
  return (
    <Card aria-labelledby="problem-history-title">
      <h2 id="problem-history-title" className="mb-3 text-lg font-bold">
        {m.detail.historyTitle}
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-700">{m.detail.noHistory}</p>
      ) : (
        <ol className="relative space-y-4 border-l-2 border-slate-200 pl-5">
          {entries.map(({ id, at, actorName, change: c }) => {
            const details = [
              c.source && h.source[c.source] ? h.source[c.source] : null,
              c.fromState && c.toState && c.fromState !== c.toState ? h.stateChange(stateName(c.fromState), stateName(c.toState)) : null,
              c.changedFields.filter((f) => f !== "dueOn").length
                ? h.changed(
                    c.changedFields
                      .filter((f) => f !== "dueOn")
                      .map((f) => FIELD[f])
                      .join("、"),
                  )
                : null,
              c.dueChange ? h.dueChange(formatDate(c.dueChange.from), formatDate(c.dueChange.to)) : null,
              c.files.length ? h.files(c.files.join("、")) : null,
            ].filter((x): x is string => Boolean(x));
            return (
              <li key={id} className="relative text-sm" data-testid="problem-history-entry" data-step={c.step}>
                <span
                  aria-hidden="true"
                  className={`absolute top-1.5 -left-[1.66rem] h-2.5 w-2.5 rounded-full ${c.step === "reject" ? "bg-amber-600" : c.step === "verify" ? "bg-green-700" : "bg-brand-600"}`}
                />
                <p>
                  <time dateTime={at.toISOString()} className="text-slate-600">
                    {formatDateTime(at)}
                  </time>
                  <span className="ml-2 font-medium">{actorName}</span>
                  <span className="ml-2 font-bold" data-testid="problem-history-step">
                    {h.steps[c.step]}
                  </span>
                </p>
                {details.length ? <p className="mt-0.5 text-slate-700">{details.join("；")}</p> : null}
                {c.reason ? (
                  <p className="mt-0.5 text-amber-900" data-testid="problem-history-reason">
                    {h.reason(c.reason)}
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
