import Link from "next/link";
import { actionOrdinal } from "@/components/plan/action-overview.tsx";
import { Card } from "@/components/ui/card.tsx";
import { ColourBadge } from "@/components/status/colour-badge.tsx";
import type { Colour } from "@/lib/domain/status/measure-status.ts";
import { Highlight } from "@/components/ui/highlight.tsx";
import { messages } from "@/lib/messages/zh-CN.ts";
import type { TaskList as TaskListData } from "@/lib/data/tasks/list-tasks.ts";
import { planHref } from "@/lib/plan-links.ts";

/** `colours`: each task's colour by number, for viewers who may read the plan's status (else none). */
export function TaskList({
  actions,
  terms,
  plan,
  colours,
}: Pick<TaskListData, "actions" | "terms" | "plan"> & { colours?: Map<number, Colour> }) {
  return (
    <div className="space-y-5">
      {actions.map((action) => (
        <Card key={action.number} aria-labelledby={`action-${action.number}`}>
          <h2 id={`action-${action.number}`} className="mb-3 text-lg font-bold">
            {actionOrdinal(action.number)}、{action.title}
          </h2>
          <ul className="divide-y divide-slate-100" data-testid={`action-${action.number}-tasks`}>
            {action.tasks.map((task) => (
              <li key={task.number} className="py-3" data-testid="task-item">
                <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <span className="w-14 shrink-0 text-sm text-slate-600 tabular-nums">{messages.tasks.number(task.number)}</span>
                  <Link href={planHref(`/tasks/${task.number}`, plan)} className="font-medium">
                    <Highlight text={task.title} terms={terms} />
                  </Link>
                  <span className="text-sm text-slate-600">{messages.tasks.measureCount(task.measureCount)}</span>
                  {colours?.has(task.number) ? <ColourBadge colour={colours.get(task.number)!} /> : null}
                </div>
                <p className="mt-1 text-sm text-slate-700 sm:pl-[4.25rem]">
                  <span className="text-slate-600">{messages.tasks.leadUnits}：</span>
                  {task.leadUnits.map((unit, i) => (
                    <span key={unit.id}>
                      {i > 0 ? "、" : null}
                      <Link href={planHref(`/units/${unit.id}`, plan)}>
                        <Highlight text={unit.name} terms={terms} />
                      </Link>
                    </span>
                  ))}
                </p>
                {task.matchingMeasures.map((m) => (
                  <p key={m.number} className="mt-2 rounded bg-slate-50 p-2 text-sm text-slate-700 sm:ml-[4.25rem]">
                    <span className="text-slate-600">{messages.tasks.measure(m.number)}：</span>
                    <Highlight text={m.text} terms={terms} />
                  </p>
                ))}
              </li>
            ))}
          </ul>
        </Card>
      ))}
    </div>
  );
}
