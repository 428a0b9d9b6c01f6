"use client";
// The preview's confirmation: the choices shown on the page (units to create as the county's own,
// measures to carry over) are the form's children; confirming asks once more, as it writes a plan.
import type { ReactNode } from "react";
import { useActionState } from "react";
import { ActionResultMessage } from "@/components/ui/action-result.tsx";
import { confirmImportAction } from "@/lib/actions/plans/plan-actions.ts";
import { planMessages } from "@/lib/messages/plans.ts";
import { Button } from "@/components/ui/button.tsx";

const p = planMessages.preview;

export function ConfirmImportForm({
  id,
  basis,
  question,
  disabled,
  children,
}: {
  id: number;
  basis: string;
  question: string;
  disabled: boolean;
  children: ReactNode;
}) {
  const [result, action, pending] = useActionState(confirmImportAction, null);
  return (
    <form action={action} onSubmit={(e) => !window.confirm(question) && e.preventDefault()} data-testid="confirm-import">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="basis" value={basis} />
      {children}
      <div className="mt-5 flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={disabled || pending}>
          {pending ? p.confirming : p.confirm}
        </Button>
        <ActionResultMessage result={result} testId="confirm-import-result" />
      </div>
    </form>
  );
}
