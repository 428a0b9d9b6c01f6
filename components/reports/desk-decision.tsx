"use client";
// Approve or return (with a reason) the report on the review desk; the existing review actions do
// the work (permissions, state and version checks). Once decided, the desk moves on to the next
// waiting report, or back to the queue when it was the last.
import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { approveReportsAction } from "@/lib/actions/reports/approve-reports-action.ts";
import { returnReportAction } from "@/lib/actions/reports/return-report-action.ts";
import type { ActionResult } from "@/lib/actions/safe-action.ts";
import { reportMessages as m } from "@/lib/messages/reports.ts";
import { deskMessages } from "@/lib/messages/review-desk.ts";
import { Button } from "@/components/ui/button.tsx";

const r = m.review;

export function DeskDecision({ reportId, afterHref }: { reportId: number; afterHref: string }) {
  const router = useRouter();
  const reasonId = useId();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  function run(action: (formData: FormData) => Promise<ActionResult<unknown>>) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (pending) return;
      const formData = new FormData(event.currentTarget);
      startTransition(async () => {
        const result = await action(formData);
        if (!result.ok) {
          setError(Object.values(result.fieldErrors ?? {}).flat()[0] ?? result.error);
          return;
        }
        setError(null);
        setDone(`${result.message ?? ""} ${deskMessages.decided}`);
        router.push(afterHref);
      });
    };
  }

  return (
    <div className="space-y-3" data-testid="desk-decision">
      <form onSubmit={run(approveReportsAction)}>
        <input type="hidden" name="reportIds" value={reportId} />
        <Button type="submit" disabled={pending} variant="success" size="sm">
          {pending ? r.approving : r.approve}
        </Button>
      </form>
      <form onSubmit={run(returnReportAction)} noValidate className="space-y-2">
        <input type="hidden" name="reportId" value={reportId} />
        <label htmlFor={reasonId} className="block text-sm font-medium">
          {r.reason}
        </label>
        <textarea
          id={reasonId}
          name="reason"
          rows={3}
          maxLength={1000}
          required
          aria-invalid={error ? true : undefined}
          className="w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
        />
        <Button type="submit" disabled={pending} variant="warning" size="sm">
          {pending ? r.approving : r.confirmReturn}
        </Button>
      </form>
      {error ? (
        <p role="alert" className="text-sm text-red-700" data-testid="desk-error">
          {error}
        </p>
      ) : null}
      <p role="status" aria-live="polite" className="text-sm text-green-800 empty:hidden" data-testid="desk-message">
        {done}
      </p>
    </div>
  );
}
