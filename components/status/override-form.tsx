"use client";

import { liftStatusOverrideAction, setStatusOverrideAction } from "@/lib/actions/status/status-override-action.ts";
import { statusMessages as m } from "@/lib/messages/status.ts";
import { ChoiceWithReasonForm } from "./choice-with-reason-form.tsx";

const CHOICES = ["RED", "YELLOW", "BLUE", "DONE"] as const;

/** Coordinators set or lift a measure's colour override, with a required reason. */
export function OverrideForm({ measureId, overridden }: { measureId: number; overridden: boolean }) {
  return (
    <ChoiceWithReasonForm
      testId="override-form"
      measureId={measureId}
      label={m.override.title}
      name="colour"
      options={CHOICES.map((c) => ({ value: c, label: m.colours[c] }))}
      defaultValue=""
      reasonLabel="调整原因"
      setLabel={m.override.set}
      setAction={setStatusOverrideAction}
      lift={overridden ? { label: m.override.lift, action: liftStatusOverrideAction } : null}
    />
  );
}
