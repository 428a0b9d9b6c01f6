import Link from "next/link";
import { Badge } from "@/components/ui/badge.tsx";
import { Card } from "@/components/ui/card.tsx";
import { UnitRoleBadge } from "@/components/units/unit-role-badge.tsx";
import type { Inbox } from "@/lib/data/reports/list-inbox.ts";
import { formatDate } from "@/lib/format.ts";
import { reportMessages as m } from "@/lib/messages/reports.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
import { OverdueMark, ReportStateBadge } from "./report-state-badge.tsx";

type Group = Inbox["plans"][number]["groups"][number];
const h = m.inbox.headers;

/** The region is named by plan and period, so that it stays unique when a unit owes reports in several plans' same month. */
export function InboxPeriod({ group, planLabel }: { group: Group; planLabel: string }) {
  const { period } = group;
  const headingId = `period-${period.id}`;
  const open = group.rows.filter((r) => r.open).length;
  return (
    <Card aria-label={`${planLabel} ${period.label}`} className="mb-5">
      <div data-testid="inbox-period">
        <h2 id={headingId} className="mb-1 flex flex-wrap items-center gap-2 text-lg font-bold">
          {period.label}
          {group.current ? <Badge tone="brand">{m.inbox.currentPeriod}</Badge> : null}
        </h2>
        <p className="mb-3 text-sm text-slate-600">
          {m.inbox.due(formatDate(period.dueOn))} · {m.inbox.openCount(open)}
        </p>
        {group.rows.length === 0 ? (
          <p className="text-sm text-slate-700" data-testid="inbox-nothing-owed">
            {m.inbox.nothingOwedInPeriod}
          </p>
        ) : null}
        <div className="overflow-x-auto" hidden={group.rows.length === 0}>
          <table className="w-full table-fixed text-left text-sm">
            <caption className="sr-only">{m.inbox.caption(period.label)}</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">
                  {h.measure}
                </th>
                <th scope="col" className="hidden w-16 py-2 pr-3 font-medium sm:table-cell">
                  {h.role}
                </th>
                <th scope="col" className="w-24 py-2 pr-3 font-medium sm:w-40">
                  {h.state}
                </th>
                <th scope="col" className="hidden w-24 py-2 pr-3 text-right font-medium sm:table-cell">
                  {h.percent}
                </th>
                <th scope="col" className="w-12 py-2 font-medium sm:w-14">
                  {h.action}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {group.rows.map((row) => {
                const { measure, report } = row;
                const label = `${messages.tasks.number(measure.task.number)} ${messages.tasks.measure(measure.number)}`;
                return (
                  <tr key={measure.id} data-testid="inbox-row" data-measure={label}>
                    <th scope="row" className="py-2 pr-3 align-top font-normal">
                      <span className="font-medium">{label}</span>
                      <span className="ml-1 text-slate-700">{measure.task.title}</span>
                      {/* On a phone the role and percent columns are folded in here. */}
                      <span className="mt-1 flex gap-2 text-slate-700 sm:hidden">
                        <UnitRoleBadge role={measure.role} />
                        {report?.percent != null ? `${report.percent}%` : null}
                      </span>
                      {row.state === "RETURNED" && report?.returnReason ? (
                        <p className="mt-1 text-amber-900" data-testid="inbox-return-reason">
                          {m.inbox.returnReason(report.returnReason)}
                        </p>
                      ) : null}
                    </th>
                    <td className="hidden py-2 pr-3 align-top sm:table-cell">
                      <UnitRoleBadge role={measure.role} />
                    </td>
                    <td className="py-2 pr-3 align-top">
                      <span className="flex flex-wrap gap-1">
                        <ReportStateBadge state={row.state} />
                        <OverdueMark days={row.daysOverdue} />
                      </span>
                    </td>
                    <td className="hidden py-2 pr-3 text-right align-top tabular-nums sm:table-cell">
                      {report?.percent != null ? `${report.percent}%` : "—"}
                    </td>
                    <td className="py-2 align-top">
                      <Link href={`/inbox/${period.id}/${measure.id}`} aria-label={`${actionWord(row.state)} ${label}`}>
                        {actionWord(row.state)}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
    </Card>
  );
}

function actionWord(state: Group["rows"][number]["state"]): string {
  if (state === "NONE") return m.inbox.fill;
  if (state === "DRAFT" || state === "RETURNED") return m.inbox.edit;
  return m.inbox.view;
}
