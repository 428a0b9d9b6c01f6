import Link from "next/link";
import type { redItems } from "@/lib/domain/status/dashboard-tables.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
import { statusMessages } from "@/lib/messages/status.ts";
import { ColourBadge } from "@/components/status/colour-badge.tsx";

export function RedItemList({ items }: { items: ReturnType<typeof redItems> }) {
  if (items.length === 0) return <p className="text-sm text-slate-600">{statusMessages.dashboard.noRedItems}</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="red-items">
      {items.map((item) => (
        <li key={item.id} className="py-2.5">
          <p className="flex flex-wrap items-center gap-2">
            <ColourBadge colour="RED" />
            <Link href={`/tasks/${item.task}`} className="font-medium">
              {messages.tasks.number(item.task)} {item.taskTitle}
            </Link>
            <span className="text-sm text-slate-600">
              {messages.tasks.measure(item.number)} · {item.leadUnit}
            </span>
          </p>
          <p className="mt-1 text-sm text-slate-800">{item.reasons.join("；")}</p>
          {item.nextSteps ? (
            <p className="mt-1 text-sm text-slate-600">
              {statusMessages.dashboard.nextSteps}：{item.nextSteps}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
