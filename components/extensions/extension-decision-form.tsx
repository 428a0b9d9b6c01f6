"use client";
// A coordinator's decision on one pending request: a comment (required to reject) and 批准 / 驳回.
// The decided request leaves the pending list, so success is announced on the page (ReviewFeedback);
// a refusal stays next to the form.
import { useId, useState, useTransition, type FormEvent } from "react";
import { useReviewFeedback } from "@/components/reports/review-feedback.tsx";
import { decideExtensionAction } from "@/lib/actions/extensions/decide-extension-action.ts";
import { extensionMessages as m } from "@/lib/messages/extensions.ts";
import { Button } from "@/components/ui/button.tsx";

const l = m.list;
const rejectClass =
  "rounded-md border border-amber-700 bg-white px-3 py-1.5 text-sm font-medium text-amber-900 hover:bg-amber-50 disabled:opacity-60";

export function ExtensionDecisionForm({
  id,
  version,
  label,
  commentLimit,
}: {
  id: number;
  version: number;
  label: string;
  commentLimit: number;
}) {
  const show = useReviewFeedback();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const commentId = useId();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(async () => {
      const result = await decideExtensionAction(formData);
      setError(result.ok ? null : (Object.values(result.fieldErrors ?? {}).flat()[0] ?? result.error));
      if (result.ok && result.message) show(result.message);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 space-y-2 border-t border-slate-100 pt-3" data-testid="extension-decision-form">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <label htmlFor={commentId} className="block text-sm font-medium">
        {l.commentOptional}
        <span className="sr-only">（{label}）</span>
      </label>
      <textarea
        id={commentId}
        name="comment"
        rows={2}
        maxLength={commentLimit}
        aria-invalid={error ? true : undefined}
        className="w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
      />
      <div className="flex flex-wrap gap-2">
        <Button
          type="submit"
          name="decision"
          value="approve"
          disabled={pending}
          aria-label={`${l.approve} ${label}`}
          variant="success"
          size="sm"
        >
          {pending ? l.deciding : l.approve}
        </Button>
        <button type="submit" name="decision" value="reject" disabled={pending} aria-label={`${l.reject} ${label}`} className={rejectClass}>
          {pending ? l.deciding : l.reject}
        </button>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700" data-testid="decision-error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
