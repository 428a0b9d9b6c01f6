"use client";
// A unit publishes its draft entry.
import { publishProblemAction } from "@/lib/actions/problems/problem-actions.ts";
import { problemMessages as m } from "@/lib/messages/problems.ts";
import { FormFeedback } from "./form-feedback.tsx";
import { useKeptForm } from "@/components/ui/use-kept-form.ts";
import { Button } from "@/components/ui/button.tsx";

export function PublishForm({ problemId, version }: { problemId: number; version: number }) {
  const { result, error, pending, onSubmit, errorRef } = useKeptForm(publishProblemAction);
  return (
    <div>
      <FormFeedback result={result} error={error} errorRef={errorRef} testId="publish" />
      <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="problemId" value={problemId} />
        <input type="hidden" name="version" value={version} />
        <Button type="submit" disabled={pending}>
          {pending ? m.form.saving : m.form.publish}
        </Button>
        <p className="text-sm text-slate-600">{m.form.publishHint}</p>
      </form>
    </div>
  );
}
