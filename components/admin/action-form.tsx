"use client";
// A form that calls a server action (built with createFormAction) and shows its result: the
// success message, or the error with every field message. The fields are the server-rendered
// children. Submitting through startTransition keeps what was typed when the action refuses it
// (a plain form action would reset the form); without JavaScript the form still posts.
import { startTransition, useActionState, useEffect, useRef, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/safe-action.ts";
import { Button, type ButtonVariant } from "@/components/ui/button.tsx";

type FormAction<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

const TONES = { primary: "primary", danger: "danger", plain: "quiet" } as const satisfies Record<string, ButtonVariant>;

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
      <Button type="submit" disabled={pending} variant={TONES[tone]} size="sm">
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
