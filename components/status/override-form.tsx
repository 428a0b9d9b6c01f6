"use client";

import { useActionState } from "react";
import { ActionResultMessage } from "@/components/ui/action-result.tsx";
import { liftStatusOverrideAction, setStatusOverrideAction } from "@/lib/actions/status/status-override-action.ts";
import { statusMessages as m } from "@/lib/messages/status.ts";

const CHOICES = ["RED", "YELLOW", "BLUE", "DONE"] as const;

/** Coordinators set or lift a measure's colour override, with a required reason. */
export function OverrideForm({ measureId, overridden }: { measureId: number; overridden: boolean }) {
  const [setResult, setAction, setting] = useActionState(setStatusOverrideAction, null);
  const [liftResult, liftAction, lifting] = useActionState(liftStatusOverrideAction, null);
  const result = liftResult ?? setResult;
  return (
    <div className="space-y-2" data-testid="override-form">
      <form action={setAction} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="measureId" value={measureId} />
        <label className="text-sm">
          {m.override.title}
          <select name="colour" className="ml-2 rounded border border-slate-300 px-2 py-1" defaultValue="">
            <option value="" disabled>—</option>
            {CHOICES.map((c) => (
              <option key={c} value={c}>{m.colours[c]}</option>
            ))}
          </select>
        </label>
        <label className="min-w-[12rem] flex-1 text-sm">
          <span className="sr-only">原因</span>
          <input name="reason" maxLength={500} placeholder="调整原因（必填）" className="w-full rounded border border-slate-300 px-2 py-1" />
        </label>
        <button type="submit" disabled={setting} className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
          {m.override.set}
        </button>
      </form>
      {overridden ? (
        <form action={liftAction}>
          <input type="hidden" name="measureId" value={measureId} />
          <button type="submit" disabled={lifting} className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50 disabled:opacity-60">
            {m.override.lift}
          </button>
        </form>
      ) : null}
      <ActionResultMessage result={result} />
    </div>
  );
}
