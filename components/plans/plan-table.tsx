// 计划管理's list: every plan the viewer manages by year and region, its state, and what may be done
// with it (dashboard, re-import, rollover, freeze or unfreeze).
import Link from "next/link";
import { PlanFreezeButton } from "@/components/plans/plan-freeze-button.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { Table } from "@/components/ui/table.tsx";
import type { ManagedPlan } from "@/lib/data/plans/list-managed-plans.ts";
import { planMessages } from "@/lib/messages/plans.ts";
import { planHref } from "@/lib/plan-links.ts";

const m = planMessages.manage;

export function PlanTable({ plans }: { plans: ManagedPlan[] }) {
  return (
    <Table
      caption={m.title}
      minWidth="min-w-[48rem]"
      testId="plan-table"
      columns={[
        { label: m.columns.year },
        { label: m.columns.region },
        { label: m.columns.title },
        { label: m.columns.measures, align: "right" },
        { label: m.columns.units, align: "right" },
        { label: m.columns.state },
        { label: m.columns.actions },
      ]}
    >
      {plans.map((p) => (
        <tr key={p.id} data-testid="plan-row" data-plan-id={p.id}>
          <td className="px-3 py-2 align-top tabular-nums">{p.year}</td>
          <td className="px-3 py-2 align-top">{p.region.name}</td>
          <th scope="row" className="px-3 py-2 align-top font-normal">
            <Link href={planHref("/", p)}>{p.title}</Link>
            {p.docNumber ? <span className="block text-xs text-slate-600">{p.docNumber}</span> : null}
          </th>
          <td className="px-3 py-2 text-right align-top tabular-nums">{p.measures}</td>
          <td className="px-3 py-2 text-right align-top tabular-nums">{p.units}</td>
          <td className="px-3 py-2 align-top">
            {p.frozenOn ? <Badge>{m.frozenOn(p.frozenOn)}</Badge> : <Badge tone="success">{m.open}</Badge>}
          </td>
          <td className="px-3 py-2 align-top">
            <span className="flex flex-wrap gap-x-3 gap-y-1">
              <Link href={planHref("/dashboard", p)}>{m.dashboard}</Link>
              {p.may.reimport ? <Link href={`/plans/import?region=${encodeURIComponent(p.region.name)}`}>{m.reimport}</Link> : null}
              {p.may.rollover ? (
                <Link href={`/plans/import?from=${p.id}`} data-testid="rollover-link">
                  {m.rollover}
                </Link>
              ) : null}
              {p.may.freeze || p.may.unfreeze ? <PlanFreezeButton planId={p.id} frozen={p.frozenOn !== null} /> : null}
            </span>
          </td>
        </tr>
      ))}
    </Table>
  );
}
