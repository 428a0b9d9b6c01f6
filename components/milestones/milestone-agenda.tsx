import Link from "next/link";
import { Card } from "@/components/ui/card.tsx";
import type { AgendaItem, MilestoneAgenda as Agenda } from "@/lib/data/milestones/list-milestone-agenda.ts";
import { formatDate } from "@/lib/format.ts";
import { milestoneMessages as m } from "@/lib/messages/milestones.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
import { MilestoneStateBadge } from "./milestone-state-badge.tsx";

const a = m.agenda;

function Items({ items, total, testId, empty }: { items: AgendaItem[]; total: number; testId: string; empty: string }) {
  if (items.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <>
      <ul className="divide-y divide-slate-100" data-testid={testId}>
        {items.map((item) => (
          <li key={item.id} className="py-2">
            <p className="flex flex-wrap items-center gap-2">
              {item.daysLeft < 0 ? (
                <MilestoneStateBadge state="MISSED" daysPastDue={-item.daysLeft} />
              ) : (
                <span className="text-sm font-medium text-amber-900">{a.dueIn(item.daysLeft)}</span>
              )}
              <Link href={`/measures/${item.measure.id}`} className="font-medium">
                {item.title}
              </Link>
            </p>
            <p className="mt-0.5 text-sm text-slate-600">
              {messages.tasks.number(item.measure.taskNumber)} {messages.tasks.measure(item.measure.number)}
              {item.measure.leadUnit ? ` · ${item.measure.leadUnit}` : ""} · {a.headers.due} {formatDate(item.dueOn)}
            </p>
          </li>
        ))}
      </ul>
      {total > items.length ? <p className="mt-1 text-sm text-slate-600">{a.more(total - items.length)}</p> : null}
    </>
  );
}

/** The dashboard's 工作节点: those due within the coming days and those missed, as of the status date. */
export function MilestoneAgenda({ data, className = "" }: { data: Agenda; className?: string }) {
  return (
    <Card className={className} aria-labelledby="milestone-agenda-title">
      <h2 id="milestone-agenda-title" className="mb-2 font-bold">
        {a.title}
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="agenda-missed">
          <h3 id="agenda-missed" className="mb-1 text-sm font-bold">
            {a.missed}（{data.missedTotal}）
          </h3>
          <Items items={data.missed} total={data.missedTotal} testId="agenda-missed" empty={a.noneMissed} />
        </section>
        <section aria-labelledby="agenda-due-soon">
          <h3 id="agenda-due-soon" className="mb-1 text-sm font-bold">
            {a.dueSoon(data.horizonDays)}（{data.dueSoonTotal}）
          </h3>
          <Items items={data.dueSoon} total={data.dueSoonTotal} testId="agenda-due-soon" empty={a.noneDueSoon(data.horizonDays)} />
        </section>
      </div>
    </Card>
  );
}
