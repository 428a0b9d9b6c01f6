import Link from "next/link";
import { Card } from "@/components/ui/card.tsx";
import { ColourBadge } from "@/components/status/colour-badge.tsx";
import type { Colour } from "@/lib/domain/status/measure-status.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
import type { PlanOverview } from "@/lib/data/plans/get-plan-overview.ts";
import { planHref, type LinkedPlan } from "@/lib/plan-links.ts";

const CHINESE_ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];

/** 1 → 一: actions are numbered in Chinese in the notice, and so here. */
export function actionOrdinal(n: number): string {
  return CHINESE_ORDINALS[n - 1] ?? String(n);
}

/** `colours`: each task's colour by number, for viewers who may read the plan's status. */
export function ActionOverview({
  actions,
  plan,
  colours,
}: {
  actions: PlanOverview["actions"];
  plan: LinkedPlan;
  colours?: Map<number, Colour>;
}) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {actions.map((action) => (
        <Card key={action.number} aria-labelledby={`action-${action.number}`}>
          <h2 id={`action-${action.number}`} className="mb-3 font-bold text-slate-900">
            {actionOrdinal(action.number)}、{action.title}
          </h2>
          <ol className="space-y-1.5 text-sm">
            {action.tasks.map((task) => (
              <li key={task.number} className="flex gap-2">
                <span className="w-14 shrink-0 text-slate-600 tabular-nums">{messages.tasks.number(task.number)}</span>
                <span>
                  <Link href={planHref(`/tasks/${task.number}`, plan)}>{task.title}</Link>
                  {colours?.has(task.number) ? (
                    <span className="ml-2 inline-block">
                      <ColourBadge colour={colours.get(task.number)!} />
                    </span>
                  ) : null}
                </span>
              </li>
            ))}
          </ol>
        </Card>
      ))}
    </div>
  );
}
