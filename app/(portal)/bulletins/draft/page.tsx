import type { Metadata } from "next";
import { connection } from "next/server";
import { BulletinDraftDesk } from "@/components/bulletins/bulletin-draft-desk.tsx";
import { PlanEyebrow } from "@/components/plan/plan-eyebrow.tsx";
import { choosePagePlan } from "@/components/plan/plan-gate.tsx";
import { Card } from "@/components/ui/card.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { PrintButton } from "@/components/ui/print-button.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { planRef } from "@/lib/data/plans/resolve-plan.ts";
import { authMessages } from "@/lib/messages/auth.ts";
import { getBulletinPreview } from "@/lib/data/bulletins/get-bulletin-preview.ts";
import { bulletinIdSchema } from "@/lib/data/bulletins/bulletin-id.ts";
import { bulletinMessages as m } from "@/lib/messages/bulletins.ts";
import { planHref } from "@/lib/plan-links.ts";
import { Breadcrumb } from "@/components/ui/breadcrumb.tsx";

export const metadata: Metadata = { title: m.draft.title };

export default async function BulletinDraftPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const raw = await searchParams;
  const viewer = await requirePageViewer();
  const { plan, blocked } = await choosePagePlan(viewer, raw, "read", m.draft.title);
  if (!plan) return blocked;
  if (!can(viewer, { action: "bulletin:issue", plan: planRef(plan) }))
    return (
      <Card>
        <p className="text-sm">{authMessages.forbidden}</p>
      </Card>
    );
  const periodId = bulletinIdSchema.safeParse(raw.period);
  const { issuable, chosen } = await getBulletinPreview(viewer, plan, periodId.success ? periodId.data : null);
  return (
    <>
      <Breadcrumb trail={[{ href: planHref("/bulletins", plan), label: m.title }]} />
      <PageTitle eyebrow={<PlanEyebrow plan={plan} />} aside={chosen ? <PrintButton /> : null}>
        {m.draft.title}
      </PageTitle>
      {!chosen ? (
        <Card>
          <p className="text-sm text-slate-600">{m.draft.noneIssuable}</p>
        </Card>
      ) : (
        <BulletinDraftDesk plan={plan} issuable={issuable} chosen={chosen} />
      )}
    </>
  );
}
