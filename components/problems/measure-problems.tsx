import Link from "next/link";
import { Card } from "@/components/ui/card.tsx";
import { ExtendedDueDate } from "@/components/ui/extended-due-date.tsx";
import type { ProblemListRow } from "@/lib/data/problems/list-problems.ts";
import { problemMessages as m } from "@/lib/messages/problems.ts";
import { ProblemStateBadge } from "./problem-state-badge.tsx";

const s = m.measureSection;

/** The measure page's ledger section: its entries the viewer may see, each linking to its page. */
export function MeasureProblems({ measureId, data }: { measureId: number; data: { entries: ProblemListRow[]; canCreate: boolean } }) {
  return (
    <Card aria-labelledby="measure-problems-title" className="mb-5">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="measure-problems-title" className="text-lg font-bold">
          {s.title}
        </h2>
        <p className="flex gap-4 text-sm print:hidden">
          {data.canCreate ? <Link href={`/problems/new?measureId=${measureId}`}>{s.create}</Link> : null}
          {data.entries.length > 0 ? <Link href={`/problems?measure=${measureId}`}>{s.all}</Link> : null}
        </p>
      </div>
      {data.entries.length === 0 ? (
        <p className="text-sm text-slate-700">{s.empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="measure-problems">
          {data.entries.map((p) => (
            <li
              key={p.id}
              className={`flex flex-wrap items-start justify-between gap-2 py-2 ${p.overdueDays > 0 ? "border-l-4 border-l-red-500 pl-2" : ""}`}
              data-testid="measure-problem"
            >
              <div className="min-w-0 flex-1">
                <Link href={`/problems/${p.id}`} className="font-medium">
                  {p.description}
                </Link>
                <p className="mt-0.5 text-slate-600">
                  {p.unit.name}
                  {p.responsiblePerson ? ` · ${p.responsiblePerson}` : ""} · {m.list.headers.due}：
                  <ExtendedDueDate dueOn={p.dueOn} originalDueOn={p.originalDueOn} />
                </p>
              </div>
              <ProblemStateBadge state={p.state} published={p.published} overdueDays={p.overdueDays} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
