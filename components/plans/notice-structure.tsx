import { actionOrdinal } from "@/components/plan/action-overview.tsx";
import { UnitRoleBadge } from "@/components/units/unit-role-badge.tsx";
import type { ParsedNotice } from "@/lib/domain/notice/parse-notice.ts";
import { formatDate, formatTarget } from "@/lib/format.ts";
import { planMessages } from "@/lib/messages/plans.ts";
import { messages } from "@/lib/messages/zh-CN.ts";

const p = planMessages.preview;

/** The parsed notice as it will be imported: actions → tasks → measures with every field read. */
export function NoticeStructure({ notice }: { notice: ParsedNotice }) {
  return (
    <div className="space-y-3" data-testid="notice-structure">
      {notice.actions.map((action) => (
        <details key={action.number} open={notice.actions.length <= 3} className="rounded-lg border border-slate-200 bg-white">
          <summary className="cursor-pointer px-4 py-2 font-bold">
            {actionOrdinal(action.number)}、{action.title}
            <span className="ml-2 text-sm font-normal text-slate-600">{p.taskCount(action.tasks.length)}</span>
          </summary>
          <ol className="divide-y divide-slate-100 border-t border-slate-100">
            {action.tasks.map((task) => (
              <li key={task.number} className="px-4 py-3">
                <p className="font-medium">
                  {messages.tasks.number(task.number)}：{task.title}
                  <span className="ml-2 text-xs font-normal text-slate-500">{p.line(task.line)}</span>
                </p>
                <ol className="mt-2 space-y-3">
                  {task.measures.map((m) => (
                    <li key={m.number} className="rounded bg-slate-50 p-2 text-sm" data-testid="preview-measure">
                      <p className="leading-6 text-slate-800">
                        <span className="mr-1 text-slate-600">{messages.tasks.measure(m.number)}</span>
                        {m.text}
                      </p>
                      <dl className="mt-1 grid gap-x-3 gap-y-1 sm:grid-cols-[5rem_1fr]">
                        <dt className="text-slate-600">{messages.measure.units}</dt>
                        <dd className="flex flex-wrap gap-2">
                          {m.units.map((u) => (
                            <span key={u.name} className="inline-flex items-center gap-1">
                              <UnitRoleBadge role={u.role} />
                              {u.name}
                            </span>
                          ))}
                        </dd>
                        <dt className="text-slate-600">{messages.measure.deadline}</dt>
                        <dd>
                          {formatDate(m.dueDate)}
                          <span className="ml-2 text-slate-600">
                            {m.deadlinePhrase ? messages.measure.sourcePhrase(m.deadlinePhrase) : messages.measure.defaultDeadline}
                          </span>
                        </dd>
                        {m.indicators.length > 0 ? (
                          <>
                            <dt className="text-slate-600">{messages.measure.indicators}</dt>
                            <dd>{m.indicators.map((i) => `${i.label} ${formatTarget(i)}`).join("；")}</dd>
                          </>
                        ) : null}
                        {m.milestones.length > 0 ? (
                          <>
                            <dt className="text-slate-600">{p.milestones}</dt>
                            <dd>
                              <ul>
                                {m.milestones.map((ms) => (
                                  <li key={`${ms.dueOn}-${ms.title}`}>
                                    {formatDate(ms.dueOn)}：{ms.title}
                                  </li>
                                ))}
                              </ul>
                            </dd>
                          </>
                        ) : null}
                      </dl>
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </details>
      ))}
    </div>
  );
}
