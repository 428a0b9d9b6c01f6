"use client";
// Bureau staff reopen a done measure (已完成) with a required reason; its units report again.
import { useActionState } from "react";
import { ActionResultMessage } from "@/components/ui/action-result.tsx";
import { reopenMeasureAction } from "@/lib/actions/status/reopen-measure-action.ts";
import { qualityMessages } from "@/lib/messages/quality.ts";

const m = qualityMessages.done;

export function ReopenForm({ measureId }: { measureId: number }) {
  const [result, action, pending] = useActionState(reopenMeasureAction, null);
  return (
    <div className="space-y-2" data-testid="reopen-form">
      <form action={action} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="measureId" value={measureId} />
        <label className="min-w-[12rem] flex-1 text-sm">
          {m.reopenTitle}
          <input
            name="reason"
            maxLength={500}
            required
            placeholder={`${m.reasonLabel}（必填）`}
            aria-describedby={`reopen-hint-${measureId}`}
            className="mt-1 w-full rounded border border-slate-300 px-2 py-1"
          />
        </label>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md border border-brand-600 bg-white px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60"
        >
          {m.reopen}
        </button>
      </form>
      <p id={`reopen-hint-${measureId}`} className="text-sm text-slate-600">
        {m.reopenHint}
      </p>
      <ActionResultMessage result={result} />
    </div>
  );
}
