"use client";
// A form that calls a server action (built with createFormAction) and shows its result: the
// success message, or the error with every field message. The fields are the server-rendered
// children. Submitting through startTransition keeps what was typed when the action refuses it
// (a plain form action would reset the form); without JavaScript the form still posts.
import { startTransition, useActionState, useEffect, useRef, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/safe-action.ts";

type FormAction<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

const TONES = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  danger: "bg-red-700 text-white hover:bg-red-800",
  plain: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
} as const;

export function ActionForm<T>({
  action,
  children,
  submitLabel,
  pendingLabel,
  tone = "primary",
  resetOnSuccess = false,
  className = "space-y-4",
  testId,
}: {
  action: FormAction<T>;
  children: ReactNode;
  submitLabel: string;
  pendingLabel: string;
  tone?: keyof typeof TONES;
  resetOnSuccess?: boolean;
  className?: string;
  testId?: string;
}) {
  const [result, dispatch, pending] = useActionState(action, null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (result?.ok && resetOnSuccess) form.current?.reset();
  }, [result, resetOnSuccess]);
  const fieldMessages = result && !result.ok ? Object.values(result.fieldErrors ?? {}).flatMap((m) => m ?? []) : [];
  return (
    <form
      ref={form}
      action={dispatch}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => dispatch(data));
      }}
      className={className}
      data-testid={testId}
      noValidate
    >
      {children}
      <div aria-live="polite" data-testid="form-message">
        {result?.ok && result.message ? <p className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">{result.message}</p> : null}
        {result && !result.ok ? (
          <div className="rounded-md bg-red-50 p-3 text-sm text-red-800">
            <p>{result.error}</p>
            {fieldMessages.length ? (
              <ul className="mt-1 list-disc pl-5">
                {fieldMessages.map((message, i) => (
                  <li key={i}>{message}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className={`rounded-md px-4 py-2 text-sm font-medium disabled:opacity-60 ${TONES[tone]}`}>
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
