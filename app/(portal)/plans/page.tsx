import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { PlanTable } from "@/components/plans/plan-table.tsx";
import { ForbiddenNotice } from "@/components/reports/forbidden-notice.tsx";
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
        <PlanTable plans={plans} />
      )}
    </>
  );
}
