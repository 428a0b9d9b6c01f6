"use client";
// 一键催报: a folded confirmation (what will be chased, the message) and one button; the server
// chases every unit with overdue reports in one transaction, never the same unit twice a day.
import { useId, useState, useTransition, type FormEvent } from "react";
import { chaseOverdueAction } from "@/lib/actions/chases/chase-overdue-action.ts";
import type { ActionResult } from "@/lib/actions/safe-action.ts";
import { ActionResultMessage } from "@/components/ui/action-result.tsx";
import type { OverdueSummary } from "@/lib/data/chases/chase-overdue-units.ts";
import { chaseAllMessages as m } from "@/lib/messages/chase-all.ts";
import { Button } from "@/components/ui/button.tsx";

export function ChaseOverdueForm({ planId, planName, summary }: { planId: number; planName: string; summary: OverdueSummary }) {
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  if (summary.units === 0)
    return (
      <p className="text-sm text-slate-700" data-testid="chase-overdue-none">
        {m.none}
      </p>
    );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const formData = new FormData(event.currentTarget);
    startTransition(async () => setResult(await chaseOverdueAction(formData)));
  }

  return (
    <details className="text-sm" data-testid="chase-overdue">
      <summary className="inline-block cursor-pointer rounded-md border border-red-700 bg-white px-3 py-1.5 font-medium text-red-800 hover:bg-red-50">
        {m.open(summary.units)}
      </summary>
      <form onSubmit={onSubmit} noValidate className="mt-2 max-w-xl space-y-2 rounded-md border border-slate-200 bg-white p-3">
        <p data-testid="chase-overdue-confirm">
          {summary.chasedToday === summary.units
            ? m.allChasedToday(summary.units)
            : m.confirmText(summary.units, summary.reports, summary.chasedToday, planName)}
        </p>
        <input type="hidden" name="planId" value={planId} />
        <label htmlFor={`${id}-message`} className="block font-medium text-slate-700">
          {m.message}
        </label>
        <textarea
          id={`${id}-message`}
          name="message"
          rows={2}
          maxLength={500}
          required
          defaultValue={m.defaultMessage}
          className="w-full rounded-md border border-slate-300 px-2 py-1.5"
        />
        <Button type="submit" disabled={pending} variant="danger" size="sm">
          {pending ? m.sending : m.confirm}
        </Button>
        <ActionResultMessage result={result} testId="chase-overdue-result" />
      </form>
    </details>
  );
}
