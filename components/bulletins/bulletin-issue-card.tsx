// For those who issue a plan's bulletins: the way into the draft of the month to issue, and the
// plan's 通报设置 (发文机关, 文号, 抄送, 印发) folded beneath.
import Link from "next/link";
import { BulletinSettingsForm } from "@/components/bulletins/bulletin-settings-form.tsx";
import { Card } from "@/components/ui/card.tsx";
import type { getBulletinSettings } from "@/lib/data/bulletins/bulletin-settings.ts";
import type { PlanSummary } from "@/lib/data/plans/resolve-plan.ts";
import { bulletinMessages as m } from "@/lib/messages/bulletins.ts";
import { planHref } from "@/lib/plan-links.ts";

type Settings = NonNullable<Awaited<ReturnType<typeof getBulletinSettings>>>;

/** `canDraft`: a month can be issued now. */
export function BulletinIssueCard({ plan, settings, canDraft }: { plan: PlanSummary; settings: Settings; canDraft: boolean }) {
  return (
    <Card className="mb-4">
      <h2 className="mb-2 font-bold">{m.issue}</h2>
      {canDraft ? (
        <Link href={planHref("/bulletins/draft", plan)} className="font-medium" data-testid="draft-link">
          {m.draft.start}
        </Link>
      ) : (
        <p className="text-sm text-slate-600">{m.draft.noneIssuable}</p>
      )}
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium">{m.settings.title}</summary>
        <div className="mt-2">
          <BulletinSettingsForm planId={plan.id} settings={settings} />
        </div>
      </details>
    </Card>
  );
}
