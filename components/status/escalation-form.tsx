"use client";

import { liftEscalationAction, setEscalationAction } from "@/lib/actions/status/escalation-action.ts";
import { statusMessages as m } from "@/lib/messages/status.ts";
import { ChoiceWithReasonForm } from "./choice-with-reason-form.tsx";

/** Coordinators set weekly/daily reporting for a measure (日调度), or lift it. */
export function EscalationForm({ measureId, inForce }: { measureId: number; inForce: boolean }) {
  return (
    <ChoiceWithReasonForm
      testId="escalation-form"
      measureId={measureId}
      label={m.escalation.title}
      name="cadence"
      options={(["WEEKLY", "DAILY"] as const).map((c) => ({ value: c, label: m.escalation.cadences[c] }))}
      defaultValue="DAILY"
      reasonLabel="调度原因"
      setLabel={m.escalation.set}
      setAction={setEscalationAction}
      lift={inForce ? { label: m.escalation.lift, action: liftEscalationAction } : null}
    />
  );
}
