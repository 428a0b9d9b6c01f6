import type { Metadata } from "next";
import { connection } from "next/server";
import { AdminForbidden } from "@/components/admin/admin-forbidden.tsx";
import { AdminNav } from "@/components/admin/admin-nav.tsx";
import { QualitySettingsForm } from "@/components/admin/quality-settings-form.tsx";
import { ThresholdsForm } from "@/components/admin/thresholds-form.tsx";
import { PlanEyebrow } from "@/components/plan/plan-eyebrow.tsx";
import { choosePagePlan } from "@/components/plan/plan-gate.tsx";
import { planRef } from "@/lib/data/plans/resolve-plan.ts";
import { planMessages } from "@/lib/messages/plans.ts";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { getQualitySettings } from "@/lib/data/quality/quality-settings.ts";
import { getThresholds } from "@/lib/data/status/get-thresholds.ts";
import { adminMessages } from "@/lib/messages/admin.ts";

export const metadata: Metadata = { title: adminMessages.nav.settings };

export default async function AdminSettingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const raw = await searchParams;
  const viewer = await requirePageViewer();
  if (!can(viewer, { action: "thresholds:manage", plan: "any" })) return <AdminForbidden />;
  const { plan, blocked } = await choosePagePlan(viewer, raw, "read", adminMessages.nav.settings);
  if (!plan) return blocked;
  // A frozen plan's colours stay as they were when it was closed.
  if (!can(viewer, { action: "thresholds:manage", plan: planRef(plan) }))
    return <p className="text-slate-700">{planMessages.import.planFrozen(plan.year)}</p>;
  const data = await getThresholds(viewer, plan);
  return (
    <>
      <PageTitle eyebrow={<PlanEyebrow plan={plan} />}>{adminMessages.nav.settings}</PageTitle>
      <AdminNav current="settings" />
      <p className="mb-4 max-w-2xl text-sm text-slate-700">
        蓝：按序时推进；黄：滞后序时进度超过黄色阈值，或有报告逾期；红：滞后超过红色阈值、超过完成时限仍未完成、逾期未报超过规定天数或未报送达到规定期数。修改后所有颜色立即按新阈值计算，已印发的通报不变。
      </p>
      <ThresholdsForm planId={data.plan.id} values={data.values} />
      <QualitySettingsForm planId={data.plan.id} values={(await getQualitySettings(viewer, data.plan.id))!} />
    </>
  );
}
