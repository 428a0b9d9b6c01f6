"use client";

import { ActionResultMessage } from "@/components/ui/action-result.tsx";
import { createMilestoneAction } from "@/lib/actions/milestones/milestone-actions.ts";
import { milestoneMessages as m } from "@/lib/messages/milestones.ts";
import { MilestoneFields } from "./milestone-fields.tsx";
import { useKeptForm } from "@/components/ui/use-kept-form.ts";
import { useUnsavedEdits } from "@/components/ui/use-unsaved-guard.ts";
import { Button } from "@/components/ui/button.tsx";

/** Coordinators add a milestone to the measure (placed among the others by its due date). */
export function MilestoneAddForm({ measureId }: { measureId: number }) {
  const { result, onSubmit, pending } = useKeptForm(createMilestoneAction);
  const markEdited = useUnsavedEdits(result);
  return (
    <form onSubmit={onSubmit} onChange={markEdited} noValidate className="space-y-3" data-testid="milestone-add-form">
      <h4 className="font-bold">{m.form.addTitle}</h4>
      <input type="hidden" name="measureId" value={measureId} />
      {/* A new key after each success empties the fields. */}
      <MilestoneFields
        key={result?.ok ? result.data.id : "new"}
        idPrefix="milestone-new"
        errors={result && !result.ok ? result.fieldErrors : undefined}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} size="sm">
          {pending ? m.form.adding : m.form.add}
        </Button>
        <ActionResultMessage result={result} testId="milestone-add-result" />
      </div>
    </form>
  );
}
