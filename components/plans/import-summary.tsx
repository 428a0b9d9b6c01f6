// What an import will do: the plan it creates or updates, the notice's title and layout, its counts.
import { Card } from "@/components/ui/card.tsx";
import type { ImportPreview } from "@/lib/data/plans/get-import-preview.ts";
import { planMessages } from "@/lib/messages/plans.ts";

const p = planMessages.preview;

export function ImportSummary({ preview, label }: { preview: ImportPreview; label: string }) {
  const { notice, region, existing } = preview;
  if (!notice) return null;
  return (
    <Card className="mb-5">
      <p className="mb-3 text-sm" data-testid="import-target">
        <span className="text-slate-600">{p.target}：</span>
        <span className="font-medium">{existing ? p.updates(label, existing.title) : p.newPlan(label)}</span>
        {region.id === null ? <span className="text-slate-600">{p.newCounty(region.name)}</span> : null}
      </p>
      <p className="mb-1 font-medium">
        {notice.plan.title}
        {notice.plan.docNumber ? `（${notice.plan.docNumber}）` : ""}
      </p>
      {notice.layout ? (
        <p className="mb-3 text-sm text-slate-600" data-testid="import-layout">
          {p.layout(notice.layout)}
        </p>
      ) : null}
      <h2 className="mb-2 text-sm font-bold">{p.counts}</h2>
      <dl className="grid grid-cols-3 gap-2 sm:grid-cols-6" data-testid="import-counts">
        {(Object.keys(p.countLabels) as (keyof typeof p.countLabels)[]).map((key) => (
          <div key={key} className="rounded border border-slate-200 p-2 text-center">
            <dt className="text-xs text-slate-600">{p.countLabels[key]}</dt>
            <dd className="text-xl font-bold tabular-nums text-brand-800" data-testid={`import-count-${key}`}>
              {preview.counts?.[key]}
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
