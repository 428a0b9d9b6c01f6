"use client";
// The responsible unit fills in its 整改措施 and 责任人 on a published entry.
import { LimitedText } from "@/components/reports/report-form.tsx";
import { Field, inputClass } from "@/components/ui/field.tsx";
import { updateRemedyAction } from "@/lib/actions/problems/problem-actions.ts";
import { problemMessages as m } from "@/lib/messages/problems.ts";
import { FormFeedback } from "./form-feedback.tsx";
import { useKeptForm } from "@/components/ui/use-kept-form.ts";
import { useUnsavedEdits } from "@/components/ui/use-unsaved-guard.ts";
import { Button } from "@/components/ui/button.tsx";

const f = m.form;

export function RemedyForm({
  problemId,
  version,
  responsiblePerson,
  remedy,
  limits,
}: {
  problemId: number;
  version: number;
  responsiblePerson: string;
  remedy: string;
  limits: { remedy: number; person: number };
}) {
  const { result, error, fieldError, pending, onSubmit, errorRef } = useKeptForm(updateRemedyAction);
  const markEdited = useUnsavedEdits(result);
  return (
    <div>
      <FormFeedback result={result} error={error} errorRef={errorRef} testId="remedy" />
      {/* A new version (after a save) remounts the fields with what was stored. */}
      <form key={version} onSubmit={onSubmit} onChange={markEdited} noValidate className="space-y-4" data-testid="remedy-form">
        <input type="hidden" name="problemId" value={problemId} />
        <input type="hidden" name="version" value={result?.ok ? (result.data as { version: number }).version : version} />
        <Field id="remedy-person" label={f.person} error={fieldError("responsiblePerson")}>
          <input
            id="remedy-person"
            name="responsiblePerson"
            maxLength={limits.person}
            defaultValue={responsiblePerson}
            autoComplete="off"
            className={`${inputClass} max-w-xs`}
          />
        </Field>
        <LimitedText
          name="remedy"
          label={f.remedy}
          hint={f.remedyHint}
          defaultValue={remedy}
          limit={limits.remedy}
          rows={3}
          error={fieldError("remedy")}
        />
        <Button type="submit" disabled={pending}>
          {pending ? f.saving : f.save}
        </Button>
      </form>
    </div>
  );
}
