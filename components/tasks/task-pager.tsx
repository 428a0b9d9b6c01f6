// Below a task: the previous and the next task of the plan, in the plan.
import Link from "next/link";
import { messages } from "@/lib/messages/zh-CN.ts";
import { planHref, type LinkedPlan } from "@/lib/plan-links.ts";

export function TaskPager({ task, plan }: { task: { previous: number | null; next: number | null }; plan: LinkedPlan }) {
  return (
    <nav aria-label="任务翻页" className="mt-8 flex justify-between text-sm print:hidden">
      {task.previous ? (
        <Link href={planHref(`/tasks/${task.previous}`, plan)}>
          ← {messages.tasks.previous}（{messages.tasks.number(task.previous)}）
        </Link>
      ) : (
        <span />
      )}
      {task.next ? (
        <Link href={planHref(`/tasks/${task.next}`, plan)}>
          {messages.tasks.next}（{messages.tasks.number(task.next)}）→
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
