import type { Metadata } from "next";
import { connection } from "next/server";
import { ImportUploadForm } from "@/components/plans/import-upload-form.tsx";
import { ForbiddenNotice } from "@/components/reports/forbidden-notice.tsx";
import { Card } from "@/components/ui/card.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { listManagedPlans } from "@/lib/data/plans/list-managed-plans.ts";
import { planLabel } from "@/lib/format.ts";
import { planMessages } from "@/lib/messages/plans.ts";
import { Breadcrumb } from "@/components/ui/breadcrumb.tsx";

const m = planMessages.manage;
export const metadata: Metadata = { title: m.importTitle };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function ImportPage({ searchParams }: Props) {
  await connection();
  const viewer = await requirePageViewer();
  if (!can(viewer, { action: "plan:manage", plan: "any" })) return <ForbiddenNotice title={m.importTitle} />;
  const raw = await searchParams;
  const { plans, regions, canAddCounty } = await listManagedPlans(viewer);
  // 新建下一年度计划: from a plan the viewer may roll over.
  const from = plans.find((p) => String(p.id) === one(raw.from) && p.may.rollover);
  const preselected = one(raw.region);
  const ordered = preselected ? [...regions].sort((a, b) => Number(b.name === preselected) - Number(a.name === preselected)) : regions;
  return (
    <>
      <Breadcrumb trail={[{ href: "/plans", label: m.title }]} />
      <PageTitle eyebrow={from ? planLabel(from) : undefined}>{from ? m.rolloverTitle(from.year) : m.importTitle}</PageTitle>
      <p className="mb-4 max-w-3xl text-sm text-slate-700">{from ? m.rolloverIntro(from.title) : m.importIntro}</p>
      <Card>
        <ImportUploadForm
          regions={ordered}
          canAddCounty={canAddCounty && !from}
          rollover={from ? { planId: from.id, regionName: from.region.name } : undefined}
          error={one(raw.error)}
        />
      </Card>
    </>
  );
}
