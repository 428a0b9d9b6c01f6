"use client";
// The responsible unit reports its 整改情况 with evidence files (at least one).
import { FieldError } from "@/components/ui/field-error.tsx";
import { checkFiles, LimitedText } from "@/components/reports/report-form.tsx";
import { submitResolutionAction } from "@/lib/actions/problems/problem-actions.ts";
import { problemMessages as m } from "@/lib/messages/problems.ts";
import { FormFeedback } from "./form-feedback.tsx";
import { chosenFiles, useKeptForm } from "@/components/ui/use-kept-form.ts";
import { useUnsavedEdits } from "@/components/ui/use-unsaved-guard.ts";
import { Button } from "@/components/ui/button.tsx";

const r = m.resolution;

/** Too many or too large files are refused before anything is sent; none at all, too. */
function checkEvidence(formData: FormData): string | null {
  const files = chosenFiles(formData, "evidence");
  if (files.length === 0) return m.evidenceRequired;
  return checkFiles(files);
}

export function ResolutionForm({ problemId, version, limit }: { problemId: number; version: number; limit: number }) {
  const { result, error, fieldError, pending, onSubmit, errorRef } = useKeptForm(submitResolutionAction, checkEvidence);
  const markEdited = useUnsavedEdits(result);
  return (
    <div>
      <FormFeedback result={result} error={error} errorRef={errorRef} testId="resolution" />
      <form onSubmit={onSubmit} onChange={markEdited} noValidate className="space-y-4" data-testid="resolution-form">
        <input type="hidden" name="problemId" value={problemId} />
        <input type="hidden" name="version" value={version} />
        <LimitedText name="text" label={r.text} defaultValue="" limit={limit} rows={4} error={fieldError("text")} />
        <div>
          <label htmlFor="resolution-evidence" className="mb-1 block font-medium">
            {r.evidence}
          </label>
          <input
            id="resolution-evidence"
            name="evidence"
            type="file"
            multiple
            aria-describedby="resolution-evidence-hint"
            accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,application/pdf,image/*"
            className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5"
          />
          <p id="resolution-evidence-hint" className="mt-1 text-sm text-slate-600">
            {r.evidenceHint}
          </p>
          <FieldError id="resolution-evidence-error" message={fieldError("evidence")} />
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? r.submitting : r.submit}
        </Button>
      </form>
    </div>
  );
}
