import type { Metadata } from "next";
import { connection } from "next/server";
import { BulletinDocumentView } from "@/components/bulletins/bulletin-document-view.tsx";
import { BulletinDraftForm } from "@/components/bulletins/bulletin-draft-form.tsx";
import { IssueBulletinForm } from "@/components/bulletins/issue-bulletin-form.tsx";
import { PlanEyebrow } from "@/components/plan/plan-eyebrow.tsx";
import { PlanField } from "@/components/plan/plan-field.tsx";
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
import { formatDate, formatDateTime } from "@/lib/format.ts";
import { bulletinMessages as m } from "@/lib/messages/bulletins.ts";
import { planHref } from "@/lib/plan-links.ts";
import { Button } from "@/components/ui/button.tsx";
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
        <>
          <form method="get" className="mb-4 flex flex-wrap items-end gap-2 print:hidden">
            <PlanField plan={plan} />
            <label className="text-sm">
              {m.draft.month}
              <select name="period" defaultValue={chosen.period.id} className="ml-2 rounded border border-slate-300 px-2 py-1">
                {issuable.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}（截止 {formatDate(p.cutOff)}）
                  </option>
                ))}
              </select>
            </label>
            <Button type="submit" variant="quiet" size="xs">
              {m.draft.show}
            </Button>
          </form>
          <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
            <section aria-labelledby="preview-heading" className="min-w-0">
              <h2 id="preview-heading" className="mb-1 font-bold print:hidden">
                {m.draft.preview}
              </h2>
              <p className="mb-3 text-sm text-slate-600 print:hidden">{m.draft.previewNote}</p>
              <BulletinDocumentView doc={chosen.document} />
            </section>
            <div className="space-y-4 print:hidden">
              <Card>
                <p className="mb-2 text-xs text-slate-600" data-testid="draft-state">
                  {chosen.draft ? m.draft.savedBy(chosen.draft.updatedBy, formatDateTime(chosen.draft.updatedAt)) : m.draft.unsaved}
                </p>
                <BulletinDraftForm
                  key={chosen.period.id}
                  periodId={chosen.period.id}
                  version={chosen.draft?.version ?? 0}
                  narrative={chosen.narrative}
                  docSeq={chosen.draft?.docSeq ?? null}
                  nextSeq={chosen.nextSeq}
                  includeQuality={chosen.draft?.includeQuality ?? false}
                />
              </Card>
              <Card>
                <IssueBulletinForm period={chosen.period} />
              </Card>
            </div>
          </div>
        </>
      )}
    </>
  );
}
