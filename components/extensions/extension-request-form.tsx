"use client";
// The unit's 申请延期 form: the new due date and the reason. The server decides everything
// (lib/actions/extensions/request-extension-action.ts) and, when it accepts, opens the unit's list.
import { requestExtensionAction } from "@/lib/actions/extensions/request-extension-action.ts";
import { extensionMessages as m } from "@/lib/messages/extensions.ts";
import { useKeptForm } from "@/components/ui/use-kept-form.ts";
import { useUnsavedEdits } from "@/components/ui/use-unsaved-guard.ts";
import { Button } from "@/components/ui/button.tsx";
import { Field, inputClass } from "@/components/ui/field.tsx";

const f = m.form;

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
      <Field id="requestedDueOn" label={f.requestedDue} hint={f.requestedHint} error={fieldError("requestedDueOn")}>
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
      </Field>
      <Field id="reason" label={f.reason} hint={f.reasonHint(reasonLimit)} error={fieldError("reason")}>
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
      </Field>
      <div className="border-t border-slate-200 pt-4">
        <Button type="submit" disabled={pending}>
          {pending ? f.submitting : f.submit}
        </Button>
      </div>
    </form>
  );
}
