"use client";
// 催办 form: a message to a unit about a report (measure + unit + period: chosen here, or fixed by
// the page, e.g. a review row) or about a ledger entry (problemId). The text stays in the field
// when the server refuses it, and is cleared once the chase is sent.
import { useId, useState, useTransition, type FormEvent } from "react";
import { sendChaseAction } from "@/lib/actions/chases/send-chase-action.ts";
import type { ActionResult } from "@/lib/actions/safe-action.ts";
import { ActionResultMessage } from "@/components/ui/action-result.tsx";
import { notificationMessages } from "@/lib/messages/notifications.ts";
import { Button } from "@/components/ui/button.tsx";

const m = notificationMessages.chase;
const fieldClass = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export type ChaseTarget =
  | { kind: "report"; measureId: number; units: { id: number; name: string }[]; periods: { id: number; label: string }[] }
  | { kind: "report"; measureId: number; unitId: number; periodId: number }
  | { kind: "problem"; problemId: number };

export function ChaseForm({ target, testId = "chase-form" }: { target: ChaseTarget; testId?: string }) {
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const messageError = result && !result.ok ? result.fieldErrors?.message?.[0] : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    const formData = new FormData(form);
    startTransition(async () => {
      const outcome = await sendChaseAction(formData);
      setResult(outcome);
      if (outcome.ok) form.querySelector("textarea")!.value = "";
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2" data-testid={testId}>
      <input type="hidden" name="target" value={target.kind} />
      {target.kind === "problem" ? (
        <input type="hidden" name="problemId" value={target.problemId} />
      ) : (
        <input type="hidden" name="measureId" value={target.measureId} />
      )}
      {target.kind === "report" && "unitId" in target ? (
        <>
          <input type="hidden" name="unitId" value={target.unitId} />
          <input type="hidden" name="periodId" value={target.periodId} />
        </>
      ) : null}
      {target.kind === "report" && "units" in target ? (
        <div className="grid gap-2 sm:grid-cols-2">
          <label className="text-sm">
            <span className="mb-1 block font-medium text-slate-700">{m.unit}</span>
            <select name="unitId" defaultValue={target.units[0]?.id} className={fieldClass}>
              {target.units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block font-medium text-slate-700">{m.period}</span>
            <select name="periodId" defaultValue={target.periods[0]?.id} className={fieldClass}>
              {target.periods.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
      <div>
        <label htmlFor={`${id}-message`} className="mb-1 block text-sm font-medium text-slate-700">
          {m.message}
        </label>
        <textarea
          id={`${id}-message`}
          name="message"
          rows={2}
          maxLength={500}
          required
          placeholder={m.messagePlaceholder}
          aria-invalid={messageError ? true : undefined}
          aria-describedby={messageError ? `${id}-error` : undefined}
          className={fieldClass}
        />
        {messageError ? (
          <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
            {messageError}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={pending} size="sm">
        {pending ? m.sending : m.send}
      </Button>
      {messageError ? null : <ActionResultMessage result={result} testId={`${testId}-result`} />}
    </form>
  );
}
