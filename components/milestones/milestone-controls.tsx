"use client";
// A coordinator's controls for one milestone: edit (in a disclosure), move up or down, delete
// (after a confirmation). Each names the version the page showed, so a stale page is refused.
import { useActionState, type FormEvent } from "react";
import { ActionResultMessage } from "@/components/ui/action-result.tsx";
import { deleteMilestoneAction, moveMilestoneAction, updateMilestoneAction } from "@/lib/actions/milestones/milestone-actions.ts";
import { milestoneMessages as m } from "@/lib/messages/milestones.ts";
import { MilestoneFields } from "./milestone-fields.tsx";
import { useKeptForm } from "@/components/ui/use-kept-form.ts";
import { useUnsavedEdits } from "@/components/ui/use-unsaved-guard.ts";
import { Button } from "@/components/ui/button.tsx";

const f = m.form;
const smallButton = "rounded border border-slate-300 bg-white px-2.5 py-1 text-sm hover:bg-slate-50 disabled:opacity-50";

type Props = {
  milestone: { id: number; position: number; title: string; dueOn: string; plannedPercent: number | null; version: number };
  first: boolean;
  last: boolean;
};

export function MilestoneControls({ milestone, first, last }: Props) {
  const { result: edited, onSubmit: edit, pending: editing } = useKeptForm(updateMilestoneAction);
  const markEdited = useUnsavedEdits(edited);
  const [moved, move, moving] = useActionState(moveMilestoneAction, null);
  const [removed, remove, removing] = useActionState(deleteMilestoneAction, null);
  const hidden = (
    <>
      <input type="hidden" name="milestoneId" value={milestone.id} />
      <input type="hidden" name="version" value={milestone.version} />
    </>
  );
  function confirmDelete(event: FormEvent<HTMLFormElement>) {
    if (!window.confirm(f.removeConfirm(milestone.title))) event.preventDefault();
  }
  return (
    <div className="mt-2 space-y-2 print:hidden" data-testid="milestone-controls">
      <div className="flex flex-wrap items-start gap-2">
        <details className="min-w-0 flex-1 basis-full sm:basis-auto">
          <summary
            className="cursor-pointer text-sm text-brand-700 underline underline-offset-4"
            aria-label={f.editLabel(milestone.position)}
          >
            {f.edit}
          </summary>
          <form
            onSubmit={edit}
            onChange={markEdited}
            noValidate
            className="mt-2 space-y-2 rounded border border-slate-200 p-3"
            data-testid="milestone-edit-form"
          >
            {hidden}
            <MilestoneFields
              key={milestone.version}
              idPrefix={`milestone-${milestone.id}`}
              values={milestone}
              errors={edited && !edited.ok ? edited.fieldErrors : undefined}
            />
            <Button type="submit" disabled={editing} size="xs">
              {editing ? f.saving : f.save}
            </Button>
          </form>
        </details>
        {(["up", "down"] as const).map((direction) => (
          <form key={direction} action={move}>
            {hidden}
            <input type="hidden" name="direction" value={direction} />
            <button
              type="submit"
              disabled={(direction === "up" ? first : last) || moving}
              className={smallButton}
              aria-label={direction === "up" ? f.moveUpLabel(milestone.position) : f.moveDownLabel(milestone.position)}
            >
              {direction === "up" ? f.moveUp : f.moveDown}
            </button>
          </form>
        ))}
        <form action={remove} onSubmit={confirmDelete}>
          {hidden}
          <button
            type="submit"
            disabled={removing}
            aria-label={f.removeLabel(milestone.position)}
            className={`${smallButton} text-red-800`}
          >
            {f.remove}
          </button>
        </form>
      </div>
      <ActionResultMessage result={edited} testId="milestone-edit-result" />
      <ActionResultMessage result={moved} />
      <ActionResultMessage result={removed} />
    </div>
  );
}
