import Link from "next/link";
import { ExtendedDueDate } from "@/components/ui/extended-due-date.tsx";
import type { ProblemListRow } from "@/lib/data/problems/list-problems.ts";
import { problemMessages as m } from "@/lib/messages/problems.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
import { ProblemStateBadge } from "./problem-state-badge.tsx";

const l = m.list;
const h = l.headers;
const cell = "block px-0 py-0.5 md:table-cell md:px-3 md:py-2 md:align-top";
/** On a phone each row is a card: every cell names its column. */
const Label = ({ children }: { children: string }) => <span className="mr-1 text-slate-600 md:hidden">{children}：</span>;

export const measureLabel = (p: { measure: { number: number; task: { number: number } } }) =>
  `${messages.tasks.number(p.measure.task.number)} ${messages.tasks.measure(p.measure.number)}`;

/** The ledger in the bureau's layout; overdue entries are marked in words and with a red edge. */
export function ProblemTable({ rows, firstNumber }: { rows: ProblemListRow[]; firstNumber: number }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="block w-full text-left text-sm md:table">
        <caption className="sr-only">{l.caption}</caption>
        <thead className="hidden bg-slate-50 text-slate-600 md:table-header-group">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {h.number}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {h.description}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {h.unit}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {h.person}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {h.due}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {h.remedy}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {h.state}
            </th>
          </tr>
        </thead>
        <tbody className="block divide-y divide-slate-100 md:table-row-group">
          {rows.map((p, i) => (
            <tr
              key={p.id}
              className={`block p-3 md:table-row md:p-0 ${p.overdueDays > 0 ? "border-l-4 border-l-red-500 bg-red-50/40" : ""}`}
              data-testid="problem-row"
              data-id={p.id}
              data-overdue={p.overdueDays > 0 ? "true" : "false"}
            >
              <td className={`${cell} hidden tabular-nums text-slate-600 md:table-cell`}>{firstNumber + i}</td>
              <th scope="row" className={`${cell} font-normal`}>
                <Link href={`/problems/${p.id}`} className="font-medium">
                  {p.description}
                </Link>
                <span className="mt-0.5 block text-xs text-slate-600">
                  {measureLabel(p)} · {m.sources[p.source]}
                </span>
              </th>
              <td className={cell}>
                <Label>{h.unit}</Label>
                {p.unit.name}
              </td>
              <td className={cell}>
                <Label>{h.person}</Label>
                {p.responsiblePerson || <span className="text-slate-600">{l.personMissing}</span>}
              </td>
              <td className={`${cell} md:whitespace-nowrap`}>
                <Label>{h.due}</Label>
                <ExtendedDueDate dueOn={p.dueOn} originalDueOn={p.originalDueOn} />
              </td>
              <td className={`${cell} md:max-w-64`}>
                <Label>{h.remedy}</Label>
                {p.remedy ? (
                  <span className="line-clamp-3 whitespace-pre-wrap">{p.remedy}</span>
                ) : (
                  <span className="text-slate-600">—</span>
                )}
              </td>
              <td className={`${cell} pt-1`}>
                <ProblemStateBadge state={p.state} published={p.published} overdueDays={p.overdueDays} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
