import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { PlanFreezeButton } from "@/components/plans/plan-freeze-button.tsx";
import { ForbiddenNotice } from "@/components/reports/forbidden-notice.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { Table } from "@/components/ui/table.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { listManagedPlans } from "@/lib/data/plans/list-managed-plans.ts";
import { planMessages } from "@/lib/messages/plans.ts";
import { planHref } from "@/lib/plan-links.ts";
import { ButtonLink } from "@/components/ui/button.tsx";

const m = planMessages.manage;
export const metadata: Metadata = { title: m.title };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PlansPage({ searchParams }: Props) {
  await connection();
  const viewer = await requirePageViewer();
  if (!can(viewer, { action: "plan:manage", plan: "any" })) return <ForbiddenNotice title={m.title} />;
  const { plans, canImport } = await listManagedPlans(viewer);
  const imported = Number((await searchParams).imported);
  const importedPlan = plans.find((p) => p.id === imported);
  return (
    <>
      <PageTitle
        aside={
          canImport ? (
            <ButtonLink href="/plans/import" className="print:hidden">
              {m.importTitle}
            </ButtonLink>
          ) : null
        }
      >
        {m.title}
      </PageTitle>
      <p className="mb-4 max-w-3xl text-sm text-slate-700">{m.intro}</p>
      {importedPlan ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900"
          data-testid="import-done"
        >
          {m.importedNotice(importedPlan.title)} <Link href={planHref("/", importedPlan)}>{m.view}</Link>
        </p>
      ) : null}
      {plans.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">{m.noPlans}</p>
      ) : (
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
      )}
    </>
  );
}
