"use client";

import { useActionState } from "react";
import { ActionResultMessage } from "@/components/ui/action-result.tsx";
import { updateBulletinSettingsAction } from "@/lib/actions/bulletins/update-bulletin-settings-action.ts";
import { bulletinMessages } from "@/lib/messages/bulletins.ts";
import { Button } from "@/components/ui/button.tsx";

const m = bulletinMessages.settings;
const field = "mt-1 block w-full rounded border border-slate-300 px-2 py-1 text-sm";

export function BulletinSettingsForm({
  planId,
  settings,
}: {
  planId: number;
  settings: { issuer: string | null; docPrefix: string | null; cc: string | null; printedBy: string | null };
}) {
  const [result, action, pending] = useActionState(updateBulletinSettingsAction, null);
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-2" data-testid="bulletin-settings">
      <input type="hidden" name="planId" value={planId} />
      <div>
        <label className="text-sm font-medium">
          {m.issuer}
          <input name="issuer" defaultValue={settings.issuer ?? ""} className={field} aria-describedby="issuer-hint" />
        </label>
        <p id="issuer-hint" className="text-xs text-slate-600">
          {m.issuerHint}
        </p>
      </div>
      <div>
        <label className="text-sm font-medium">
          {m.docPrefix}
          <input
            name="docPrefix"
            defaultValue={settings.docPrefix ?? ""}
            className={field}
            placeholder="济教督〔2023〕"
            aria-describedby="doc-prefix-hint"
          />
        </label>
        <p id="doc-prefix-hint" className="text-xs text-slate-600">
          {m.docPrefixHint}
        </p>
      </div>
      <label className="text-sm font-medium">
        {m.cc}
        <input name="cc" defaultValue={settings.cc ?? ""} className={field} />
      </label>
      <label className="text-sm font-medium">
        {m.printedBy}
        <input name="printedBy" defaultValue={settings.printedBy ?? ""} className={field} />
      </label>
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending} variant="secondary" size="sm">
          {m.save}
        </Button>
        <ActionResultMessage result={result} testId="settings-result" />
      </div>
    </form>
  );
}
