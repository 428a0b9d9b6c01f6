import Link from "next/link";
import { Deadline, type ExtendedDue } from "@/components/tasks/deadline.tsx";
import { ColourBadge } from "@/components/status/colour-badge.tsx";
import { Card } from "@/components/ui/card.tsx";
import type { Colour } from "@/lib/domain/status/measure-status.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
import type { UnitMeasure } from "@/lib/data/units/get-unit-by-id.ts";
import { UnitRoleBadge } from "./unit-role-badge.tsx";
import { planHref, type LinkedPlan } from "@/lib/plan-links.ts";

export function UnitMeasureList({
  id,
  title,
  measures,
  statuses,
  plan,
}: {
  id: string;
  plan: LinkedPlan;
  title: string;
  measures: UnitMeasure[];
  /** Colours and the due dates in force (signed-in viewers). */
  statuses?: Map<number, { colour: Colour; reasons: string[] } & ExtendedDue>;
}) {
  return (
    <Card aria-labelledby={id} className="mb-5">
      <h2 id={id} className="mb-3 text-lg font-bold">
        {title}（{measures.length}）
      </h2>
      {measures.length === 0 ? (
        <p className="text-sm text-slate-600">{messages.units.none}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {measures.map((m) => (
            <li key={m.id} className="py-3" data-testid="unit-measure">
              <p className="font-medium">
                <Link href={planHref(`/tasks/${m.task.number}`, plan)}>
                  {messages.tasks.number(m.task.number)}：{m.task.title}
                </Link>
                <span className="ml-2 text-sm font-normal text-slate-600">{messages.tasks.measure(m.number)}</span>
              </p>
              <p className="mt-1 line-clamp-3 text-sm leading-6 text-slate-700 print:line-clamp-none">{m.text}</p>
              {statuses?.get(m.id) ? (
                <p className="mt-1">
                  <ColourBadge colour={statuses.get(m.id)!.colour} reason={statuses.get(m.id)!.reasons[0]} />
                </p>
              ) : null}
              <div className="mt-1.5 flex flex-wrap gap-x-5 gap-y-1 text-sm">
                <Deadline dueDate={m.dueDate} phrase={m.deadlinePhrase} extended={statuses?.get(m.id)} />
                {m.partners.length > 0 ? (
                  <span className="flex flex-wrap items-center gap-1.5">
                    {m.partners.map((p) => (
                      <span key={p.id} className="flex items-center gap-1">
                        <UnitRoleBadge role={p.role} />
                        <Link href={planHref(`/units/${p.id}`, plan)}>{p.name}</Link>
                      </span>
                    ))}
                  </span>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
