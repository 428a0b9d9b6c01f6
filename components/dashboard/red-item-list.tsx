import Link from "next/link";
import type { redItems } from "@/lib/domain/status/dashboard-tables.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
import { statusMessages } from "@/lib/messages/status.ts";
import { ColourBadge } from "@/components/status/colour-badge.tsx";
import { planHref, type LinkedPlan } from "@/lib/plan-links.ts";

/** The first red items (redItems: RED_ITEMS_SHOWN), the rest counted with a link to the ledger export, which has them all. */
export function RedItemList({ red, ledgerHref, plan }: { red: ReturnType<typeof redItems>; ledgerHref: string; plan: LinkedPlan }) {
  const { items, total } = red;
  if (total === 0) return <p className="text-sm text-slate-600">{statusMessages.dashboard.noRedItems}</p>;
  return (
    <>
      <ul className="divide-y divide-slate-100" data-testid="red-items">
        {items.map((item) => (
          <li key={item.id} className="py-2.5">
            <p className="flex flex-wrap items-center gap-2">
              <ColourBadge colour="RED" />
              <Link href={planHref(`/tasks/${item.task}`, plan)} className="font-medium">
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
      {total > items.length ? (
        <p className="mt-2 text-sm" data-testid="red-items-more">
          {statusMessages.dashboard.moreRedItems(total - items.length)} <a href={ledgerHref}>{statusMessages.dashboard.exportLedger}</a>
        </p>
      ) : null}
    </>
  );
}
