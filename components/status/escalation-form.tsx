"use client";

import { useActionState } from "react";
import { ActionResultMessage } from "@/components/ui/action-result.tsx";
import { liftEscalationAction, setEscalationAction } from "@/lib/actions/status/escalation-action.ts";
import { statusMessages as m } from "@/lib/messages/status.ts";

/** Coordinators set weekly/daily reporting for a measure (日调度), or lift it. */
export function EscalationForm({ measureId, inForce }: { measureId: number; inForce: boolean }) {
  const [setResult, setAction, setting] = useActionState(setEscalationAction, null);
  const [liftResult, liftAction, lifting] = useActionState(liftEscalationAction, null);
  const result = liftResult ?? setResult;
  return (
    <div className="space-y-2" data-testid="escalation-form">
      <form action={setAction} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="measureId" value={measureId} />
        <label className="text-sm">
          {m.escalation.title}
          <select name="cadence" defaultValue="DAILY" className="ml-2 rounded border border-slate-300 px-2 py-1">
            <option value="WEEKLY">{m.escalation.cadences.WEEKLY}</option>
            <option value="DAILY">{m.escalation.cadences.DAILY}</option>
          </select>
        </label>
        <label className="min-w-[12rem] flex-1 text-sm">
          <span className="sr-only">调度原因</span>
          <input name="reason" maxLength={500} placeholder="原因（必填）" className="w-full rounded border border-slate-300 px-2 py-1" />
        </label>
        <button type="submit" disabled={setting} className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
          {m.escalation.set}
        </button>
      </form>
      {inForce ? (
        <form action={liftAction}>
          <input type="hidden" name="measureId" value={measureId} />
          <button type="submit" disabled={lifting} className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50 disabled:opacity-60">
            {m.escalation.lift}
          </button>
        </form>
      ) : null}
      <ActionResultMessage result={result} />
    </div>
  );
}
