"use client";

import { useActionState } from "react";
import { ActionResultMessage } from "@/components/ui/action-result.tsx";
import type { ActionResult } from "@/lib/actions/safe-action.ts";
import { Button } from "@/components/ui/button.tsx";

type FormAction = (previous: ActionResult<null> | null, formData: FormData) => Promise<ActionResult<null>>;

/**
 * A measure-level setting a coordinator picks with a required reason (a colour override, 日调度),
 * and can lift again. One shape for both, so they look and behave alike.
 */
export function ChoiceWithReasonForm(props: {
  testId: string;
  measureId: number;
  label: string;
  name: string;
  options: { value: string; label: string }[];
  defaultValue: string;
  reasonLabel: string;
  setLabel: string;
  setAction: FormAction;
  lift: { label: string; action: FormAction } | null;
}) {
  const [setResult, setAction, setting] = useActionState(props.setAction, null);
  const [liftResult, liftAction, lifting] = useActionState(props.lift?.action ?? props.setAction, null);
  return (
    <div className="space-y-2" data-testid={props.testId}>
      <form action={setAction} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="measureId" value={props.measureId} />
        <label className="text-sm">
          {props.label}
          <select name={props.name} defaultValue={props.defaultValue} className="ml-2 rounded border border-slate-300 px-2 py-1">
            {props.defaultValue === "" ? (
              <option value="" disabled>
                —
              </option>
            ) : null}
            {props.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label className="min-w-[12rem] flex-1 text-sm">
          <span className="sr-only">{props.reasonLabel}</span>
          <input
            name="reason"
            maxLength={500}
            placeholder={`${props.reasonLabel}（必填）`}
            className="w-full rounded border border-slate-300 px-2 py-1"
          />
        </label>
        <Button type="submit" disabled={setting} size="sm">
          {props.setLabel}
        </Button>
      </form>
      <ActionResultMessage result={setResult} />
      {props.lift ? (
        <form action={liftAction}>
          <input type="hidden" name="measureId" value={props.measureId} />
          <Button type="submit" disabled={lifting} variant="quiet" size="xs">
            {props.lift.label}
          </Button>
        </form>
      ) : null}
      <ActionResultMessage result={liftResult} />
    </div>
  );
}
