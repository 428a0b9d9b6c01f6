"use client";
// One click from a submitted report to the ledger: the report's 存在问题 becomes a published entry
// of the unit, due on the date shown (changeable), with a 责任人 if the unit names one.
import { Field, inputClass } from "@/components/ui/field.tsx";
import { raiseFromReportAction } from "@/lib/actions/problems/problem-actions.ts";
import { problemMessages as m } from "@/lib/messages/problems.ts";
import { FormFeedback } from "./form-feedback.tsx";
import { useKeptForm } from "@/components/ui/use-kept-form.ts";
import { Button } from "@/components/ui/button.tsx";

const f = m.form;

export function RaiseFromReportForm({
  reportId,
  dueOn,
  today,
  personLimit,
}: {
  reportId: number;
  dueOn: string;
  today: string;
  personLimit: number;
}) {
  const { result, error, fieldError, pending, onSubmit, errorRef } = useKeptForm(raiseFromReportAction);
  return (
    <div>
      <FormFeedback result={result} error={error} errorRef={errorRef} testId="raise" />
      <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3" data-testid="raise-form">
        <input type="hidden" name="reportId" value={reportId} />
        <Field id="raise-person" label={f.person} error={fieldError("responsiblePerson")} dense>
          <input id="raise-person" name="responsiblePerson" maxLength={personLimit} autoComplete="off" className={`${inputClass} w-40`} />
        </Field>
        <Field id="raise-due" label={f.due} error={fieldError("dueOn")} dense>
          <input id="raise-due" name="dueOn" type="date" min={today} defaultValue={dueOn} className={`${inputClass} w-44`} />
        </Field>
        <Button type="submit" disabled={pending}>
          {pending ? m.fromReport.sending : m.fromReport.button}
        </Button>
      </form>
    </div>
  );
}
