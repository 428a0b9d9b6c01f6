"use client";
// The bureau verifies (销号) a pending resolution, or rejects it with a reason.
import { useId } from "react";
import { decideResolutionAction } from "@/lib/actions/problems/problem-actions.ts";
import type { ActionResult } from "@/lib/actions/safe-action.ts";
import { problemMessages as m } from "@/lib/messages/problems.ts";
import { FormFeedback } from "./form-feedback.tsx";
import { useKeptForm } from "@/components/ui/use-kept-form.ts";
import { Button } from "@/components/ui/button.tsx";

const r = m.resolution;
const decide = (_previous: ActionResult<unknown> | null, formData: FormData) => decideResolutionAction(formData);

export function DecisionForm({ problemId, version, reasonLimit }: { problemId: number; version: number; reasonLimit: number }) {
  const verify = useKeptForm(decide);
  const reject = useKeptForm(decide);
  const reasonId = useId();
  const pending = verify.pending || reject.pending;
  const rejectError = reject.fieldError("reason") ?? reject.error;
  return (
    <div className="space-y-4" data-testid="decision-form">
      <FormFeedback result={verify.result} error={verify.error} errorRef={verify.errorRef} testId="verify" />
      <form onSubmit={verify.onSubmit}>
        <input type="hidden" name="problemId" value={problemId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="decision" value="verify" />
        <Button type="submit" disabled={pending} variant="success">
          {verify.pending ? r.deciding : r.verify}
        </Button>
      </form>
      <details className="rounded-md border border-amber-300 bg-amber-50/50 p-3" open={Boolean(rejectError)}>
        <summary className="cursor-pointer font-medium text-amber-900">{r.reject}</summary>
        <FormFeedback result={reject.result} error={rejectError} errorRef={reject.errorRef} testId="reject" />
        <form onSubmit={reject.onSubmit} noValidate className="mt-3 space-y-2">
          <input type="hidden" name="problemId" value={problemId} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="decision" value="reject" />
          <label htmlFor={reasonId} className="block font-medium">
            {r.reason}
          </label>
          <textarea
            id={reasonId}
            name="reason"
            rows={3}
            maxLength={reasonLimit}
            required
            aria-invalid={rejectError ? true : undefined}
            className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base"
          />
          <Button type="submit" disabled={pending} variant="warning">
            {reject.pending ? r.deciding : r.confirmReject}
          </Button>
        </form>
      </details>
    </div>
  );
}
