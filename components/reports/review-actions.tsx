"use client";
// Review controls: approve or return one report (per row), approve the checked ones (one form
// above the table; the rows' checkboxes belong to it through their `form` attribute).
import { useId, useState, useTransition, type FormEvent } from "react";
import { approveReportsAction } from "@/lib/actions/reports/approve-reports-action.ts";
import { returnReportAction } from "@/lib/actions/reports/return-report-action.ts";
import type { ActionResult } from "@/lib/actions/safe-action.ts";
import { reportMessages as m } from "@/lib/messages/reports.ts";
import { deskMessages } from "@/lib/messages/review-desk.ts";
import { useReviewFeedback } from "./review-feedback.tsx";
import { Button } from "@/components/ui/button.tsx";

export const BULK_FORM_ID = "bulk-approve";
const r = m.review;
// Approve in a row is outlined, so that a column of them does not outweigh the report itself.
const approveClass =
  "rounded-md border border-green-700 bg-white px-3 py-1 text-sm font-medium text-green-800 hover:bg-green-50 disabled:opacity-60";

/** Runs a review action from a form; success is announced on the page, an error next to the form. */
function useReviewAction(action: (formData: FormData) => Promise<ActionResult<unknown>>) {
  const show = useReviewFeedback();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await action(formData);
      // A missing reason is a field error: show its own words rather than the general one.
      setError(result.ok ? null : (Object.values(result.fieldErrors ?? {}).flat()[0] ?? result.error));
      if (result.ok && result.message) show(result.message);
    });
  }
  return { pending, error, onSubmit };
}

function ErrorText({ id, error }: { id?: string; error: string | null }) {
  return error ? (
    <p id={id} role="alert" className="mt-1 text-sm text-red-700" data-testid="review-error">
      {error}
    </p>
  ) : null;
}

export function BulkApproveForm() {
  const { pending, error, onSubmit } = useReviewAction(approveReportsAction);
  return (
    <form id={BULK_FORM_ID} onSubmit={onSubmit} className="mb-3 flex flex-wrap items-center gap-3">
      <Button type="submit" disabled={pending} size="sm">
        {pending ? r.approving : r.bulkApprove}
      </Button>
      <span className="text-sm text-slate-600">{deskMessages.bulkHint}</span>
      <ErrorText error={error} />
    </form>
  );
}

export function ReviewRowActions({ reportId, label }: { reportId: number; label: string }) {
  const approve = useReviewAction(approveReportsAction);
  const giveBack = useReviewAction(returnReportAction);
  const reasonId = useId();
  const pending = approve.pending || giveBack.pending;
  return (
    <div className="flex flex-col gap-1">
      <form onSubmit={approve.onSubmit}>
        <input type="hidden" name="reportIds" value={reportId} />
        <button type="submit" disabled={pending} aria-label={`${r.approve} ${label}`} className={approveClass}>
          {approve.pending ? r.approving : r.approve}
        </button>
        <ErrorText error={approve.error} />
      </form>
      <details className="text-sm">
        <summary className="cursor-pointer text-amber-900 underline underline-offset-4">
          {r.returnLabel}
          <span className="sr-only"> {label}</span>
        </summary>
        <form onSubmit={giveBack.onSubmit} noValidate className="mt-2 w-56 space-y-2">
          <input type="hidden" name="reportId" value={reportId} />
          <label htmlFor={reasonId} className="block font-medium">
            {r.reason}
          </label>
          <textarea
            id={reasonId}
            name="reason"
            rows={3}
            maxLength={1000}
            required
            aria-invalid={giveBack.error ? true : undefined}
            className="w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
          />
          <Button type="submit" disabled={pending} variant="warning" size="xs">
            {giveBack.pending ? r.approving : r.confirmReturn}
          </Button>
          <ErrorText error={giveBack.error} />
        </form>
      </details>
    </div>
  );
}
