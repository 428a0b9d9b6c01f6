"use client";
// Bureau staff reopen a done measure (已完成) with a required reason; its units report again.
import { useActionState } from "react";
import { ActionResultMessage } from "@/components/ui/action-result.tsx";
import { reopenMeasureAction } from "@/lib/actions/status/reopen-measure-action.ts";
import { qualityMessages } from "@/lib/messages/quality.ts";
import { Button } from "@/components/ui/button.tsx";

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
        <Button type="submit" disabled={pending} variant="secondary" size="sm">
          {m.reopen}
        </Button>
      </form>
      <p id={`reopen-hint-${measureId}`} className="text-sm text-slate-600">
        {m.reopenHint}
      </p>
      <ActionResultMessage result={result} />
    </div>
  );
}
