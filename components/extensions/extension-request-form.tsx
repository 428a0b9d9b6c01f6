"use client";
// The unit's 申请延期 form: the new due date and the reason. The server decides everything
// (lib/actions/extensions/request-extension-action.ts) and, when it accepts, opens the unit's list.
import { requestExtensionAction } from "@/lib/actions/extensions/request-extension-action.ts";
import { extensionMessages as m } from "@/lib/messages/extensions.ts";
import { FieldError } from "@/components/ui/field-error.tsx";
import { useKeptForm } from "@/components/ui/use-kept-form.ts";
import { useUnsavedEdits } from "@/components/ui/use-unsaved-guard.ts";
import { Button } from "@/components/ui/button.tsx";

const f = m.form;
const inputClass = "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600";

type Props = {
  item: { measureId: number } | { problemId: number };
  /** The earliest date that may be asked for (the day after the due date in force, not before today). */
  min: string;
  reasonLimit: number;
};

export function ExtensionRequestForm({ item, min, reasonLimit }: Props) {
  // Sent by hand, so that React keeps what the user typed when the server refuses it.
  const { result, error: formError, fieldError, pending, onSubmit, errorRef } = useKeptForm(requestExtensionAction);
  const markEdited = useUnsavedEdits(result);
  // A field's own error is shown at the field; the banner is for the rest.
  const error = formError && !fieldError("requestedDueOn") && !fieldError("reason") ? formError : null;
  return (
    <form onSubmit={onSubmit} onChange={markEdited} noValidate className="space-y-5" data-testid="extension-request-form">
      {error ? (
        <p
          ref={errorRef}
          tabIndex={-1}
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800"
          data-testid="form-error"
        >
          {error}
        </p>
      ) : null}
      {"measureId" in item ? (
        <input type="hidden" name="measureId" value={item.measureId} />
      ) : (
        <input type="hidden" name="problemId" value={item.problemId} />
      )}
      <div>
        <label htmlFor="requestedDueOn" className="mb-1 block font-medium">
          {f.requestedDue}
        </label>
        <input
          id="requestedDueOn"
          name="requestedDueOn"
          type="date"
          min={min}
          required
          aria-describedby={fieldError("requestedDueOn") ? "requestedDueOn-hint requestedDueOn-error" : "requestedDueOn-hint"}
          aria-invalid={fieldError("requestedDueOn") ? true : undefined}
          className={`${inputClass} max-w-48`}
        />
        <p id="requestedDueOn-hint" className="mt-1 text-sm text-slate-600">
          {f.requestedHint}
        </p>
        <FieldError id="requestedDueOn-error" message={fieldError("requestedDueOn")} />
      </div>
      <div>
        <label htmlFor="reason" className="mb-1 block font-medium">
          {f.reason}
        </label>
        <textarea
          id="reason"
          name="reason"
          rows={5}
          maxLength={reasonLimit}
          required
          aria-describedby={fieldError("reason") ? "reason-hint reason-error" : "reason-hint"}
          aria-invalid={fieldError("reason") ? true : undefined}
          className={inputClass}
        />
        <p id="reason-hint" className="mt-1 text-sm text-slate-600">
          {f.reasonHint(reasonLimit)}
        </p>
        <FieldError id="reason-error" message={fieldError("reason")} />
      </div>
      <div className="border-t border-slate-200 pt-4">
        <Button type="submit" disabled={pending}>
          {pending ? f.submitting : f.submit}
        </Button>
      </div>
    </form>
  );
}
