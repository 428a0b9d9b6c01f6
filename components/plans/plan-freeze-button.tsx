"use client";

import { useActionState } from "react";
import { ActionResultMessage } from "@/components/ui/action-result.tsx";
import { setPlanFrozenAction } from "@/lib/actions/plans/plan-actions.ts";
import { planMessages } from "@/lib/messages/plans.ts";

const m = planMessages.manage;

/** 归档 (asks first: the plan then takes no reports) or 取消归档. */
export function PlanFreezeButton({ planId, frozen }: { planId: number; frozen: boolean }) {
  const [result, action, pending] = useActionState(setPlanFrozenAction, null);
  return (
    <form action={action} onSubmit={(e) => !frozen && !window.confirm(m.freezeConfirm) && e.preventDefault()} className="inline">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="frozen" value={frozen ? "false" : "true"} />
      <button type="submit" disabled={pending} className="text-sm text-brand-700 underline hover:text-brand-800 disabled:opacity-60">
        {frozen ? m.unfreeze : m.freeze}
      </button>
      <ActionResultMessage result={result} className="block" testId={`freeze-result-${planId}`} />
    </form>
  );
}
