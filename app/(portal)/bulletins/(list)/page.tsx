import type { Metadata } from "next";
import { connection } from "next/server";
import { BulletinIssueCard } from "@/components/bulletins/bulletin-issue-card.tsx";
import { BulletinList } from "@/components/bulletins/bulletin-list.tsx";
import { PlanEyebrow } from "@/components/plan/plan-eyebrow.tsx";
import { choosePagePlan } from "@/components/plan/plan-gate.tsx";
import { planRef } from "@/lib/data/plans/resolve-plan.ts";
import { getBulletinSettings } from "@/lib/data/bulletins/bulletin-settings.ts";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { listBulletins } from "@/lib/data/bulletins/list-bulletins.ts";
import { bulletinMessages as m } from "@/lib/messages/bulletins.ts";

export const metadata: Metadata = { title: m.title };

export default async function BulletinsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const raw = await searchParams;
  const viewer = await requirePageViewer();
  const { plan, blocked } = await choosePagePlan(viewer, raw, "read", m.title);
  if (!plan) return blocked;
  const data = await listBulletins(viewer, plan);
  const settings = can(viewer, { action: "bulletin:configure", plan: planRef(plan) }) ? await getBulletinSettings(viewer, plan) : null;
  return (
    <>
      <PageTitle eyebrow={<PlanEyebrow plan={plan} />}>{m.title}</PageTitle>
      {settings ? <BulletinIssueCard plan={plan} settings={settings} canDraft={data.issuable.length > 0} /> : null}
      <BulletinList bulletins={data.bulletins} />
    </>
  );
}
