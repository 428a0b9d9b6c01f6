"use client";

import { useActionState } from "react";
import { ActionResultMessage } from "@/components/ui/action-result.tsx";
import { useUnsavedEdits } from "@/components/ui/use-unsaved-guard.ts";
import { saveBulletinDraftAction } from "@/lib/actions/bulletins/save-bulletin-draft-action.ts";
import type { BulletinNarrative } from "@/lib/domain/bulletin/bulletin-snapshot.ts";
import { bulletinMessages } from "@/lib/messages/bulletins.ts";
import { qualityMessages } from "@/lib/messages/quality.ts";
import { Button } from "@/components/ui/button.tsx";

const m = bulletinMessages.draft;
const field = "mt-1 block w-full rounded border border-slate-300 px-2 py-1 text-sm leading-6";

/** The narrative and 文号 number of a month's draft; saving names the version it was read at. */
export function BulletinDraftForm(props: {
  periodId: number;
  version: number;
  narrative: BulletinNarrative;
  docSeq: number | null;
  nextSeq: number;
  includeQuality: boolean;
}) {
  const [result, action, pending] = useActionState(saveBulletinDraftAction, null);
  const markEdited = useUnsavedEdits(result);
  const version = result?.ok ? result.data.version : props.version;
  return (
    <form action={action} onChange={markEdited} className="space-y-3" data-testid="bulletin-draft-form">
      <input type="hidden" name="periodId" value={props.periodId} />
      <input type="hidden" name="version" value={version} />
      {(["overview", "problems", "requirements"] as const).map((name) => (
        <label key={name} className="block text-sm font-medium">
          {m[name]}
          <textarea name={name} defaultValue={props.narrative[name]} rows={name === "problems" ? 6 : 4} className={field} />
        </label>
      ))}
      <div className="flex flex-wrap items-end gap-4">
        <label className="text-sm font-medium">
          {m.docSeq}
          <input
            name="docSeq"
            inputMode="numeric"
            defaultValue={props.docSeq ?? ""}
            className={`${field} w-28`}
            aria-describedby="doc-seq-hint"
          />
        </label>
        <p id="doc-seq-hint" className="text-xs text-slate-600">
          {m.docSeqHint(props.nextSeq)}
        </p>
        <label className="flex items-center gap-1 text-sm">
          <input type="checkbox" name="includeQuality" defaultChecked={props.includeQuality} />
          {qualityMessages.bulletin.include}
        </label>
      </div>
      <Button type="submit" disabled={pending} variant="secondary" size="sm">
        {m.save}
      </Button>
      <ActionResultMessage result={result} testId="draft-result" />
    </form>
  );
}
