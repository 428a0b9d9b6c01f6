// The month's bulletin being prepared: a month chooser, the preview of the document as it would be
// issued, and beside it the draft of its narrative and 印发.
import { BulletinDocumentView } from "@/components/bulletins/bulletin-document-view.tsx";
import { BulletinDraftForm } from "@/components/bulletins/bulletin-draft-form.tsx";
import { IssueBulletinForm } from "@/components/bulletins/issue-bulletin-form.tsx";
import { PlanField } from "@/components/plan/plan-field.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import type { BulletinPreview } from "@/lib/data/bulletins/get-bulletin-preview.ts";
import type { PlanSummary } from "@/lib/data/plans/resolve-plan.ts";
import { formatDate, formatDateTime } from "@/lib/format.ts";
import { bulletinMessages as m } from "@/lib/messages/bulletins.ts";

export function BulletinDraftDesk({
  plan,
  issuable,
  chosen,
}: {
  plan: PlanSummary;
  issuable: BulletinPreview["issuable"];
  chosen: NonNullable<BulletinPreview["chosen"]>;
}) {
  return (
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
  );
}
